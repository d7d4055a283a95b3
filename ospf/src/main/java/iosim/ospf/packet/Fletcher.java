package iosim.ospf.packet;

/**
 * The LSA checksum (RFC 2328 12.1.7): the Fletcher checksum of ISO 8473 over the LSA without
 * its age field, with the check bytes placed so that the whole sums to zero.
 */
public final class Fletcher {
    private Fletcher() {}

    /** Offset of the checksum inside an LSA. */
    public static final int CHECKSUM_OFFSET = 16;

    /** Computes the checksum of the LSA at {@code lsa[off .. off+len)} (the field's content is ignored). */
    public static int compute(byte[] lsa, int off, int len) {
        byte[] b = java.util.Arrays.copyOfRange(lsa, off + 2, off + len);
        int ck = CHECKSUM_OFFSET - 2;
        b[ck] = 0;
        b[ck + 1] = 0;
        int c0 = 0;
        int c1 = 0;
        for (byte x : b) {
            c0 = (c0 + (x & 0xff)) % 255;
            c1 = (c1 + c0) % 255;
        }
        int n = b.length;
        int pos = ck + 1; // 1-based position of the first check byte
        int x = ((n - pos) * c0 - c1) % 255;
        if (x <= 0) {
            x += 255;
        }
        int y = 510 - c0 - x;
        if (y > 255) {
            y -= 255;
        }
        return (x << 8) | y;
    }

    /** True when the LSA's stored checksum is right. */
    public static boolean verify(byte[] lsa, int off, int len) {
        return Addr.getShort(lsa, off + CHECKSUM_OFFSET) == compute(lsa, off, len);
    }
}
