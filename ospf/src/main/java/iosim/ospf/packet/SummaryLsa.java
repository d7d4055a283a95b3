package iosim.ospf.packet;

/** The body of a summary-LSA, type 3 or 4 (RFC 2328 A.4.4): mask and the TOS 0 metric. */
public record SummaryLsa(int mask, int metric) {
    public byte[] encode() {
        byte[] b = new byte[8];
        Addr.putInt(b, 0, mask);
        Addr.putInt(b, 4, metric & 0xffffff);
        return b;
    }

    public static SummaryLsa decode(byte[] body) {
        if (body.length < 8) {
            return null;
        }
        return new SummaryLsa(Addr.getInt(body, 0), Addr.getInt(body, 4) & 0xffffff);
    }
}
