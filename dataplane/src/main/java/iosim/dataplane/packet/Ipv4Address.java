package iosim.dataplane.packet;

/** IPv4 addresses as {@code int}s (network byte order in the int's bits): parse, format, masks. */
public final class Ipv4Address {
    private Ipv4Address() {}

    /** Parses dotted-quad text; throws {@link IllegalArgumentException} on bad input. */
    public static int parse(String text) {
        String[] parts = text.trim().split("\\.", -1);
        if (parts.length != 4) {
            throw new IllegalArgumentException("not an IPv4 address: " + text);
        }
        int v = 0;
        for (String p : parts) {
            if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(Character::isDigit)) {
                throw new IllegalArgumentException("not an IPv4 address: " + text);
            }
            int octet = Integer.parseInt(p);
            if (octet > 255) {
                throw new IllegalArgumentException("not an IPv4 address: " + text);
            }
            v = (v << 8) | octet;
        }
        return v;
    }

    public static String format(int a) {
        return ((a >>> 24) & 0xff) + "." + ((a >>> 16) & 0xff) + "." + ((a >>> 8) & 0xff) + "." + (a & 0xff);
    }

    /** Netmask for a prefix length 0..32. */
    public static int mask(int prefixLength) {
        if (prefixLength < 0 || prefixLength > 32) {
            throw new IllegalArgumentException("prefix length " + prefixLength);
        }
        return prefixLength == 0 ? 0 : -1 << (32 - prefixLength);
    }

    /** Prefix length of a contiguous netmask, or -1 if the mask is not contiguous. */
    public static int prefixLength(int mask) {
        int len = Integer.bitCount(mask);
        return mask(len) == mask ? len : -1;
    }

    public static boolean isMulticast(int a) {
        return (a >>> 28) == 0xe;
    }

    public static boolean isLimitedBroadcast(int a) {
        return a == -1;
    }
}
