package iosim.dataplane.packet;

import io.netty.buffer.ByteBuf;

/** The RFC 1071 one's-complement checksum, over buffer ranges, with IPv4 pseudo-headers. */
public final class InternetChecksum {
    private InternetChecksum() {}

    /** Unfolded 32-bit sum of the 16-bit words of {@code buf[index, index+length)}. */
    public static long sum(ByteBuf buf, int index, int length) {
        long sum = 0;
        int i = index;
        int end = index + length;
        while (i + 4 <= end) {
            sum += buf.getUnsignedInt(i);
            i += 4;
        }
        if (i + 2 <= end) {
            sum += buf.getUnsignedShort(i);
            i += 2;
        }
        if (i < end) {
            sum += (buf.getUnsignedByte(i) << 8);
        }
        return sum;
    }

    /** Folds a sum to 16 bits and complements it. */
    public static int finish(long sum) {
        while ((sum >>> 16) != 0) {
            sum = (sum & 0xffff) + (sum >>> 16);
        }
        return (int) (~sum & 0xffff);
    }

    public static int compute(ByteBuf buf, int index, int length) {
        return finish(sum(buf, index, length));
    }

    /** Sum of the IPv4 pseudo-header used by TCP and UDP. */
    public static long pseudoHeaderSum(int src, int dst, int protocol, int length) {
        return (src >>> 16) + (src & 0xffff) + (dst >>> 16) + (dst & 0xffff) + protocol + length;
    }

    /** True when the range (which contains its own checksum field) verifies. */
    public static boolean verifies(ByteBuf buf, int index, int length) {
        return compute(buf, index, length) == 0;
    }

    /**
     * RFC 1624 incremental update: the new checksum after a 16-bit word of the covered data
     * changed from {@code oldWord} to {@code newWord}.
     */
    public static int adjust(int checksum, int oldWord, int newWord) {
        long sum = (~checksum & 0xffff) + (~oldWord & 0xffff) + (newWord & 0xffff);
        return finish(sum);
    }

    /** Incremental update for a changed 32-bit value (an address). */
    public static int adjust32(int checksum, int oldValue, int newValue) {
        int c = adjust(checksum, oldValue >>> 16, newValue >>> 16);
        return adjust(c, oldValue & 0xffff, newValue & 0xffff);
    }
}
