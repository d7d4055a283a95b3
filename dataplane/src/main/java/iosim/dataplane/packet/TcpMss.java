package iosim.dataplane.packet;

import io.netty.buffer.ByteBuf;

/**
 * {@code ip tcp adjust-mss}: lowers the maximum-segment-size option of a TCP SYN passing an
 * interface to at most a given value, adjusting the checksum incrementally (RFC 1624). A SYN
 * without the option is left alone, as IOS does. A pure function of the packet.
 */
public final class TcpMss {
    private static final int PROTO_TCP = 6;
    private static final int SYN = 0x02;
    private static final int OPT_END = 0;
    private static final int OPT_NOP = 1;
    private static final int OPT_MSS = 2;

    private TcpMss() {}

    /** Clamps the MSS of the IPv4 packet at {@code i} to {@code mss}; true if it was changed. */
    public static boolean clamp(ByteBuf pkt, int i, int mss) {
        if (pkt.readableBytes() < Ipv4Header.MIN_LENGTH || Ipv4Header.protocol(pkt, i) != PROTO_TCP
                || Ipv4Header.isFragment(pkt, i)) {
            return false;
        }
        int hl = Ipv4Header.headerLength(pkt, i);
        int tcp = i + hl;
        int end = Math.min(i + Ipv4Header.totalLength(pkt, i), pkt.writerIndex());
        if (tcp + 20 > end || (pkt.getUnsignedByte(tcp + 13) & SYN) == 0) {
            return false;
        }
        int optEnd = Math.min(tcp + (pkt.getUnsignedByte(tcp + 12) >>> 4) * 4, end);
        int o = tcp + 20;
        while (o < optEnd) {
            int kind = pkt.getUnsignedByte(o);
            if (kind == OPT_END) {
                return false;
            }
            if (kind == OPT_NOP) {
                o++;
                continue;
            }
            if (o + 1 >= optEnd) {
                return false;
            }
            int len = pkt.getUnsignedByte(o + 1);
            if (len < 2 || o + len > optEnd) {
                return false;
            }
            if (kind == OPT_MSS && len == 4) {
                int old = pkt.getUnsignedShort(o + 2);
                if (old <= mss) {
                    return false;
                }
                pkt.setShort(o + 2, mss);
                // on a 16-bit boundary of the segment the value is one word of the checksum;
                // otherwise the checksum is computed again
                int sum = pkt.getUnsignedShort(tcp + 16);
                boolean aligned = ((o + 2 - tcp) & 1) == 0;
                if (aligned) {
                    pkt.setShort(tcp + 16, InternetChecksum.adjust(sum, old, mss));
                } else {
                    pkt.setShort(tcp + 16, 0);
                    long s = InternetChecksum.pseudoHeaderSum(Ipv4Header.source(pkt, i), Ipv4Header.destination(pkt, i),
                            PROTO_TCP, end - tcp) + InternetChecksum.sum(pkt, tcp, end - tcp);
                    pkt.setShort(tcp + 16, InternetChecksum.finish(s));
                }
                return true;
            }
            o += len;
        }
        return false;
    }
}
