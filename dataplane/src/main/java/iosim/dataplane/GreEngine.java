package iosim.dataplane;

import io.netty.buffer.ByteBuf;
import iosim.dataplane.packet.Fragmenter;
import iosim.dataplane.packet.GreHeader;
import iosim.dataplane.packet.IcmpHeader;
import iosim.dataplane.packet.Ipv4Address;
import iosim.dataplane.packet.Ipv4Header;
import java.util.List;

/**
 * GRE for one node's tunnel interfaces (RFC 2784/2890, IOS's point-to-point {@code tunnel mode gre ip}):
 * encapsulation of what is routed into a tunnel, decapsulation of GRE addressed to the node,
 * Cisco keepalives (sent, reflected and answered), and each tunnel's line state. Runs on the
 * node's loop only; takes ownership of every buffer it is given.
 */
final class GreEngine {
    /** How long a tunnel whose destination was routed through itself stays down (IOS: "temporarily disabled"). */
    static final long RECURSION_HOLD_NANOS = 10_000_000_000L;
    /** Tunnels inside tunnels: more than this many nested encapsulations is a loop. */
    private static final int MAX_NESTING = 4;

    private final Node node;
    private final PacketPipeline pipeline;
    private int nesting;
    long encapsulated, decapsulated, malformed, noTunnel, recursionDrops, keepalivesReflected, unprotectedDrops;
    /** Packets a multipoint tunnel could not send: no NBMA address for their next hop. */
    long noNbma;

    GreEngine(Node node, PacketPipeline pipeline) {
        this.node = node;
        this.pipeline = pipeline;
    }

    // ------------------------------------------------------------------ out

    /** Sends {@code inner}, routed into GRE tunnel {@code t} (up) towards {@code nextHop}, through the tunnel. */
    boolean output(NodeInterface in, TunnelInterface t, int nextHop, ByteBuf inner, boolean runHooks) {
        if (!t.gre().multipoint()) {
            return sendTo(in, t, t.tunnelDestination(), inner, runHooks);
        }
        if (Ipv4Address.isMulticast(nextHop) || nextHop == -1 || t.hasAddress() && nextHop == t.directedBroadcast()) {
            int[] to = t.multicastNbma;
            boolean ok = to.length > 0;
            for (int k = 0; k < to.length; k++) {
                ByteBuf copy = k == to.length - 1 ? inner : inner.copy(inner.readerIndex(), inner.readableBytes());
                ok &= sendTo(in, t, to[k], copy, runHooks);
            }
            if (to.length == 0) {
                t.counters.outputDrops++;
                inner.release();
            }
            return ok;
        }
        int nbma = t.nbmaFor(nextHop);
        if (nbma == 0) {
            noNbma++;
            t.counters.outputDrops++;
            inner.release();
            return false;
        }
        return sendTo(in, t, nbma, inner, runHooks);
    }

    /** Encapsulates {@code inner} towards NBMA address {@code destination}, fragmenting it first if it exceeds the tunnel's IP MTU. */
    private boolean sendTo(NodeInterface in, TunnelInterface t, int destination, ByteBuf inner, boolean runHooks) {
        int i = inner.readerIndex();
        int len = inner.readableBytes();
        if (len > t.mtu()) {
            if (Ipv4Header.dontFragment(inner, i)) {
                pipeline.fragmentationNeeded++;
                t.counters.outputDrops++;
                pipeline.icmpError(in, inner, IcmpHeader.DEST_UNREACHABLE, IcmpHeader.CODE_FRAGMENTATION_NEEDED,
                        t.mtu());
                inner.release();
                return false;
            }
            List<ByteBuf> frags;
            try {
                frags = Fragmenter.fragment(inner, t.mtu(), node.allocator(), Node.HEADROOM);
            } finally {
                inner.release();
            }
            pipeline.fragmentsCreated += frags.size();
            boolean ok = true;
            for (ByteBuf f : frags) {
                ok &= encapsulateAndSend(t, destination, f, runHooks);
            }
            return ok;
        }
        return encapsulateAndSend(t, destination, inner, runHooks);
    }

