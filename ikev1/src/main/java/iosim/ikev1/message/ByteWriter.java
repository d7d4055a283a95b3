package iosim.ikev1.message;

import java.util.Arrays;

/** Growable big-endian byte buffer used by the encoders. */
final class ByteWriter {

    private byte[] buf;
    private int size;

    ByteWriter(int capacity) {
        buf = new byte[Math.max(16, capacity)];
    }

    int size() {
        return size;
    }

    private void ensure(int extra) {
        if (size + extra > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + extra));
        }
    }

    ByteWriter u8(int v) {
        ensure(1);
        buf[size++] = (byte) v;
        return this;
    }

    ByteWriter u16(int v) {
        ensure(2);
        buf[size++] = (byte) (v >>> 8);
        buf[size++] = (byte) v;
        return this;
    }

    ByteWriter u32(int v) {
        ensure(4);
        for (int s = 24; s >= 0; s -= 8) {
            buf[size++] = (byte) (v >>> s);
        }
        return this;
    }

    ByteWriter u64(long v) {
        ensure(8);
        for (int s = 56; s >= 0; s -= 8) {
            buf[size++] = (byte) (v >>> s);
        }
        return this;
    }

    ByteWriter bytes(byte[] b) {
        return bytes(b, 0, b.length);
    }

    ByteWriter bytes(byte[] b, int off, int len) {
        ensure(len);
        System.arraycopy(b, off, buf, size, len);
        size += len;
        return this;
    }

    ByteWriter zeros(int n) {
        ensure(n);
        size += n;
        return this;
    }

    void set8(int pos, int v) {
        buf[pos] = (byte) v;
    }

    void set16(int pos, int v) {
        buf[pos] = (byte) (v >>> 8);
        buf[pos + 1] = (byte) v;
    }

    void set32(int pos, int v) {
        for (int i = 0; i < 4; i++) {
            buf[pos + i] = (byte) (v >>> (24 - 8 * i));
        }
    }

    byte[] toByteArray() {
        return Arrays.copyOf(buf, size);
    }
}
