package iosim.ikev1.message;

import java.util.Arrays;

/** Bounds-checked big-endian reader over a slice of an array; overruns are wire errors. */
final class ByteReader {

    private final byte[] buf;
    private int pos;
    private final int end;

    ByteReader(byte[] buf, int off, int end) {
        this.buf = buf;
        this.pos = off;
        this.end = end;
    }

    int remaining() {
        return end - pos;
    }

    int position() {
        return pos;
    }

    private void need(int n, String what) throws WireFormatException {
        if (n < 0 || end - pos < n) {
            throw new WireFormatException("truncated " + what);
        }
    }

    int u8(String what) throws WireFormatException {
        need(1, what);
        return buf[pos++] & 0xff;
    }

    int u16(String what) throws WireFormatException {
        need(2, what);
        int v = ((buf[pos] & 0xff) << 8) | (buf[pos + 1] & 0xff);
        pos += 2;
        return v;
    }

    int u32(String what) throws WireFormatException {
        need(4, what);
        int v = 0;
        for (int i = 0; i < 4; i++) {
            v = (v << 8) | (buf[pos++] & 0xff);
        }
        return v;
    }

    long u64(String what) throws WireFormatException {
        need(8, what);
        long v = 0;
        for (int i = 0; i < 8; i++) {
            v = (v << 8) | (buf[pos++] & 0xff);
        }
        return v;
    }

    byte[] bytes(int n, String what) throws WireFormatException {
        need(n, what);
        byte[] b = Arrays.copyOfRange(buf, pos, pos + n);
        pos += n;
        return b;
    }

    byte[] rest() {
        byte[] b = Arrays.copyOfRange(buf, pos, end);
        pos = end;
        return b;
    }

    /** A reader over the next n octets, advancing this one past them. */
    ByteReader slice(int n, String what) throws WireFormatException {
        need(n, what);
        ByteReader r = new ByteReader(buf, pos, pos + n);
        pos += n;
        return r;
    }
}
