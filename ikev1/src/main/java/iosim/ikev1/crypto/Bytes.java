package iosim.ikev1.crypto;

/** Big-endian encodings of cookies and message IDs for the hash inputs. */
public final class Bytes {
    private Bytes() {}

    public static byte[] u64(long v) {
        byte[] b = new byte[8];
        for (int i = 0; i < 8; i++) {
            b[i] = (byte) (v >>> (56 - 8 * i));
        }
        return b;
    }

    public static byte[] u32(int v) {
        return new byte[] {(byte) (v >>> 24), (byte) (v >>> 16), (byte) (v >>> 8), (byte) v};
    }

    public static int toInt(byte[] b) {
        int v = 0;
        for (int i = 0; i < 4 && i < b.length; i++) {
            v = (v << 8) | (b[i] & 0xff);
        }
        return v;
    }

    public static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int off = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, off, p.length);
            off += p.length;
        }
        return out;
    }
}
