package iosim.dataplane.link;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import iosim.dataplane.packet.EthernetHeader;
import iosim.dataplane.packet.InternetChecksum;
import iosim.dataplane.packet.Ipv4Header;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns what a Linux veth hands a packet socket (see {@link VnetHeader}) into the frames a wire
 * would have carried: a TCP or UDP GSO super-frame is cut into segments of the header's
 * {@code gsoSize} (TCP: sequence numbers advanced, FIN/PSH on the last segment only, CWR on the
 * first; UDP: one datagram each), and a transport checksum left partial is completed. A pure
 * function of its input, as the NIC's segmentation offload would be.
 */
final class GsoSegmenter {
    private static final int PROTO_TCP = 6;
    private static final int PROTO_UDP = 17;
    private static final int TCP_FIN = 0x01;
    private static final int TCP_PSH = 0x08;
    private static final int TCP_CWR = 0x80;

    private GsoSegmenter() {}

    /** What became of one received frame. */
    record Result(List<ByteBuf> frames, boolean segmented, boolean checksumCompleted, boolean dropped) {}

    /**
     * @param frame    the Ethernet frame (readable bytes), consumed
     * @param headroom free bytes before each new frame
     */
    static Result process(ByteBuf frame, VnetHeader h, ByteBufAllocator alloc, int headroom) {
        int gso = h.gso();
        if (gso == VnetHeader.GSO_NONE) {
            boolean completed = h.needsChecksum() && completeChecksum(frame, h);
            return new Result(List.of(frame), false, completed, false);
        }
        List<ByteBuf> out = gso == VnetHeader.GSO_TCPV4 || gso == VnetHeader.GSO_UDP_L4
                ? segment(frame, h.gsoSize(), gso == VnetHeader.GSO_TCPV4, alloc, headroom)
                : null;
        frame.release();
        return out == null ? new Result(List.of(), false, false, true) : new Result(out, true, false, false);
    }

    /** Completes a CHECKSUM_PARTIAL transport checksum; false when the offsets do not fit. */
    private static boolean completeChecksum(ByteBuf frame, VnetHeader h) {
        int f = frame.readerIndex();
        int start = f + h.csumStart();
        int field = start + h.csumOffset();
        int end = frame.writerIndex();
        if (h.csumStart() < EthernetHeader.LENGTH || field + 2 > end) {
            return false;
        }
        // the field holds the pseudo-header sum: summing it with the rest gives the full sum
        int c = InternetChecksum.finish(InternetChecksum.sum(frame, start, end - start));
        boolean udp = h.csumOffset() == 6;
        frame.setShort(field, udp && c == 0 ? 0xffff : c);
        return true;
    }

    private static List<ByteBuf> segment(ByteBuf frame, int mss, boolean tcp, ByteBufAllocator alloc, int headroom) {
        int f = frame.readerIndex();
        int len = frame.readableBytes();
        if (mss <= 0 || len < EthernetHeader.LENGTH + Ipv4Header.MIN_LENGTH
                || frame.getUnsignedShort(f + 12) != EthernetHeader.TYPE_IPV4) {
            return null;
        }
        int ip = f + EthernetHeader.LENGTH;
        int ihl = Ipv4Header.headerLength(frame, ip);
        if ((frame.getUnsignedByte(ip) >>> 4) != 4 || ihl < Ipv4Header.MIN_LENGTH
                || Ipv4Header.protocol(frame, ip) != (tcp ? PROTO_TCP : PROTO_UDP)) {
            return null;
        }
        int l4 = ip + ihl;
        if (l4 + (tcp ? 20 : 8) > f + len) {
            return null;
        }
        int l4Header = tcp ? (frame.getUnsignedByte(l4 + 12) >>> 4) * 4 : 8;
        int payload = l4 + l4Header;
        // the IP total length of a super-frame is not to be trusted (it may be 0 past 64 KiB)
        int end = f + len;
        if (l4Header < (tcp ? 20 : 8) || payload > end) {
            return null;
        }
        int headers = payload - f;
        int src = Ipv4Header.source(frame, ip);
        int dst = Ipv4Header.destination(frame, ip);
        int id = frame.getUnsignedShort(ip + 4);
        long seq = tcp ? frame.getUnsignedInt(l4 + 4) : 0;
        int flags = tcp ? frame.getUnsignedByte(l4 + 13) : 0;
        List<ByteBuf> out = new ArrayList<>((end - payload) / mss + 1);
        int k = 0;
        for (int off = payload; off < end || off == payload; off += mss, k++) {
            int chunk = Math.min(mss, end - off);
            boolean last = off + chunk >= end;
            ByteBuf s = alloc.heapBuffer(headroom + headers + chunk);
            s.setIndex(headroom, headroom);
            s.writeBytes(frame, f, headers);
            s.writeBytes(frame, off, chunk);
            int sip = headroom + EthernetHeader.LENGTH;
            int sl4 = sip + ihl;
            int ipLen = ihl + l4Header + chunk;
            s.setShort(sip + 2, ipLen);
            s.setShort(sip + 4, (id + k) & 0xffff);
            Ipv4Header.updateChecksum(s, sip);
            int l4Len = l4Header + chunk;
            if (tcp) {
                s.setInt(sl4 + 4, (int) (seq + (long) k * mss));
                int fl = flags;
                if (!last) {
                    fl &= ~(TCP_FIN | TCP_PSH);
                }
                if (k > 0) {
                    fl &= ~TCP_CWR;
                }
                s.setByte(sl4 + 13, fl);
                s.setShort(sl4 + 16, 0);
                long sum = InternetChecksum.pseudoHeaderSum(src, dst, PROTO_TCP, l4Len) + InternetChecksum.sum(s, sl4, l4Len);
                s.setShort(sl4 + 16, InternetChecksum.finish(sum));
            } else {
                s.setShort(sl4 + 4, l4Len);
                s.setShort(sl4 + 6, 0);
                long sum = InternetChecksum.pseudoHeaderSum(src, dst, PROTO_UDP, l4Len) + InternetChecksum.sum(s, sl4, l4Len);
                int c = InternetChecksum.finish(sum);
                s.setShort(sl4 + 6, c == 0 ? 0xffff : c);
            }
            out.add(s);
            if (last) {
                break;
            }
        }
        return out;
    }
}
