package iosim.ospf.packet;

import java.util.Arrays;

/**
 * One LSA exactly as on the wire (header then body). Immutable: the bytes are copied in and the
 * age lives in the header as received or originated; the LSDB adds the time it has been held.
 */
public final class Lsa {
    private final byte[] bytes;
    private final LsaHeader header;

    private Lsa(byte[] bytes) {
        this.bytes = bytes;
        this.header = LsaHeader.decode(bytes, 0);
    }

    /** Decodes the LSA at {@code off}; null when its length is bad (the checksum is checked separately). */
    public static Lsa decode(byte[] b, int off, int available) {
        if (available < LsaHeader.LENGTH) {
            return null;
        }
        int len = Addr.getShort(b, off + 18);
        if (len < LsaHeader.LENGTH || len > available) {
            return null;
        }
        return new Lsa(Arrays.copyOfRange(b, off, off + len));
    }

    /** Builds an LSA with a correct checksum. */
    public static Lsa build(int age, int options, int type, int lsId, int advRouter, int seq, byte[] body) {
        byte[] b = new byte[LsaHeader.LENGTH + body.length];
        new LsaHeader(age, options, type, lsId, advRouter, seq, 0, b.length).encode(b, 0);
        System.arraycopy(body, 0, b, LsaHeader.LENGTH, body.length);
        Addr.putShort(b, Fletcher.CHECKSUM_OFFSET, Fletcher.compute(b, 0, b.length));
        return new Lsa(b);
    }

    /** The same LSA with another age (the checksum does not cover the age). */
    public Lsa withAge(int age) {
        byte[] b = bytes.clone();
        Addr.putShort(b, 0, Math.min(age, LsaHeader.MAX_AGE));
        return new Lsa(b);
    }

    public LsaHeader header() {
        return header;
    }

    public LsaKey key() {
        return header.key();
    }

    public int length() {
        return bytes.length;
    }

    public boolean checksumOk() {
        return Fletcher.verify(bytes, 0, bytes.length);
    }

    /** A copy of the whole LSA. */
    public byte[] bytes() {
        return bytes.clone();
    }

    void writeTo(byte[] b, int off) {
        System.arraycopy(bytes, 0, b, off, bytes.length);
    }

    /** The body (after the header), copied. */
    public byte[] body() {
        return Arrays.copyOfRange(bytes, LsaHeader.LENGTH, bytes.length);
    }

    /** True when the contents (not age, seq or checksum) equal {@code o}'s (RFC 2328 12.4: no new instance needed). */
    public boolean sameContents(Lsa o) {
        return header.options() == o.header.options() && Arrays.equals(body(), o.body());
    }

    @Override
    public String toString() {
        return header.key() + " seq " + Integer.toHexString(header.seq()) + " age " + header.age();
    }
}
