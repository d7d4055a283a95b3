package iosim.ikev2.api;

/**
 * Everything the engine reports. Each event names the IKE SA by its session name and our SPI
 * so a router can route it to a tunnel; snapshots carry the rest.
 */
public sealed interface IkeEvent {

    String sessionName();

    /**
     * MOBIKE (RFC 4555): the peer moved its IKE SA and Child SAs to a new address (UPDATE_SA_ADDRESSES);
     * {@code sa} has the new addresses, {@code children} the Child SAs' keys with them (to re-point ESP).
     */
    record IkeSaAddressesUpdated(String sessionName, long localSpi, java.net.InetSocketAddress oldRemote,
                                 IkeSaSnapshot sa, java.util.List<ChildSaKeys> children) implements IkeEvent {}

    /** IKE SA established (after IKE_AUTH, or a new SA that replaced a rekeyed one). */
    record IkeSaUp(String sessionName, IkeSaSnapshot sa) implements IkeEvent {}

    /** The IKE SA with {@code oldLocalSpi} was replaced by {@code sa} (Child SAs moved over). */
    record IkeSaRekeyed(String sessionName, long oldLocalSpi, IkeSaSnapshot sa) implements IkeEvent {}

    /** The IKE SA is gone (deleted by either side, hard lifetime, dead peer, failed setup). */
    record IkeSaDown(String sessionName, long localSpi, String reason) implements IkeEvent {}

    /** Install these keys in the dataplane. */
    record ChildSaInstalled(String sessionName, long ikeLocalSpi, ChildSaKeys keys) implements IkeEvent {}

    /** {@code keys} replaced the Child SA whose inbound SPI was {@code oldInboundSpi}; the old one is removed next. */
    record ChildSaRekeyed(String sessionName, long ikeLocalSpi, int oldInboundSpi, ChildSaKeys keys) implements IkeEvent {}

    /** Remove this Child SA pair from the dataplane. */
    record ChildSaRemoved(String sessionName, long ikeLocalSpi, int inboundSpi, int outboundSpi, String reason)
            implements IkeEvent {}

    record ExchangeSent(String sessionName, ExchangeInfo exchange) implements IkeEvent {}

    record ExchangeReceived(String sessionName, ExchangeInfo exchange) implements IkeEvent {}

    /**
     * Something failed. {@code notifyName} is the RFC 7296 notify name involved (sent or received),
     * or null for local failures such as a retransmission give-up; {@code sentByPeer} tells
     * which side raised it; {@code reason} is a sentence a router can print.
     */
    record Failure(String sessionName, long localSpi, String notifyName, boolean sentByPeer, String reason)
            implements IkeEvent {}
}
