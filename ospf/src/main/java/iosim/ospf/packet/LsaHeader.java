package iosim.ospf.packet;

/** The 20-byte LSA header (RFC 2328 A.4.1). {@code age} as received; {@code seq} signed. */
public record LsaHeader(int age, int options, int type, int lsId, int advRouter, int seq, int checksum, int length) {
    public static final int LENGTH = 20;
    public static final int MAX_AGE = 3600;
    public static final int INITIAL_SEQ = 0x80000001;
    public static final int MAX_SEQ = 0x7fffffff;

    public LsaKey key() {
        return new LsaKey(type, lsId, advRouter);
    }

    public static LsaHeader decode(byte[] b, int off) {
        return new LsaHeader(Addr.getShort(b, off), b[off + 2] & 0xff, b[off + 3] & 0xff, Addr.getInt(b, off + 4),
                Addr.getInt(b, off + 8), Addr.getInt(b, off + 12), Addr.getShort(b, off + 16), Addr.getShort(b, off + 18));
    }

    public void encode(byte[] b, int off) {
        Addr.putShort(b, off, age);
        b[off + 2] = (byte) options;
        b[off + 3] = (byte) type;
        Addr.putInt(b, off + 4, lsId);
        Addr.putInt(b, off + 8, advRouter);
        Addr.putInt(b, off + 12, seq);
        Addr.putShort(b, off + 16, checksum);
        Addr.putShort(b, off + 18, length);
    }

    /**
     * RFC 2328 13.1: positive when this instance is more recent than {@code o}, negative when
     * older, zero when the same instance.
     */
    public int compareRecency(LsaHeader o) {
        if (seq != o.seq) {
            return Integer.compare(seq, o.seq);
        }
        if (checksum != o.checksum) {
            return Integer.compare(checksum, o.checksum);
        }
        boolean maxA = Math.min(age, MAX_AGE) == MAX_AGE;
        boolean maxB = Math.min(o.age, MAX_AGE) == MAX_AGE;
        if (maxA != maxB) {
            return maxA ? 1 : -1;
        }
        if (Math.abs(age - o.age) > 900) { // MaxAgeDiff
            return age < o.age ? 1 : -1;
        }
        return 0;
    }
}
