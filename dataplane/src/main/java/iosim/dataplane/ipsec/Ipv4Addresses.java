package iosim.dataplane.ipsec;

/** IPv4 addresses as ints (network order in the int's bit order), as the fast path uses them. */
public final class Ipv4Addresses {
    private Ipv4Addresses() {}

    public static int parse(String dotted) {
        String[] p = dotted.split("\\.");
        if (p.length != 4) {
            throw new IllegalArgumentException("not an IPv4 address: " + dotted);
        }
        int v = 0;
        for (String s : p) {
            int b = Integer.parseInt(s);
            if (b < 0 || b > 255) {
                throw new IllegalArgumentException("not an IPv4 address: " + dotted);
            }
            v = v << 8 | b;
        }
        return v;
    }

    public static String format(int a) {
        return (a >>> 24) + "." + (a >>> 16 & 0xff) + "." + (a >>> 8 & 0xff) + "." + (a & 0xff);
    }

    /** Mask with the given prefix length, e.g. 24 -> 255.255.255.0. */
    public static int mask(int prefixLength) {
        return prefixLength == 0 ? 0 : -1 << (32 - prefixLength);
    }
}
