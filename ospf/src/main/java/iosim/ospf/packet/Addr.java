package iosim.ospf.packet;

/** IPv4 addresses and router IDs as ints (network order in the int's bits). */
public final class Addr {
    private Addr() {}

    public static String format(int a) {
        return ((a >>> 24) & 0xff) + "." + ((a >>> 16) & 0xff) + "." + ((a >>> 8) & 0xff) + "." + (a & 0xff);
    }

    /** Parses dotted-quad text; throws IllegalArgumentException on bad input. */
    public static int parse(String s) {
        String[] p = s.trim().split("\\.", -1);
        if (p.length != 4) {
            throw new IllegalArgumentException("not an IPv4 address: " + s);
        }
        int v = 0;
        for (String x : p) {
            int o = Integer.parseInt(x);
            if (o < 0 || o > 255) {
                throw new IllegalArgumentException("not an IPv4 address: " + s);
            }
            v = (v << 8) | o;
        }
        return v;
    }

    public static int mask(int prefixLength) {
        return prefixLength == 0 ? 0 : (int) (0xFFFF_FFFFL << (32 - prefixLength));
    }

    /** Prefix length of a contiguous mask (the count of leading ones). */
    public static int prefixLength(int mask) {
        return Integer.bitCount(mask);
    }

    public static int getInt(byte[] b, int off) {
        return ((b[off] & 0xff) << 24) | ((b[off + 1] & 0xff) << 16) | ((b[off + 2] & 0xff) << 8) | (b[off + 3] & 0xff);
    }

    public static int getShort(byte[] b, int off) {
        return ((b[off] & 0xff) << 8) | (b[off + 1] & 0xff);
    }

    public static void putInt(byte[] b, int off, int v) {
        b[off] = (byte) (v >>> 24);
        b[off + 1] = (byte) (v >>> 16);
        b[off + 2] = (byte) (v >>> 8);
        b[off + 3] = (byte) v;
    }

    public static void putShort(byte[] b, int off, int v) {
        b[off] = (byte) (v >>> 8);
        b[off + 1] = (byte) v;
    }
}
