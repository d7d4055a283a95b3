package iosim.shell.controller.tunnel;

import iosim.ikev2.api.ChildSaKeys;
import java.net.InetSocketAddress;

/**
 * What a key exchange reports to the tunnels, whatever the engine: each event names the tunnel
 * (the session name the engine was given) and the keying SA it concerns by its id (IKEv2: our SPI).
 * {@link Ikev2Keying} maps the IKEv2 engine's events onto these.
 */
public sealed interface KeyingEvent {
    /** The tunnel's session name. */
    String session();

    /** A keying SA is established (IKE_AUTH done). {@code remoteId} may be null. */
    record SaUp(String session, long saId, InetSocketAddress remote, String remoteId) implements KeyingEvent {}

    /** A keying SA was rekeyed: its Child SAs now live under {@code saId}. */
    record SaRekeyed(String session, long oldSaId, long saId) implements KeyingEvent {}

    /** A keying SA is gone (deleted, expired, failed, dead peer); its Child SAs with it. */
    record SaDown(String session, long saId, String reason) implements KeyingEvent {}

    /**
     * A Child SA pair was negotiated under {@code saId}; {@code rekeyOfInbound} is the inbound SPI of
     * the pair it replaces (0: a new one).
     */
    record ChildUp(String session, long saId, ChildSaKeys keys, int rekeyOfInbound) implements KeyingEvent {}

    /** A Child SA pair went (Delete either way, rekey done, expiry); by our inbound SPI. */
    record ChildDown(String session, long saId, int inboundSpi) implements KeyingEvent {}

    /** A negotiation failed; {@code text} is what show and the trainee print. */
    record Failed(String session, String text) implements KeyingEvent {}
}
