package iosim.dataplane;

import io.netty.buffer.ByteBuf;

/**
 * A per-interface hook on the IPv4 path, registered with {@link Node#addHook}. This is where
 * the IPsec data path (crypto maps, VTI protection) plugs into the router.
 *
 * <p>Both methods run on the node's event loop. {@code packet} holds one IPv4 packet from its
 * reader index (IP header first, total length = readable bytes, header checksum valid).
 *
 * <p>Ownership: on {@link Verdict#PASS} the node keeps ownership and carries on with the same
 * buffer (the hook must not release it, but may have rewritten it in place keeping it valid);
 * on {@link Verdict#CONSUMED} the hook has taken ownership (it must release it or hand it on,
 * e.g. to {@link Node#sendIpv4Unhooked}); on {@link Verdict#DROP} the node releases it and
 * counts a drop on the interface.
 */
public interface PacketHook {

    /** What the node does with the packet after the hook ran. */
    enum Verdict { PASS, CONSUMED, DROP }

    /**
     * Called for every IPv4 packet routed out of {@code iface} (forwarded or originated by the
     * node through {@link Node#sendIpv4}), after routing, the outbound access-group and NAT, and
     * before fragmentation and ARP. For a {@link TunnelInterface} the hook is the only way out:
     * a packet passed by every hook is dropped.
     */
    default Verdict egress(NodeInterface iface, ByteBuf packet) {
        return Verdict.PASS;
    }

    /**
     * Called for every valid IPv4 packet received on {@code iface} (also fragments, and also
     * packets addressed to the router), after the inbound access-group and before NAT,
     * reassembly, local delivery and forwarding. Packets injected with
     * {@link Node#injectIpv4} do not pass through ingress hooks.
     */
    default Verdict ingress(NodeInterface iface, ByteBuf packet) {
        return Verdict.PASS;
    }
}
