package iosim.dataplane.ipsec;

/** IPv4 header field access and checksums over byte arrays (RFC 791, RFC 1071). */
final class Ipv4Header {
    static final int MIN_LENGTH = 20;
    static final int PROTO_ICMP = 1;
    static final int PROTO_IPIP = 4;
    static final int PROTO_TCP = 6;
    static final int PROTO_UDP = 17;
    static final int PROTO_ESP = 50;
    static final int PROTO_AH = 51;
    static final int PROTO_NONE = 59;

    private Ipv4Header() {}

    static int u8(byte[] a, int i) { return a[i] & 0xff; }

    static int u16(byte[] a, int i) { return (a[i] & 0xff) << 8 | (a[i + 1] & 0xff); }

    static void put16(byte[] a, int i, int v) {
        a[i] = (byte) (v >>> 8);
        a[i + 1] = (byte) v;
    }

    static int headerLength(byte[] a, int ip) { return (a[ip] & 0x0f) * 4; }

    static int totalLength(byte[] a, int ip) { return u16(a, ip + 2); }

    static int protocol(byte[] a, int ip) { return u8(a, ip + 9); }

    static int source(byte[] a, int ip) { return iosim.dataplane.ipsec.crypto.SequenceBytes.getInt(a, ip + 12); }

    static int destination(byte[] a, int ip) { return iosim.dataplane.ipsec.crypto.SequenceBytes.getInt(a, ip + 16); }

    /** One's-complement sum of {@code len} bytes, not yet folded or inverted. */
    static long sum(byte[] a, int off, int len) {
        long s = 0;
        int i = off;
        int end = off + (len & ~1);
        for (; i < end; i += 2) {
            s += (a[i] & 0xff) << 8 | (a[i + 1] & 0xff);
        }
        if ((len & 1) != 0) {
            s += (a[end] & 0xff) << 8;
        }
        return s;
    }

    static int fold(long s) {
        while ((s >>> 16) != 0) {
            s = (s & 0xffff) + (s >>> 16);
        }
        return (int) (~s & 0xffff);
    }

    /** Recomputes the header checksum in place. */
    static void fillChecksum(byte[] a, int ip) {
        a[ip + 10] = 0;
        a[ip + 11] = 0;
        put16(a, ip + 10, fold(sum(a, ip, headerLength(a, ip))));
    }

    /** Writes a 20-byte header without options. */
    static void write(byte[] a, int ip, int tos, int totalLength, int id, boolean dontFragment, int ttl,
                      int protocol, int src, int dst) {
        a[ip] = 0x45;
        a[ip + 1] = (byte) tos;
        put16(a, ip + 2, totalLength);
        put16(a, ip + 4, id);
        put16(a, ip + 6, dontFragment ? 0x4000 : 0);
        a[ip + 8] = (byte) ttl;
        a[ip + 9] = (byte) protocol;
        iosim.dataplane.ipsec.crypto.SequenceBytes.putInt(a, ip + 12, src);
        iosim.dataplane.ipsec.crypto.SequenceBytes.putInt(a, ip + 16, dst);
        fillChecksum(a, ip);
    }

    static boolean dontFragment(byte[] a, int ip) { return (a[ip + 6] & 0x40) != 0; }

    /**
     * Recomputes a TCP or UDP checksum after transport-mode NAT-T decapsulation (RFC 3948 section
     * 3.1.2: the sender's checksum covered addresses a NAT changed).
     */
    static void fixTransportChecksum(byte[] a, int ip) {
        int hl = headerLength(a, ip);
        int proto = protocol(a, ip);
        int l4 = ip + hl;
        int l4Len = totalLength(a, ip) - hl;
        int ck;
        if (proto == PROTO_UDP && l4Len >= 8) {
            ck = l4 + 6;
        } else if (proto == PROTO_TCP && l4Len >= 20) {
            ck = l4 + 16;
        } else {
            return;
        }
        a[ck] = 0;
        a[ck + 1] = 0;
        long s = sum(a, ip + 12, 8) + proto + l4Len + sum(a, l4, l4Len);
        int c = fold(s);
        put16(a, ck, proto == PROTO_UDP && c == 0 ? 0xffff : c);
    }
}