    private boolean encapsulateAndSend(TunnelInterface t, int destination, ByteBuf inner, boolean runHooks) {
        int len = inner.readableBytes();
        t.counters.outputPackets++;
        t.counters.outputBytes += len;
        ByteBuf outer = encapsulate(t, destination, inner, GreHeader.PROTO_IPV4);
        if (outer == null) {
            t.counters.outputDrops++;
            return false;
        }
        encapsulated++;
        return sendTransport(t, destination, outer, runHooks);
    }

    /** Puts the outer IPv4 and GRE headers in front of {@code payload} (consumed); null if too big. */
    private ByteBuf encapsulate(TunnelInterface t, int destination, ByteBuf payload, int protocolType) {
        GreSettings g = t.gre();
        GreHeader h = new GreHeader(g.checksum(), g.keyed(), false, protocolType, g.keyed() ? g.key() : 0, 0);
        int need = Ipv4Header.MIN_LENGTH + h.length();
        int len = payload.readableBytes();
        int total = need + len;
        if (total > 0xffff) {
            payload.release();
            return null;
        }
        int tos = len >= Ipv4Header.MIN_LENGTH && protocolType == GreHeader.PROTO_IPV4
                ? payload.getUnsignedByte(payload.readerIndex() + 1) : 0;
        ByteBuf out;
        int start;
        if (payload.readerIndex() >= need && payload.refCnt() == 1 && !payload.isReadOnly()) {
            out = payload;
            start = payload.readerIndex() - need;
        } else {
            out = pipeline.allocatePacket(total);
            start = out.readerIndex();
            out.writerIndex(start + need);
            out.writeBytes(payload, payload.readerIndex(), len);
            payload.release();
        }
        int end = out.writerIndex();
        out.readerIndex(start);
        out.writerIndex(start);
        Ipv4Header.write(out, tos, total, pipeline.nextIpId(), 0, 255, Ipv4Header.PROTO_GRE, t.tunnelSource(),
                destination);
        out.writerIndex(end);
        h.set(out, start + Ipv4Header.MIN_LENGTH);
        if (h.checksumPresent()) {
            GreHeader.fillChecksum(out, start + Ipv4Header.MIN_LENGTH, total - Ipv4Header.MIN_LENGTH);
        }
        return out;
    }

    /**
     * The GRE packet goes through the tunnel's egress hooks (its {@code tunnel protection}) and is
     * then routed like any packet the router sends (a crypto map on the way out may encrypt it).
     */
    private boolean sendTransport(TunnelInterface t, int destination, ByteBuf outer, boolean runHooks) {
        if (runHooks) {
            for (PacketHook h : t.hooks) {
                PacketHook.Verdict v = h.egress(t, outer);
                if (v == PacketHook.Verdict.CONSUMED) {
                    return true;
                }
                if (v == PacketHook.Verdict.DROP) {
                    pipeline.hookDrops++;
                    t.counters.outputDrops++;
                    outer.release();
                    return false;
                }
            }
        }
        ForwardingDecision fd = node.resolve(destination);
        if (fd == null || fd.local() || fd.iface() == t || nesting >= MAX_NESTING) {
            if (fd != null && fd.iface() == t) {
                recursionDrops++;
            }
            t.counters.outputDrops++;
            outer.release();
            return false;
        }
        nesting++;
        try {
            return pipeline.sendLocal(outer, true);
        } finally {
            nesting--;
        }
    }

    // ------------------------------------------------------------------ in

