package iosim.ospf.packet;

import java.util.ArrayList;
import java.util.List;

/** The body of a network-LSA (RFC 2328 A.4.3): the network's mask and its attached routers. */
public record NetworkLsa(int mask, List<Integer> attached) {
    public NetworkLsa {
        attached = List.copyOf(attached);
    }

    public byte[] encode() {
        byte[] b = new byte[4 + 4 * attached.size()];
        Addr.putInt(b, 0, mask);
        for (int i = 0; i < attached.size(); i++) {
            Addr.putInt(b, 4 + 4 * i, attached.get(i));
        }
        return b;
    }

    public static NetworkLsa decode(byte[] body) {
        if (body.length < 4 || body.length % 4 != 0) {
            return null;
        }
        List<Integer> a = new ArrayList<>();
        for (int o = 4; o < body.length; o += 4) {
            a.add(Addr.getInt(body, o));
        }
        return new NetworkLsa(Addr.getInt(body, 0), a);
    }
}
