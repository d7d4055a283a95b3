package iosim.dataplane.ipsec;

import iosim.dataplane.ipsec.crypto.SequenceBytes;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;

/**
 * AH (RFC 4302) for IPv4 in tunnel and transport mode. The ICV covers the IPv4 header with its
 * mutable fields (TOS, flags/fragment offset, TTL, checksum) zeroed, the AH header with the ICV
 * zeroed, the payload, and the high half of an ESN appended. Mutable IPv4 options are zeroed
 * too ({@link AhMutableOptions}); immutable ones are covered as they are.
 */
final class AhCodec {
    static final int AH_FIXED = 12;

    private AhCodec() {}

    static ByteBuf encapsulate(OutboundSa sa, long seq, ByteBuf inner, ByteBufAllocator alloc, int ipId,
                               int headroom) {
        SaPairSpec spec = sa.spec;
        int ri = inner.readerIndex();
        boolean tunnel = spec.mode() == IpsecMode.TUNNEL;
        int innerHl = tunnel ? 0 : (inner.getByte(ri) & 0x0f) * 4;
        int payloadLen = inner.readableBytes() - innerHl;
        int outerHl = tunnel ? Ipv4Header.MIN_LENGTH : innerHl;
        int icv = sa.icvLength();
        int ahLen = AH_FIXED + icv;
        int total = outerHl + ahLen + payloadLen;
        ByteBuf out = alloc.heapBuffer(headroom + total);
        out.setIndex(headroom, headroom);
        byte[] a = out.array();
        int ip = out.arrayOffset() + out.writerIndex();
        int ah = ip + outerHl;
        inner.getBytes(ri + innerHl, a, ah + ahLen, payloadLen);
        int nextHeader;
        if (tunnel) {
            nextHeader = Ipv4Header.PROTO_IPIP;
            boolean df = (inner.getByte(ri + 6) & 0x40) != 0;
            Ipv4Header.write(a, ip, inner.getUnsignedByte(ri + 1), total, ipId, df, EspCodec.OUTER_TTL,
                    Ipv4Header.PROTO_AH, spec.localAddress(), spec.remoteAddress());
        } else {
            inner.getBytes(ri, a, ip, innerHl);
            nextHeader = Ipv4Header.protocol(a, ip);
            a[ip + 9] = (byte) Ipv4Header.PROTO_AH;
            Ipv4Header.put16(a, ip + 2, total);
        }
        a[ah] = (byte) nextHeader;
        a[ah + 1] = (byte) (ahLen / 4 - 2);
        a[ah + 2] = 0;
        a[ah + 3] = 0;
        SequenceBytes.putInt(a, ah + 4, (int) sa.spi);
        SequenceBytes.putInt(a, ah + 8, (int) seq);
        java.util.Arrays.fill(a, ah + AH_FIXED, ah + ahLen, (byte) 0);
        byte[] mac = macWithMutableZeroed(sa.ah, a, ip, total, seq, spec.esn());
        System.arraycopy(mac, 0, a, ah + AH_FIXED, icv);
        Ipv4Header.fillChecksum(a, ip);
        out.writerIndex(out.writerIndex() + total);
        return out;
    }

    private static byte[] macWithMutableZeroed(AhAuthenticator auth, byte[] a, int ip, int total, long seq,
                                               boolean esn) {
        byte tos = a[ip + 1];
        byte f0 = a[ip + 6];
        byte f1 = a[ip + 7];
        byte ttl = a[ip + 8];
        byte c0 = a[ip + 10];
        byte c1 = a[ip + 11];
        a[ip + 1] = 0;
        a[ip + 6] = 0;
        a[ip + 7] = 0;
        a[ip + 8] = 0;
        a[ip + 10] = 0;
        a[ip + 11] = 0;
        byte[] options = Ipv4Header.headerLength(a, ip) > Ipv4Header.MIN_LENGTH ? new byte[40] : null;
        int saved = options == null ? 0 : AhMutableOptions.zero(a, ip, options);
        byte[] mac = auth.compute(a, ip, total, seq, esn);
        AhMutableOptions.restore(a, ip, options, saved);
        a[ip + 1] = tos;
        a[ip + 6] = f0;
        a[ip + 7] = f1;
        a[ip + 8] = ttl;
        a[ip + 10] = c0;
        a[ip + 11] = c1;
        return mac;
    }

    /** Length of the AH header at {@code ah}, or -1 if it does not fit the packet / SA. */
    static int headerLength(InboundSa sa, byte[] a, int ah, int available) {
        if (available < AH_FIXED) {
            return -1;
        }
        int len = ((a[ah + 1] & 0xff) + 2) * 4;
        return len != AH_FIXED + sa.icvLength() || len > available ? -1 : len;
    }

    /** Verifies the ICV (before the replay window is updated). Null on success. */
    static DropReason verify(InboundSa sa, byte[] a, int ip, int ah, int total, long seq) {
        int icv = sa.icvLength();
        byte[] received = java.util.Arrays.copyOfRange(a, ah + AH_FIXED, ah + AH_FIXED + icv);
        java.util.Arrays.fill(a, ah + AH_FIXED, ah + AH_FIXED + icv, (byte) 0);
        byte[] mac = macWithMutableZeroed(sa.ah, a, ip, total, seq, sa.esn());
        int diff = 0;
        for (int i = 0; i < icv; i++) {
            diff |= mac[i] ^ received[i];
        }
        System.arraycopy(received, 0, a, ah + AH_FIXED, icv);
        return diff == 0 ? null : DropReason.AUTH_FAILED;
    }

    /** Removes the AH header, leaving the inner packet (tunnel) or rebuilt packet (transport). */
    static DropReason strip(InboundSa sa, ByteBuf pkt, int ip, int ah, int ahLen, int total) {
        byte[] a = pkt.array();
        int nextHeader = a[ah] & 0xff;
        int payload = ah + ahLen;
        int payloadLen = ip + total - payload;
        if (sa.mode() == IpsecMode.TUNNEL) {
            if (nextHeader != Ipv4Header.PROTO_IPIP) {
                return DropReason.INVALID_PROTOCOL;
            }
            if (payloadLen < Ipv4Header.MIN_LENGTH || (a[payload] & 0xf0) != 0x40) {
                return DropReason.INVALID_LENGTH;
            }
            int innerTotal = Ipv4Header.totalLength(a, payload);
            if (innerTotal < Ipv4Header.headerLength(a, payload) || innerTotal > payloadLen) {
                return DropReason.INVALID_LENGTH;
            }
            int start = payload - pkt.arrayOffset();
            pkt.setIndex(start, start + innerTotal);
            return null;
        }
        if (nextHeader == Ipv4Header.PROTO_IPIP) {
            return DropReason.INVALID_PROTOCOL;
        }
        int hl = Ipv4Header.headerLength(a, ip);
        int newIp = payload - hl;
        System.arraycopy(a, ip, a, newIp, hl);
        a[newIp + 9] = (byte) nextHeader;
        Ipv4Header.put16(a, newIp + 2, hl + payloadLen);
        Ipv4Header.fillChecksum(a, newIp);
        int start = newIp - pkt.arrayOffset();
        pkt.setIndex(start, start + hl + payloadLen);
        return null;
    }
}
