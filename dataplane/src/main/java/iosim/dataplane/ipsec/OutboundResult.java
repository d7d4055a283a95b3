package iosim.dataplane.ipsec;

import io.netty.buffer.ByteBuf;

/** What the egress hook does with a packet after {@link IpsecEngine#processOutbound}. */
public sealed interface OutboundResult {

    /** Send the packet unchanged (no policy, or a BYPASS entry). The caller still owns it. */
    record Bypass() implements OutboundResult {}

    /**
     * Send {@code packet} (a new outer IPv4 packet, owned by the caller) towards {@code peer}
     * (route it, fragment it if needed). The original packet was released.
     */
    record Protected(ByteBuf packet, int peer) implements OutboundResult {}

    /**
     * The packet has DF set and does not fit the tunnel: it was released, and {@code icmpError}
     * (fragmentation needed, next-hop MTU = the SA's plaintext MTU) should be sent to its source
     * (route it normally; owned by the caller).
     */
    record TooBig(ByteBuf icmpError, int plaintextMtu) implements OutboundResult {}

    /**
     * The packet does not fit the tunnel and may be fragmented (DF clear): the caller fragments
     * it to {@code plaintextMtu} and hands each fragment back (IOS's default, fragmentation
     * before encryption). The packet was not consumed.
     */
    record FragmentFirst(int plaintextMtu) implements OutboundResult {}

    /** Dropped and counted; the original packet was released. */
    record Dropped(DropReason reason) implements OutboundResult {}

    OutboundResult BYPASS = new Bypass();
}
