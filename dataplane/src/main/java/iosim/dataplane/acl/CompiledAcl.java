package iosim.dataplane.acl;

import io.netty.buffer.ByteBuf;
import iosim.dataplane.packet.Ipv4Header;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * An access list compiled for lookup by tuple-space search: entries are grouped by their
 * "shape" (source wildcard, destination wildcard, protocol or {@code ip}, whether the
 * destination port is an exact {@code eq}); each group is a hash table keyed by the masked
 * fields. Shapes of another protocol are skipped without hashing. A lookup probes one hash table per shape, in order of each shape's first entry, and
 * stops as soon as no later shape can beat the best match, so its cost grows with the number
 * of distinct shapes, not with the number of entries. First-match semantics are kept exactly:
 * the lowest-index matching entry wins. Per-entry hit counters feed {@code show access-lists}.
 * Thread-safe: the structure is immutable, the counters atomic.
 */
public final class CompiledAcl {
    /** Lists this short are scanned linearly: cheaper than probing their hash tables. */
    static final int LINEAR_MAX = 8;

    private final AccessList source;
    private final AclEntry[] entries;
    private final Shape[] shapes;
    private final AtomicLongArray hits;

    private static final class Shape {
        final int srcMask;
        final int dstMask;
        final boolean fixedProtocol;
        final int protocol;
        final boolean exactDstPort;
        final TupleTable table = new TupleTable();
        int firstIndex = Integer.MAX_VALUE;

        Shape(int srcMask, int dstMask, int protocol, boolean exactDstPort) {
            this.srcMask = srcMask;
            this.dstMask = dstMask;
            this.protocol = protocol;
            this.fixedProtocol = protocol != AclEntry.ANY_PROTOCOL;
            this.exactDstPort = exactDstPort;
        }

        long key1(int src, int dst) {
            return ((long) (src & srcMask) << 32) | ((dst & dstMask) & 0xffffffffL);
        }

        long key2(int proto, int dport) {
            return ((fixedProtocol ? proto + 1L : 0L) << 17) | (exactDstPort ? dport : 0);
        }
    }

    private record ShapeKey(int srcMask, int dstMask, int protocol, boolean exactDstPort) {}

    private CompiledAcl(AccessList source) {
        this.source = source;
        this.entries = source.entries().toArray(new AclEntry[0]);
        this.hits = new AtomicLongArray(entries.length);
        Map<ShapeKey, Shape> byKey = new LinkedHashMap<>();
        for (int idx = 0; idx < entries.length; idx++) {
            AclEntry e = entries[idx];
            boolean fixedProto = e.protocol() != AclEntry.ANY_PROTOCOL;
            boolean exactPort = fixedProto && (e.protocol() == Ipv4Header.PROTO_TCP || e.protocol() == Ipv4Header.PROTO_UDP)
                    && e.destinationPort().op() == PortMatch.Op.EQ;
            ShapeKey k = new ShapeKey(~e.source().wildcard(), ~e.destination().wildcard(), e.protocol(), exactPort);
            Shape s = byKey.computeIfAbsent(k, x -> new Shape(x.srcMask(), x.dstMask(), x.protocol(),
                    x.exactDstPort()));
            s.firstIndex = Math.min(s.firstIndex, idx);
            s.table.add(s.key1(e.source().address(), e.destination().address()),
                    s.key2(e.protocol(), e.destinationPort().low()), idx);
        }
        List<Shape> list = new ArrayList<>(byKey.values());
        list.sort(Comparator.comparingInt(s -> s.firstIndex));
        this.shapes = list.toArray(new Shape[0]);
    }

    public static CompiledAcl compile(AccessList acl) {
        return new CompiledAcl(acl);
    }

    public AccessList source() {
        return source;
    }

    public String name() {
        return source.name();
    }

    /** Number of distinct entry shapes (hash tables probed at worst per lookup). */
    public int shapeCount() {
        return shapes.length;
    }