    /** GRE addressed to the node ({@code in}: where it arrived; the tunnel itself when its protection decrypted it). */
    void receive(NodeInterface in, ByteBuf pkt) {
        int i = pkt.readerIndex();
        int hl = Ipv4Header.headerLength(pkt, i);
        int total = Ipv4Header.totalLength(pkt, i);
        GreHeader.Decoded d = GreHeader.decode(pkt, i + hl, total - hl);
        if (!d.ok()) {
            malformed++;
            pipeline.malformed++;
            in.counters.inputErrors++;
            pkt.release();
            return;
        }
        GreHeader h = d.header();
        int src = Ipv4Header.source(pkt, i);
        int dst = Ipv4Header.destination(pkt, i);
        TunnelInterface t = find(dst, src, h);
        if (t == null) {
            noTunnel++;
            pipeline.icmpError(in, pkt, IcmpHeader.DEST_UNREACHABLE, IcmpHeader.CODE_PROTOCOL_UNREACHABLE, 0);
            pkt.release();
            return;
        }
        int payload = i + hl + h.length();
        if (h.protocolType() != GreHeader.PROTO_IPV4) {
            if (h.protocolType() == 0 && payload == i + total) {
                keepaliveAnswered(t);
            } else {
                t.counters.unknownProtocolDrops++;
            }
            pkt.release();
            return;
        }
        if (t.gre().protectedOnly() && in != t) {
            unprotectedDrops++;             // IOS: %CRYPTO-4-RECVD_PKT_NOT_IPSEC
            t.counters.inputDrops++;
            pkt.release();
            return;
        }
        if (!t.adminUp() || !t.isUp() && !isKeepalive(t, pkt, payload, i + total)) {
            t.counters.inputDrops++;
            pkt.release();
            return;
        }
        decapsulated++;
        if (!t.isUp()) {
            keepalivesReflected++;
        }
        pkt.readerIndex(payload);
        pkt.writerIndex(i + total);
        pipeline.receiveIpv4(t, pkt, false);
    }

    /** The tunnel this GRE packet belongs to: source and destination mirrored, the same key. */
    private TunnelInterface find(int localAddress, int remoteAddress, GreHeader h) {
        for (NodeInterface n : node.interfaces()) {
            if (n instanceof TunnelInterface t && t.gre() != null && t.tunnelSource() == localAddress
                    && (t.gre().multipoint() || t.tunnelDestination() == remoteAddress) && t.gre().keyed() == h.keyPresent()
                    && (!h.keyPresent() || t.gre().key() == h.key())) {
                return t;
            }
        }
        return null;
    }

    /** A peer's keepalive: it carries an IPv4 GRE packet from our end of the tunnel back to the peer's. */
    private static boolean isKeepalive(TunnelInterface t, ByteBuf pkt, int at, int end) {
        return end - at >= Ipv4Header.MIN_LENGTH + GreHeader.BASE_LENGTH
                && Ipv4Header.protocol(pkt, at) == Ipv4Header.PROTO_GRE
                && Ipv4Header.source(pkt, at) == t.tunnelSource()
                && Ipv4Header.destination(pkt, at) == t.tunnelDestination();
    }

    private void keepaliveAnswered(TunnelInterface t) {
        t.counters.inputPackets++;
        t.keepalivesAnswered++;
        t.keepalivesUnanswered = 0;
        if (t.keepaliveDown) {
            t.keepaliveDown = false;
            node.interfaceStateChanged(t);
        }
    }

    // ------------------------------------------------------------------ keepalives and line state

    /** Sends the keepalives that are due (once a second from the node's maintenance). */
    void tick(long now) {
        boolean changed = false;
        for (NodeInterface n : node.interfaces()) {
            if (!(n instanceof TunnelInterface t) || t.gre() == null) {
                continue;
            }
            GreSettings g = t.gre();
            if (g.keepaliveSeconds() == 0 || !t.adminUp() || g.multipoint()) {
                if (t.keepaliveDown || t.keepalivesUnanswered != 0) {
                    t.keepaliveDown = false;
                    t.keepalivesUnanswered = 0;
                    changed = true;
                }
                continue;
            }
            if (now - t.nextKeepaliveNanos < 0) {
                continue;
            }
            t.nextKeepaliveNanos = now + g.keepaliveSeconds() * 1_000_000_000L;
            if (t.keepalivesUnanswered >= g.keepaliveRetries() && !t.keepaliveDown) {
                t.keepaliveDown = true;
                changed = true;
            }
            if (t.tunnelSource() != 0 && t.tunnelDestination() != 0) {
                t.keepalivesUnanswered++;
                sendKeepalive(t);
            }
        }
        if (changed || recursionHoldExpired(now)) {
            node.refreshTablesNow();
        }
    }

