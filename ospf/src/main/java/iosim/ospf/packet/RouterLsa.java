package iosim.ospf.packet;

import java.util.ArrayList;
import java.util.List;

/** The body of a router-LSA (RFC 2328 A.4.2). TOS metrics are skipped when decoding. */
public record RouterLsa(boolean virtualEnd, boolean asbr, boolean abr, List<Link> links) {
    public static final int PTP = 1;
    public static final int TRANSIT = 2;
    public static final int STUB = 3;
    public static final int VIRTUAL = 4;

    /** One link: for transit, id is the DR's address and data ours; for stub, id/data are network/mask. */
    public record Link(int id, int data, int type, int metric) {}

    public RouterLsa {
        links = List.copyOf(links);
    }

    public byte[] encode() {
        byte[] b = new byte[4 + 12 * links.size()];
        b[0] = (byte) ((virtualEnd ? 4 : 0) | (asbr ? 2 : 0) | (abr ? 1 : 0));
        Addr.putShort(b, 2, links.size());
        int o = 4;
        for (Link l : links) {
            Addr.putInt(b, o, l.id);
            Addr.putInt(b, o + 4, l.data);
            b[o + 8] = (byte) l.type;
            b[o + 9] = 0;
            Addr.putShort(b, o + 10, l.metric);
            o += 12;
        }
        return b;
    }

    /** Decodes a body; null when malformed. */
    public static RouterLsa decode(byte[] body) {
        if (body.length < 4) {
            return null;
        }
        int flags = body[0] & 0xff;
        int n = Addr.getShort(body, 2);
        List<Link> links = new ArrayList<>(n);
        int o = 4;
        for (int i = 0; i < n; i++) {
            if (o + 12 > body.length) {
                return null;
            }
            int tos = body[o + 9] & 0xff;
            links.add(new Link(Addr.getInt(body, o), Addr.getInt(body, o + 4), body[o + 8] & 0xff,
                    Addr.getShort(body, o + 10)));
            o += 12 + 4 * tos;
        }
        return new RouterLsa((flags & 4) != 0, (flags & 2) != 0, (flags & 1) != 0, links);
    }
}
