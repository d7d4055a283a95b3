package iosim.dataplane.ipsec;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;

/**
 * Builds the ICMP "fragmentation needed and DF set" error (RFC 792 type 3 code 4, with the
 * next-hop MTU of RFC 1191) that tells a sender its DF packet does not fit the tunnel.
 */
final class IcmpTooBig {
    private IcmpTooBig() {}

    /** Error from {@code source} to the sender of {@code inner} (not consumed), announcing {@code mtu}. */
    static ByteBuf build(ByteBuf inner, int source, int mtu, ByteBufAllocator alloc, int headroom, int ipId) {
        int ri = inner.readerIndex();
        int hl = (inner.getByte(ri) & 0x0f) * 4;
        int quoted = Math.min(inner.readableBytes(), hl + 8);
        int total = 20 + 8 + quoted;
        ByteBuf out = alloc.heapBuffer(headroom + total);
        out.setIndex(headroom, headroom);
        byte[] a = out.array();
        int ip = out.arrayOffset() + headroom;
        Ipv4Header.write(a, ip, 0, total, ipId, false, 255, Ipv4Header.PROTO_ICMP, source, inner.getInt(ri + 12));
        int icmp = ip + 20;
        a[icmp] = 3;
        a[icmp + 1] = 4;
        a[icmp + 2] = 0;
        a[icmp + 3] = 0;
        a[icmp + 4] = 0;
        a[icmp + 5] = 0;
        Ipv4Header.put16(a, icmp + 6, mtu);
        inner.getBytes(ri, a, icmp + 8, quoted);
        Ipv4Header.put16(a, icmp + 2, Ipv4Header.fold(Ipv4Header.sum(a, icmp, 8 + quoted)));
        out.writerIndex(headroom + total);
        return out;
    }
}
