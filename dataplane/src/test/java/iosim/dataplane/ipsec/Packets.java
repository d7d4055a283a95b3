package iosim.dataplane.ipsec;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;

/** Builds small IPv4 test packets (valid header checksums). */
final class Packets {
    private Packets() {}

    /** An ICMP echo request of {@code totalLength} bytes from src to dst. */
    static ByteBuf icmpEcho(int src, int dst, int totalLength, int sequence) {
        byte[] a = new byte[totalLength];
        Ipv4Header.write(a, 0, 0, totalLength, 0x1234, true, 64, Ipv4Header.PROTO_ICMP, src, dst);
        a[20] = 8;
        Ipv4Header.put16(a, 24, 0x77);
        Ipv4Header.put16(a, 26, sequence);
        for (int i = 28; i < totalLength; i++) {
            a[i] = (byte) i;
        }
        Ipv4Header.put16(a, 22, Ipv4Header.fold(Ipv4Header.sum(a, 20, totalLength - 20)));
        return Unpooled.wrappedBuffer(a);
    }

    /** A UDP datagram with a correct checksum. */
    static ByteBuf udp(int src, int dst, int srcPort, int dstPort, byte[] payload) {
        int total = 28 + payload.length;
        byte[] a = new byte[total];
        Ipv4Header.write(a, 0, 0, total, 7, false, 64, Ipv4Header.PROTO_UDP, src, dst);
        Ipv4Header.put16(a, 20, srcPort);
        Ipv4Header.put16(a, 22, dstPort);
        Ipv4Header.put16(a, 24, 8 + payload.length);
        System.arraycopy(payload, 0, a, 28, payload.length);
        Ipv4Header.fixTransportChecksum(a, 0);
        return Unpooled.wrappedBuffer(a);
    }

    static byte[] bytes(ByteBuf b) {
        byte[] out = new byte[b.readableBytes()];
        b.getBytes(b.readerIndex(), out);
        return out;
    }

    static byte[] hex(String s) {
        s = s.replaceAll("[^0-9a-fA-F]", "");
        byte[] out = new byte[s.length() / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) Integer.parseInt(s.substring(2 * i, 2 * i + 2), 16);
        }
        return out;
    }
}