    private boolean recursionHoldExpired(long now) {
        for (NodeInterface n : node.interfaces()) {
            if (n instanceof TunnelInterface t && t.greState() == TunnelInterface.GreState.RECURSIVE
                    && now - t.recursiveUntilNanos >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * A Cisco keepalive: a GRE packet whose payload is the reply the peer will send back once it
     * has decapsulated it (an IPv4 packet from the peer to us carrying an empty GRE header).
     */
    private void sendKeepalive(TunnelInterface t) {
        GreSettings g = t.gre();
        GreHeader reply = new GreHeader(false, g.keyed(), false, 0, g.keyed() ? g.key() : 0, 0);
        int len = Ipv4Header.MIN_LENGTH + reply.length();
        ByteBuf b = pipeline.allocatePacket(len);
        Ipv4Header.write(b, 0, len, 0, 0, 255, Ipv4Header.PROTO_GRE, t.tunnelDestination(), t.tunnelSource());
        int at = b.writerIndex();
        b.writeZero(reply.length());
        reply.set(b, at);
        ByteBuf outer = encapsulate(t, t.tunnelDestination(), b, GreHeader.PROTO_IPV4);
        if (outer != null) {
            t.keepalivesSent++;
            sendTransport(t, t.tunnelDestination(), outer, true);
        }
    }

    /** Re-evaluates every GRE tunnel's line state; true when one changed (the routes must be rebuilt). */
    boolean evaluateLines(long now) {
        boolean changed = false;
        for (NodeInterface n : node.interfaces()) {
            if (n instanceof TunnelInterface t && t.gre() != null) {
                TunnelInterface.GreState s = state(t, now);
                if (s != t.greState()) {
                    if (s == TunnelInterface.GreState.RECURSIVE) {
                        t.recursiveUntilNanos = now + RECURSION_HOLD_NANOS;
                    }
                    t.setGreState(s);
                    changed = true;
                }
            }
        }
        return changed;
    }

    private TunnelInterface.GreState state(TunnelInterface t, long now) {
        if (!t.adminUp()) {
            return TunnelInterface.GreState.ADMIN_DOWN;
        }
        if (t.tunnelSource() == 0) {
            return TunnelInterface.GreState.NO_SOURCE;
        }
        if (!sourceUp(t)) {
            return TunnelInterface.GreState.SOURCE_DOWN;
        }
        if (t.gre().multipoint()) {
            return TunnelInterface.GreState.UP;      // no destination of its own: up with its source
        }
        if (t.tunnelDestination() == 0) {
            return TunnelInterface.GreState.NO_DESTINATION;
        }
        if (t.greState() == TunnelInterface.GreState.RECURSIVE && now - t.recursiveUntilNanos < 0) {
            return TunnelInterface.GreState.RECURSIVE;
        }
        ForwardingDecision fd = node.resolve(t.tunnelDestination());
        if (fd == null || fd.local()) {
            return TunnelInterface.GreState.NO_ROUTE;
        }
        if (fd.iface() == t) {
            return TunnelInterface.GreState.RECURSIVE;
        }
        if (t.keepaliveDown) {
            return TunnelInterface.GreState.KEEPALIVE;
        }
        return TunnelInterface.GreState.UP;
    }

    private boolean sourceUp(TunnelInterface t) {
        for (NodeInterface n : node.interfaces()) {
            if (n != t && n.hasAddress() && n.address() == t.tunnelSource()) {
                return n.isUp();
            }
        }
        return false;
    }
}
