package iosim.dataplane.ipsec;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;

/** The RFC 3948 section 2.3 NAT-keepalive: one 0xFF byte in UDP (checksum zero) on the NAT-T ports. */
public final class NatKeepalive {
    private NatKeepalive() {}

    /** A complete IPv4 packet (with {@code headroom} free bytes in front) from local to peer. */
    public static ByteBuf packet(int source, int peer, UdpEncapsulation ports, ByteBufAllocator alloc, int headroom,
                                 int ipId) {
        int total = 20 + 8 + 1;
        ByteBuf out = alloc.heapBuffer(headroom + total);
        out.setIndex(headroom, headroom);
        byte[] a = out.array();
        int ip = out.arrayOffset() + headroom;
        Ipv4Header.write(a, ip, 0, total, ipId, false, EspCodec.OUTER_TTL, Ipv4Header.PROTO_UDP, source, peer);
        Ipv4Header.put16(a, ip + 20, ports.localPort());
        Ipv4Header.put16(a, ip + 22, ports.remotePort());
        Ipv4Header.put16(a, ip + 24, 9);
        Ipv4Header.put16(a, ip + 26, 0);
        a[ip + 28] = (byte) 0xff;
        out.writerIndex(headroom + total);
        return out;
    }
}
