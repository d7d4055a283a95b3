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

    /** Dropped and counted; the original packet was released. */
    record Dropped(DropReason reason) implements OutboundResult {}

    OutboundResult BYPASS = new Bypass();
}
