package iosim.dataplane;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import iosim.dataplane.packet.Ipv4Header;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * IPv4 reassembly for packets addressed to the node, with bounded memory (at most
 * {@link #MAX_DATAGRAMS} datagrams in progress and {@link #MAX_BYTES} buffered) and a timeout.
 * Overlapping fragments discard the whole datagram. Event-loop only.
 */
final class Reassembler {
    static final int MAX_DATAGRAMS = 64;
    static final int MAX_BYTES = 1 << 20;
    static final int MAX_DATAGRAM_SIZE = 65535;

    private record Key(int src, int dst, int id, int protocol) {}

    private record Piece(int offset, ByteBuf data) {}

    private static final class Pending {
        final long startNanos;
        final List<Piece> pieces = new ArrayList<>();
        ByteBuf firstHeader;
        int totalPayload = -1;
        int bytes;

        Pending(long startNanos) {
            this.startNanos = startNanos;
        }

        void release() {
            pieces.forEach(p -> p.data.release());
            pieces.clear();
            if (firstHeader != null) {
                firstHeader.release();
                firstHeader = null;
            }
        }
    }

    private final Map<Key, Pending> pending = new LinkedHashMap<>();
    private final ByteBufAllocator alloc;
    private long timeoutNanos = 15_000_000_000L;
    private int bufferedBytes;
    long failures;
    long timeouts;
    long reassembled;

    Reassembler(ByteBufAllocator alloc) {
        this.alloc = alloc;
    }

    void setTimeoutNanos(long nanos) {
        this.timeoutNanos = nanos;
    }

    int inProgress() {
        return pending.size();
    }

    /**
     * Adds one fragment (takes ownership). Returns the reassembled packet once complete
     * (owned by the caller, with {@code headroom} bytes free in front), or null.
     */
    ByteBuf add(ByteBuf frag, long now, int headroom) {
        try {
            int i = frag.readerIndex();
            int hl = Ipv4Header.headerLength(frag, i);
            int ff = frag.getUnsignedShort(i + 6);
            int offset = (ff & 0x1fff) * 8;
            boolean more = (ff & 0x2000) != 0;
            int len = Ipv4Header.totalLength(frag, i) - hl;
            Key key = new Key(Ipv4Header.source(frag, i), Ipv4Header.destination(frag, i), frag.getUnsignedShort(i + 4),
                    Ipv4Header.protocol(frag, i));
            if (offset + len > MAX_DATAGRAM_SIZE - hl || (more && len % 8 != 0)) {
                failures++;
                discard(key);
                return null;
            }
            Pending p = pending.get(key);
            if (p == null) {
                if (pending.size() >= MAX_DATAGRAMS) {
                    evictOldest();
                }
                p = new Pending(now);
                pending.put(key, p);
            }
            for (Piece q : p.pieces) {
                if (offset < q.offset + q.data.readableBytes() && q.offset < offset + len) {
                    failures++;
                    discard(key);
                    return null;
                }
            }
            while (bufferedBytes + len > MAX_BYTES && !pending.isEmpty()) {
                Key oldest = pending.keySet().iterator().next();
                if (oldest.equals(key)) {
                    failures++;
                    discard(key);
                    return null;
                }
                failures++;
                discard(oldest);
            }
            p.pieces.add(new Piece(offset, frag.retainedSlice(i + hl, len)));
            p.bytes += len;
            bufferedBytes += len;
            if (offset == 0) {
                p.firstHeader = frag.retainedSlice(i, hl);
            }
            if (!more) {
                p.totalPayload = offset + len;
            }
            return complete(key, p, headroom);
        } finally {
            frag.release();
        }
    }

    private ByteBuf complete(Key key, Pending p, int headroom) {
        if (p.totalPayload < 0 || p.firstHeader == null || p.bytes != p.totalPayload) {
            return null;
        }
        int hl = p.firstHeader.readableBytes();
        ByteBuf out = alloc.heapBuffer(headroom + hl + p.totalPayload);
        out.writerIndex(headroom);
        out.readerIndex(headroom);
        out.writeBytes(p.firstHeader, p.firstHeader.readerIndex(), hl);
        out.writeZero(p.totalPayload);
        for (Piece q : p.pieces) {
            out.setBytes(headroom + hl + q.offset, q.data, q.data.readerIndex(), q.data.readableBytes());
        }
        out.setShort(headroom + 2, hl + p.totalPayload);
        out.setShort(headroom + 6, out.getUnsignedShort(headroom + 6) & 0x4000);
        Ipv4Header.updateChecksum(out, headroom);
        discard(key);
        reassembled++;
        return out;
    }

    private void evictOldest() {
        Iterator<Key> it = pending.keySet().iterator();
        if (it.hasNext()) {
            failures++;
            discard(it.next());
        }
    }

    private void discard(Key key) {
        Pending p = pending.remove(key);
        if (p != null) {
            bufferedBytes -= p.bytes;
            p.release();
        }
    }

    /** Drops datagrams whose first fragment arrived more than the timeout ago. */
    void expire(long now) {
        List<Key> old = new ArrayList<>();
        pending.forEach((k, p) -> {
            if (now - p.startNanos >= timeoutNanos) {
                old.add(k);
            }
        });
        for (Key k : old) {
            timeouts++;
            discard(k);
        }
    }

    void clear() {
        new ArrayList<>(pending.keySet()).forEach(this::discard);
    }
}
