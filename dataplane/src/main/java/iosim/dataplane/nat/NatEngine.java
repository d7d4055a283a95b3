package iosim.dataplane.nat;

import io.netty.buffer.ByteBuf;
import iosim.dataplane.NodeInterface;
import iosim.dataplane.acl.CompiledAcl;
import iosim.dataplane.packet.IcmpHeader;
import iosim.dataplane.packet.InternetChecksum;
import iosim.dataplane.packet.Ipv4Header;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * PAT as {@code ip nat inside source list ACL interface IF overload} does it: traffic from an
 * inside interface, permitted by the ACL and routed out of the outside interface, gets the
 * outside interface's address as source; TCP/UDP source ports and ICMP echo ids are kept when
 * free and otherwise remapped. Mappings are endpoint-independent and time out (UDP 300 s, TCP
 * 24 h, ICMP 60 s by default). Fragments are reassembled before translation by the caller
 * ({@link #translatesVia}, {@link #isInsideGlobal}); the exit interface fragments again. Event-loop only.
 */
public final class NatEngine {
    private static final int FIRST_DYNAMIC_PORT = 1024;

    private static final class Entry {
        final int proto;
        final int insideLocal;
        final int localPort;
        final int insideGlobal;
        final int globalPort;
        int outside;
        int outsidePort;
        long lastUsed;

        Entry(int proto, int insideLocal, int localPort, int insideGlobal, int globalPort) {
            this.proto = proto;
            this.insideLocal = insideLocal;
            this.localPort = localPort;
            this.insideGlobal = insideGlobal;
            this.globalPort = globalPort;
        }
    }

    private final IntPredicate isLocalAddress;
    private final Map<Long, Entry> byInside = new HashMap<>();
    private final Map<Long, Entry> byGlobal = new HashMap<>();
    private CompiledAcl acl;
    private NodeInterface outside;
    private long udpTimeout = 300_000_000_000L;
    private long tcpTimeout = 86_400_000_000_000L;
    private long icmpTimeout = 60_000_000_000L;
    private long otherTimeout = 86_400_000_000_000L;

    public NatEngine(IntPredicate isLocalAddress) {
        this.isLocalAddress = isLocalAddress;
    }

    public void configure(CompiledAcl acl, NodeInterface outside) {
        this.acl = acl;
        this.outside = outside;
        if (acl == null) {
            clear();
        }
    }

    public boolean enabled() {
        return acl != null && outside != null;
    }

    /**
     * True when packets leaving {@code out} are subject to this PAT: their fragments must be
     * reassembled first, since only the first fragment carries the ports the translation is keyed on.
     */
    public boolean translatesVia(NodeInterface out) {
        return enabled() && out == outside && outside.hasAddress();
    }

    /** True if {@code address} is the inside-global address of a live translation (fragments to it are reassembled first). */
    public boolean isInsideGlobal(int address) {
        if (byGlobal.isEmpty() || !enabled() || !outside.hasAddress()) {
            return false;
        }
        if (outside.address() == address) {
            return true;
        }
        for (Entry e : byGlobal.values()) {
            if (e.insideGlobal == address) {
                return true;
            }
        }
        return false;
    }

    public void setTimeouts(long udpNanos, long tcpNanos, long icmpNanos) {
        this.udpTimeout = udpNanos;
        this.tcpTimeout = tcpNanos;
        this.icmpTimeout = icmpNanos;
    }

    private static long insideKey(int proto, int addr, int port) {
        return ((long) proto << 48) | ((addr & 0xffffffffL) << 16) | port;
    }

    private static long globalKey(int proto, int port) {
        return ((long) proto << 16) | port;
    }

    /** Offset of the port/id to translate, or -1 if this packet carries none we handle. */
    private static int portOffset(ByteBuf pkt, int i, int proto, boolean outbound) {
        int hl = Ipv4Header.headerLength(pkt, i);
        int avail = Math.min(pkt.writerIndex(), i + Ipv4Header.totalLength(pkt, i)) - (i + hl);
        if (proto == Ipv4Header.PROTO_TCP || proto == Ipv4Header.PROTO_UDP) {
            return avail >= 8 ? i + hl + (outbound ? 0 : 2) : -1;
        }
        if (proto == Ipv4Header.PROTO_ICMP && avail >= 8) {
            int type = pkt.getUnsignedByte(i + hl);
            if (type == IcmpHeader.ECHO_REQUEST || type == IcmpHeader.ECHO_REPLY) {
                return i + hl + 4;
            }
        }
        return -1;
    }

    /**
     * Translates an inside-to-outside packet leaving {@code out}. Returns false when it must be
     * dropped (no free port); packets the rule does not cover pass untouched.
     */
    public boolean translateOutbound(ByteBuf pkt, NodeInterface out, long now) {
        if (out != outside || !outside.hasAddress()) {
            return true;
        }
        int i = pkt.readerIndex();
        if (Ipv4Header.isLaterFragment(pkt, i)) {
            return true;
        }
        int proto = Ipv4Header.protocol(pkt, i);
        int src = Ipv4Header.source(pkt, i);
        if (isLocalAddress.test(src) || !acl.permits(pkt, i)) {
            return true;
        }
        int po = portOffset(pkt, i, proto, true);
        if (po < 0 && proto != Ipv4Header.PROTO_ESP) {
            return true;
        }
        int localPort = po < 0 ? 0 : pkt.getUnsignedShort(po);
        Entry e = byInside.get(insideKey(proto, src, localPort));
        int global = outside.address();
        if (e != null && e.insideGlobal != global) {
            remove(e);
            e = null;
        }
        if (e == null) {
            int gp = allocatePort(proto, localPort);
            if (gp < 0) {
                return false;
            }
            e = new Entry(proto, src, localPort, global, gp);
            byInside.put(insideKey(proto, src, localPort), e);
            byGlobal.put(globalKey(proto, gp), e);
        }
        e.lastUsed = now;
        e.outside = Ipv4Header.destination(pkt, i);
        e.outsidePort = po < 0 ? 0 : (proto == Ipv4Header.PROTO_ICMP ? localPort : pkt.getUnsignedShort(po + 2));
        rewrite(pkt, i, proto, true, global, po, e.globalPort);
        return true;
    }

    private int allocatePort(int proto, int preferred) {
        if (!byGlobal.containsKey(globalKey(proto, preferred))) {
            return preferred;
        }
        for (int p = FIRST_DYNAMIC_PORT; p <= 65535; p++) {
            if (!byGlobal.containsKey(globalKey(proto, p))) {
                return p;
            }
        }
        return -1;
    }

    /** Translates an outside-to-inside packet (destination = inside global) back, if it matches a translation. */
    public void translateInbound(ByteBuf pkt, long now) {
        if (byGlobal.isEmpty()) {
            return;
        }
        int i = pkt.readerIndex();
        if (Ipv4Header.isLaterFragment(pkt, i)) {
            return;
        }
        int proto = Ipv4Header.protocol(pkt, i);
        if (proto == Ipv4Header.PROTO_ICMP && translateInboundIcmpError(pkt, i, now)) {
            return;
        }
        int po = portOffset(pkt, i, proto, false);
        if (po < 0 && proto != Ipv4Header.PROTO_ESP) {
            return;
        }
        int port = po < 0 ? 0 : pkt.getUnsignedShort(po);
        Entry e = byGlobal.get(globalKey(proto, port));
        if (e == null || e.insideGlobal != Ipv4Header.destination(pkt, i)) {
            return;
        }
        e.lastUsed = now;
        rewrite(pkt, i, proto, false, e.insideLocal, po, e.localPort);
    }

    /**
     * An ICMP error (unreachable, time exceeded) about a packet we translated: rewrites the outer
     * destination and the quoted packet's source back to the inside host, so traceroute and path
     * MTU discovery work through PAT. Returns true if the packet was such an error.
     */
    private boolean translateInboundIcmpError(ByteBuf pkt, int i, long now) {
        int hl = Ipv4Header.headerLength(pkt, i);
        int end = Math.min(pkt.writerIndex(), i + Ipv4Header.totalLength(pkt, i));
        int icmp = i + hl;
        if (end - icmp < IcmpHeader.LENGTH + Ipv4Header.MIN_LENGTH + 8) {
            return false;
        }
        int type = pkt.getUnsignedByte(icmp);
        if (type != IcmpHeader.DEST_UNREACHABLE && type != IcmpHeader.TIME_EXCEEDED) {
            return false;
        }
        int q = icmp + IcmpHeader.LENGTH;
        int qhl = Ipv4Header.headerLength(pkt, q);
        if (qhl < Ipv4Header.MIN_LENGTH || q + qhl + 8 > end) {
            return true;
        }
        int qproto = Ipv4Header.protocol(pkt, q);
        int qsrc = Ipv4Header.source(pkt, q);
        int qport;
        if (qproto == Ipv4Header.PROTO_TCP || qproto == Ipv4Header.PROTO_UDP) {
            qport = pkt.getUnsignedShort(q + qhl);
        } else if (qproto == Ipv4Header.PROTO_ICMP) {
            qport = pkt.getUnsignedShort(q + qhl + 4);
        } else if (qproto == Ipv4Header.PROTO_ESP) {
            qport = 0;
        } else {
            return true;
        }
        Entry e = byGlobal.get(globalKey(qproto, qport));
        if (e == null || e.insideGlobal != qsrc || Ipv4Header.destination(pkt, i) != e.insideGlobal) {
            return true;
        }
        e.lastUsed = now;
        int oldDst = pkt.getInt(i + 16);
        pkt.setInt(i + 16, e.insideLocal);
        pkt.setShort(i + 10, InternetChecksum.adjust32(pkt.getUnsignedShort(i + 10), oldDst, e.insideLocal));
        pkt.setInt(q + 12, e.insideLocal);
        if (qproto == Ipv4Header.PROTO_TCP || qproto == Ipv4Header.PROTO_UDP) {
            pkt.setShort(q + qhl, e.localPort);
        } else if (qproto == Ipv4Header.PROTO_ICMP) {
            pkt.setShort(q + qhl + 4, e.localPort);
        }
        Ipv4Header.updateChecksum(pkt, q);
        IcmpHeader.fillChecksum(pkt, icmp, end - icmp);
        return true;
    }

    /** Rewrites source (outbound) or destination (inbound) address and port, fixing checksums incrementally. */
    private static void rewrite(ByteBuf pkt, int i, int proto, boolean source, int newAddr, int portAt, int newPort) {
        int addrAt = i + (source ? 12 : 16);
        int oldAddr = pkt.getInt(addrAt);
        pkt.setInt(addrAt, newAddr);
        pkt.setShort(i + 10, InternetChecksum.adjust32(pkt.getUnsignedShort(i + 10), oldAddr, newAddr));
        int hl = Ipv4Header.headerLength(pkt, i);
        int oldPort = portAt < 0 ? 0 : pkt.getUnsignedShort(portAt);
        if (portAt >= 0) {
            pkt.setShort(portAt, newPort);
        }
        int csAt;
        boolean pseudo;
        if (proto == Ipv4Header.PROTO_TCP) {
            csAt = i + hl + 16;
            pseudo = true;
            if (csAt + 2 > pkt.writerIndex()) {
                return;
            }
        } else if (proto == Ipv4Header.PROTO_UDP) {
            csAt = i + hl + 6;
            pseudo = true;
            if (pkt.getUnsignedShort(csAt) == 0) {
                return; // no UDP checksum in use
            }
        } else if (proto == Ipv4Header.PROTO_ICMP) {
            csAt = i + hl + 2;
            pseudo = false;
        } else {
            return;
        }
        int c = pkt.getUnsignedShort(csAt);
        if (pseudo) {
            c = InternetChecksum.adjust32(c, oldAddr, newAddr);
        }
        if (portAt >= 0) {
            c = InternetChecksum.adjust(c, oldPort, newPort);
        }
        if (proto == Ipv4Header.PROTO_UDP && c == 0) {
            c = 0xffff;
        }
        pkt.setShort(csAt, c);
    }

    private long timeout(int proto) {
        return switch (proto) {
            case Ipv4Header.PROTO_UDP -> udpTimeout;
            case Ipv4Header.PROTO_TCP -> tcpTimeout;
            case Ipv4Header.PROTO_ICMP -> icmpTimeout;
            default -> otherTimeout;
        };
    }

    public void expire(long now) {
        List<Entry> old = new ArrayList<>();
        for (Entry e : byInside.values()) {
            if (now - e.lastUsed >= timeout(e.proto)) {
                old.add(e);
            }
        }
        old.forEach(this::remove);
    }

    private void remove(Entry e) {
        byInside.remove(insideKey(e.proto, e.insideLocal, e.localPort));
        byGlobal.remove(globalKey(e.proto, e.globalPort));
    }

    public void clear() {
        byInside.clear();
        byGlobal.clear();
    }

    public int size() {
        return byInside.size();
    }

    public List<NatTranslation> snapshot(long now) {
        List<NatTranslation> out = new ArrayList<>();
        for (Entry e : byInside.values()) {
            out.add(new NatTranslation(protocolName(e.proto), e.insideGlobal, e.globalPort, e.insideLocal, e.localPort,
                    e.outside, e.outsidePort, (now - e.lastUsed) / 1_000_000_000L, timeout(e.proto) / 1_000_000_000L));
        }
        out.sort((a, b) -> Integer.compare(a.insideGlobalPort(), b.insideGlobalPort()));
        return out;
    }

    private static String protocolName(int p) {
        return switch (p) {
            case Ipv4Header.PROTO_TCP -> "tcp";
            case Ipv4Header.PROTO_UDP -> "udp";
            case Ipv4Header.PROTO_ICMP -> "icmp";
            case Ipv4Header.PROTO_ESP -> "esp";
            default -> Integer.toString(p);
        };
    }
}
