package iosim.shell.controller.tunnel;

import java.util.HashMap;
import java.util.Map;

/**
 * The router's one conn-id scheme, as IOS numbers its crypto-engine connections.
 *
 * <ul>
 * <li>A keying SA (IKEv2 SA or ISAKMP SA) gets a small number in creation order: the
 * {@code Tunnel-id} of {@code show crypto ikev2 sa}, the {@code Session ID}/{@code connid} of
 * {@code show crypto session}, the {@code SA ID} of the debug prefix; {@code 1000 +} it is its row
 * in {@code show crypto engine connections active}.</li>
 * <li>An IPsec SA pair gets two numbers from 2001 up (inbound, then outbound) when it is
 * installed: the {@code conn id} of {@code show crypto ipsec sa}, the rows of {@code show crypto
 * engine connections active}, {@code sa_conn_id} of {@code debug crypto ipsec}.</li>
 * </ul>
 * Numbers are handed out on the router's loop and kept until the SA goes; when none is left the
 * counters start again (as a fresh box). Thread-safe: show commands read them from the CLI.
 */
public final class ConnIds {
    /** The first IPsec conn id. */
    public static final int FIRST_IPSEC = 2001;
    /** Engine-connection rows of keying SAs are this plus the SA's number. */
    public static final int IKE_ENGINE_BASE = 1000;

    /** Keying SAs: IKEv2 by our SPI, ISAKMP by the engine's connection id (kept apart). */
    private record SaKey(boolean isakmp, long id) {}

    private final Map<SaKey, Integer> sas = new HashMap<>();
    /** An outbound SA: the peer's SPI, unique per peer only. */
    private record Out(int peer, long spi) {}

    private final Map<Long, Integer> inbound = new HashMap<>();
    private final Map<Out, Integer> outbound = new HashMap<>();
    private int nextSa = 1;
    private int nextIpsec = FIRST_IPSEC;

    /** The number of the IKEv2 SA with our SPI {@code localSpi} (handed out on first use). */
    public synchronized int ikeSa(long localSpi) {
        return sas.computeIfAbsent(new SaKey(false, localSpi), k -> nextSa++);
    }

    /** The number of the ISAKMP SA with engine connection id {@code connectionId}. */
    public synchronized int isakmpSa(long connectionId) {
        return sas.computeIfAbsent(new SaKey(true, connectionId), k -> nextSa++);
    }

    public synchronized void forgetIkeSa(long localSpi) {
        sas.remove(new SaKey(false, localSpi));
        if (sas.isEmpty()) {
            nextSa = 1;
        }
    }

    public synchronized void forgetIsakmpSa(long connectionId) {
        sas.remove(new SaKey(true, connectionId));
        if (sas.isEmpty()) {
            nextSa = 1;
        }
    }

    /**
     * Hands out the two conn ids of a new SA pair with {@code peer}; returns the inbound one (the
     * outbound one is one more). Inbound SPIs are ours (unique); outbound ones are the peers'.
     */
    public synchronized int ipsecPair(int peer, long inboundSpi, long outboundSpi) {
        if (inbound.isEmpty()) {
            nextIpsec = FIRST_IPSEC;
        }
        int in = nextIpsec;
        nextIpsec += 2;
        inbound.put(inboundSpi & 0xffff_ffffL, in);
        outbound.put(new Out(peer, outboundSpi & 0xffff_ffffL), in + 1);
        return in;
    }

    /** The conn id of our inbound SA {@code spi}; 0 if it has none. */
    public synchronized int inbound(long spi) {
        return inbound.getOrDefault(spi & 0xffff_ffffL, 0);
    }

    /** The conn id of the outbound SA {@code spi} to {@code peer}; 0 if it has none. */
    public synchronized int outbound(int peer, long spi) {
        return outbound.getOrDefault(new Out(peer, spi & 0xffff_ffffL), 0);
    }

    public synchronized void forgetIpsecPair(int peer, long inboundSpi, long outboundSpi) {
        inbound.remove(inboundSpi & 0xffff_ffffL);
        outbound.remove(new Out(peer, outboundSpi & 0xffff_ffffL));
    }
}