    /**
     * Index of the first entry matching these packet fields, or -1 (implicit deny). Does not
     * count hits.
     *
     * @param l4a source port, or ICMP type
     * @param l4b destination port, or ICMP code
     */
    public int firstMatch(int proto, int src, int dst, int l4a, int l4b, int tcpFlags, boolean laterFragment) {
        if (laterFragment || entries.length <= LINEAR_MAX) {
            for (int idx = 0; idx < entries.length; idx++) {
                if (entries[idx].matches(proto, src, dst, l4a, l4b, tcpFlags, laterFragment)) {
                    return idx;
                }
            }
            return -1;
        }
        int best = Integer.MAX_VALUE;
        for (Shape s : shapes) {
            if (s.firstIndex >= best) {
                break;
            }
            if (s.fixedProtocol && s.protocol != proto) {
                continue; // a shape holds one protocol (or "ip"): skip without hashing
            }
            int[] cands = s.table.get(s.key1(src, dst), s.key2(proto, l4b));
            if (cands == null) {
                continue;
            }
            for (int idx : cands) {
                if (idx >= best) {
                    break;
                }
                if (entries[idx].matches(proto, src, dst, l4a, l4b, tcpFlags, false)) {
                    best = idx;
                    break;
                }
            }
        }
        return best == Integer.MAX_VALUE ? -1 : best;
    }

    /** The reference semantics (a linear scan), for tests. */
    public int firstMatchLinear(int proto, int src, int dst, int l4a, int l4b, int tcpFlags, boolean laterFragment) {
        for (int idx = 0; idx < entries.length; idx++) {
            if (entries[idx].matches(proto, src, dst, l4a, l4b, tcpFlags, laterFragment)) {
                return idx;
            }
        }
        return -1;
    }

    /** Classifies the IPv4 packet at {@code index} and counts the hit; -1 when no entry matches. */
    public int classify(ByteBuf pkt, int index) {
        int proto = Ipv4Header.protocol(pkt, index);
        int src = Ipv4Header.source(pkt, index);
        int dst = Ipv4Header.destination(pkt, index);
        boolean later = Ipv4Header.isLaterFragment(pkt, index);
        int l4a = 0;
        int l4b = 0;
        int flags = 0;
        if (!later) {
            int hl = Ipv4Header.headerLength(pkt, index);
            int l4 = index + hl;
            int avail = Math.min(pkt.writerIndex(), index + Ipv4Header.totalLength(pkt, index)) - l4;
            if ((proto == Ipv4Header.PROTO_TCP || proto == Ipv4Header.PROTO_UDP) && avail >= 4) {
                l4a = pkt.getUnsignedShort(l4);
                l4b = pkt.getUnsignedShort(l4 + 2);
                if (proto == Ipv4Header.PROTO_TCP && avail >= 14) {
                    flags = pkt.getUnsignedByte(l4 + 13);
                }
            } else if (proto == Ipv4Header.PROTO_ICMP && avail >= 2) {
                l4a = pkt.getUnsignedByte(l4);
                l4b = pkt.getUnsignedByte(l4 + 1);
            }
        }
        int idx = firstMatch(proto, src, dst, l4a, l4b, flags, later);
        if (idx >= 0) {
            hits.incrementAndGet(idx);
        }
        return idx;
    }

    /** True when the first matching entry permits the packet (and counts the hit). */
    public boolean permits(ByteBuf pkt, int index) {
        int idx = classify(pkt, index);
        return idx >= 0 && entries[idx].action() == AclAction.PERMIT;
    }

    /** Permit decision for given fields (counts the hit). */
    public boolean permits(int proto, int src, int dst, int l4a, int l4b) {
        int idx = firstMatch(proto, src, dst, l4a, l4b, 0, false);
        if (idx >= 0) {
            hits.incrementAndGet(idx);
        }
        return idx >= 0 && entries[idx].action() == AclAction.PERMIT;
    }

    public AclEntry entry(int index) {
        return entries[index];
    }

    public int size() {
        return entries.length;
    }

    /** One line of {@code show access-lists}. */
    public record EntryHits(AclEntry entry, long matches) {}

    public List<EntryHits> hitCounts() {
        List<EntryHits> out = new ArrayList<>(entries.length);
        for (int i = 0; i < entries.length; i++) {
            out.add(new EntryHits(entries[i], hits.get(i)));
        }
        return out;
    }

    public void clearCounters() {
        for (int i = 0; i < entries.length; i++) {
            hits.set(i, 0);
        }
    }

    /** {@code show access-lists NAME} text, e.g. {@code Extended IP access list 101} then entries with {@code (N matches)}. */
    public String render() {
        StringBuilder sb = new StringBuilder();
        sb.append(source.standard() ? "Standard" : "Extended").append(" IP access list ").append(source.name())
                .append('\n');
        for (EntryHits h : hitCounts()) {
            sb.append("    ").append(h.entry().describe(source.standard()));
            if (h.matches() > 0) {
                sb.append(" (").append(h.matches()).append(h.matches() == 1 ? " match)" : " matches)");
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
