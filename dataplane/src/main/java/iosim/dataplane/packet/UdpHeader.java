package iosim.dataplane.packet;

import io.netty.buffer.ByteBuf;

/** A UDP header (RFC 768). */
public record UdpHeader(int sourcePort, int destinationPort, int length, int checksum) {
    public static final int LENGTH = 8;

    /**
     * Decodes the UDP header at {@code index} of a datagram of {@code available} bytes; null if
     * truncated or its length field disagrees with the IP payload length.
     */
    public static UdpHeader decode(ByteBuf b, int index, int available) {
        if (available < LENGTH) {
            return null;
        }
        int len = b.getUnsignedShort(index + 4);
        if (len < LENGTH || len > available) {
            return null;
        }
        return new UdpHeader(b.getUnsignedShort(index), b.getUnsignedShort(index + 2), len, b.getUnsignedShort(index + 6));
    }

    /** True if the checksum is zero (not used) or verifies over the pseudo-header. */
    public static boolean checksumOk(ByteBuf b, int index, int length, int src, int dst) {
        if (b.getUnsignedShort(index + 6) == 0) {
            return true;
        }
        long sum = InternetChecksum.pseudoHeaderSum(src, dst, Ipv4Header.PROTO_UDP, length)
                + InternetChecksum.sum(b, index, length);
        return InternetChecksum.finish(sum) == 0;
    }

    /** Computes and stores the checksum of a UDP datagram at {@code index} of {@code length} bytes. */
    public static void fillChecksum(ByteBuf b, int index, int length, int src, int dst) {
        b.setShort(index + 6, 0);
        long sum = InternetChecksum.pseudoHeaderSum(src, dst, Ipv4Header.PROTO_UDP, length)
                + InternetChecksum.sum(b, index, length);
        int c = InternetChecksum.finish(sum);
        b.setShort(index + 6, c == 0 ? 0xffff : c);
    }
}
