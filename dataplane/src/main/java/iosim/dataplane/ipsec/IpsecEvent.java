package iosim.dataplane.ipsec;

import iosim.dataplane.ipsec.spd.SpdEntry;

/** Events the IPsec dataplane raises towards the controller (delivered on the router's event loop). */
public sealed interface IpsecEvent {

    /** A packet matched a PROTECT entry that has no SA: start IKE (the packet was dropped). */
    record Acquire(String interfaceName, SpdEntry entry, int packetSource, int packetDestination,
                   int protocol) implements IpsecEvent {}

    /** Soft lifetime reached: rekey now (the SA keeps working until its hard lifetime). */
    record SoftLifetimeExpired(SaRef sa, LifetimeKind kind) implements IpsecEvent {}

    /** Hard lifetime reached: the SA has been removed and its keys wiped. */
    record HardLifetimeExpired(SaRef sa, LifetimeKind kind) implements IpsecEvent {}

    /** The outbound sequence number is about to run out (non-ESN): rekey now. */
    record SequenceNumberExhausted(SaRef sa, long sequenceNumber) implements IpsecEvent {}

    enum LifetimeKind { SECONDS, KILOBYTES }

    /** Identifies one SA: the flow it belongs to, its direction and SPI. */
    record SaRef(String interfaceName, String entryId, Direction direction, long spi, int peer) {}

    enum Direction { INBOUND, OUTBOUND }
}
