package iosim.ospf.packet;

/** The body of an AS-external-LSA (RFC 2328 A.4.5): TOS 0 only. {@code type2} is the E bit. */
public record ExternalLsa(int mask, boolean type2, int metric, int forwardingAddress, int tag) {
    public byte[] encode() {
        byte[] b = new byte[16];
        Addr.putInt(b, 0, mask);
        Addr.putInt(b, 4, (type2 ? 0x80000000 : 0) | (metric & 0xffffff));
        Addr.putInt(b, 8, forwardingAddress);
        Addr.putInt(b, 12, tag);
        return b;
    }

    public static ExternalLsa decode(byte[] body) {
        if (body.length < 16) {
            return null;
        }
        int m = Addr.getInt(body, 4);
        return new ExternalLsa(Addr.getInt(body, 0), m < 0, m & 0xffffff, Addr.getInt(body, 8), Addr.getInt(body, 12));
    }
}
