package iosim.dataplane.ipsec;

import io.netty.buffer.ByteBuf;

/** What the ingress hook does with a packet after {@link IpsecEngine#processInbound}. */
public sealed interface InboundResult {

    /** Not for IPsec: deliver normally. The caller still owns the packet. */
    record NotIpsec() implements InboundResult {}

    /**
     * Decapsulated: {@code inner} is the inner IPv4 packet (tunnel) or the rebuilt packet
     * (transport); it may be the same buffer as the input with moved indexes. Owned by the caller,
     * who delivers it as if received on {@code interfaceName} (the interface the SA's policy is on).
     */
    record Decapsulated(ByteBuf inner, String interfaceName) implements InboundResult {}

    /**
     * An IKE message that arrived on UDP 4500 with the non-ESP marker (RFC 3948 section 2.2):
     * {@code message} starts at the IKE header (marker stripped), a slice of the packet the caller
     * owns (release it when done).
     */
    record IkeOnNatTPort(ByteBuf message, int source, int sourcePort, int destination, int destinationPort)
            implements InboundResult {}

    /** Dropped and counted; the packet was released. */
    record Dropped(DropReason reason) implements InboundResult {}

    InboundResult NOT_IPSEC = new NotIpsec();
}
