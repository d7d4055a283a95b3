package iosim.dataplane.link;

import io.netty.buffer.ByteBuf;
import iosim.dataplane.packet.EthernetHeader;
import iosim.dataplane.packet.InternetChecksum;
import iosim.dataplane.packet.Ipv4Header;

/**
 * Frames captured from a Linux veth with a packet socket may carry TCP/UDP checksums the
 * sender's kernel left to "hardware" (CHECKSUM_PARTIAL: the field holds only the pseudo-header
 * sum). This completes such checksums so the router's strict checks accept what the wire would
 * have carried. Only unfragmented IPv4 TCP/UDP whose checksum does not verify are touched.
 */
final class ChecksumCompletion {
    private ChecksumCompletion() {}

    /** Returns true if the frame's checksum was completed. */
    static boolean complete(ByteBuf frame) {
        int f = frame.readerIndex();
        if (frame.readableBytes() < EthernetHeader.LENGTH + Ipv4Header.MIN_LENGTH
                || frame.getUnsignedShort(f + 12) != EthernetHeader.TYPE_IPV4) {
            return false;
        }
        int i = f + EthernetHeader.LENGTH;
        if ((frame.getUnsignedByte(i) >>> 4) != 4 || Ipv4Header.isFragment(frame, i)) {
            return false;
        }
        int hl = Ipv4Header.headerLength(frame, i);
        int total = Ipv4Header.totalLength(frame, i);
        if (hl < Ipv4Header.MIN_LENGTH || total < hl || i + total > frame.writerIndex()) {
            return false;
        }
        int proto = Ipv4Header.protocol(frame, i);
        int csOffset;
        if (proto == Ipv4Header.PROTO_UDP) {
            csOffset = 6;
        } else if (proto == Ipv4Header.PROTO_TCP) {
            csOffset = 16;
        } else {
            return false;
        }
        int l4 = i + hl;
        int len = total - hl;
        if (len < csOffset + 2 || (proto == Ipv4Header.PROTO_UDP && frame.getUnsignedShort(l4 + 6) == 0)) {
            return false;
        }
        int src = Ipv4Header.source(frame, i);
        int dst = Ipv4Header.destination(frame, i);
        long pseudo = InternetChecksum.pseudoHeaderSum(src, dst, proto, len);
        if (InternetChecksum.finish(pseudo + InternetChecksum.sum(frame, l4, len)) == 0) {
            return false;
        }
        frame.setShort(l4 + csOffset, 0);
        int c = InternetChecksum.finish(pseudo + InternetChecksum.sum(frame, l4, len));
        frame.setShort(l4 + csOffset, proto == Ipv4Header.PROTO_UDP && c == 0 ? 0xffff : c);
        return true;
    }
}
