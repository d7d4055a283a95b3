package iosim.dataplane.ipsec.crypto;

/** Big-endian helpers over byte arrays (codecs stay allocation-free). */
public final class SequenceBytes {
    private SequenceBytes() {}

    public static void putInt(byte[] a, int off, int v) {
        a[off] = (byte) (v >>> 24);
        a[off + 1] = (byte) (v >>> 16);
        a[off + 2] = (byte) (v >>> 8);
        a[off + 3] = (byte) v;
    }

    public static int getInt(byte[] a, int off) {
        return (a[off] & 0xff) << 24 | (a[off + 1] & 0xff) << 16 | (a[off + 2] & 0xff) << 8 | (a[off + 3] & 0xff);
    }

    public static void putLong(byte[] a, int off, long v) {
        putInt(a, off, (int) (v >>> 32));
        putInt(a, off + 4, (int) v);
    }
}
