package iosim.dataplane.ipsec;

import iosim.dataplane.ipsec.crypto.EncryptionAlgorithm;
import iosim.dataplane.ipsec.crypto.SequenceBytes;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;

/**
 * ESP (RFC 4303) packet transforms as functions of an SA's parameters and cipher: build the
 * outer packet from an inner IPv4 packet, and authenticate/decrypt/strip an ESP packet in place.
 * Tunnel and transport mode; optional UDP encapsulation (RFC 3948, checksum 0 outbound).
 */
public final class EspCodec {
    static final int ESP_HEADER = 8;
    static final int UDP_HEADER = 8;
    static final int OUTER_TTL = 64;

    private EspCodec() {}

    /** Bytes the ESP trailer pads {@code payloadLength} to, plus pad-length and next-header bytes. */
    static int paddingFor(int payloadLength, int blockSize) {
        return (blockSize - ((payloadLength + 2) % blockSize)) % blockSize;
    }

    /**
     * Builds the protected packet (outer IPv4 [+ UDP] + ESP) for {@code inner} (an IPv4 packet,
     * read from its reader index). In tunnel mode, when {@code inner} is an array-backed buffer
     * this caller alone holds, with room for the headers in front and the trailer behind, the
     * packet is built around it in place and {@code inner} itself is returned (now the caller's
     * ESP packet); otherwise it is built into a new buffer, and {@code inner} is not consumed or
     * released.
     */
    static ByteBuf encapsulate(OutboundSa sa, long seq, ByteBuf inner, ByteBufAllocator alloc, int ipId,
                               int headroom) {
        if (sa.spec.mode() == IpsecMode.TUNNEL && canWrapInPlace(sa, inner)) {
            return wrapInPlace(sa, seq, inner, ipId);
        }
        SaPairSpec spec = sa.spec;
        int ri = inner.readerIndex();
        int innerLen = inner.readableBytes();
        boolean tunnel = spec.mode() == IpsecMode.TUNNEL;
        int innerHl = tunnel ? 0 : (inner.getByte(ri) & 0x0f) * 4;
        int payloadLen = innerLen - innerHl;
        int nextHeader = tunnel ? Ipv4Header.PROTO_IPIP : inner.getUnsignedByte(ri + 9);
        int padLen = paddingFor(payloadLen, spec.transform().blockSize());
        int textLen = payloadLen + padLen + 2;
        int outerHl = tunnel ? Ipv4Header.MIN_LENGTH : innerHl;
        UdpEncapsulation udp = spec.udpEncapsulation();
        int udpLen = udp != null ? UDP_HEADER : 0;
        int espLen = ESP_HEADER + sa.ivLength() + textLen + sa.icvLength();
        int total = outerHl + udpLen + espLen;

        ByteBuf out = alloc.heapBuffer(headroom + total);
        out.setIndex(headroom, headroom);
        byte[] a = out.array();
        int ip = out.arrayOffset() + out.writerIndex();
        int esp = ip + outerHl + udpLen;
        int text = esp + ESP_HEADER + sa.ivLength();
        inner.getBytes(ri + innerHl, a, text, payloadLen);
        int trailer = text + payloadLen;
        for (int i = 0; i < padLen; i++) {
            a[trailer + i] = (byte) (i + 1);
        }
        a[trailer + padLen] = (byte) padLen;
        a[trailer + padLen + 1] = (byte) nextHeader;
        SequenceBytes.putInt(a, esp, (int) sa.spi);
        SequenceBytes.putInt(a, esp + 4, (int) seq);
        sa.cipher.seal(a, esp, textLen, seq, spec.esn());

        int outerProto = udp != null ? Ipv4Header.PROTO_UDP : Ipv4Header.PROTO_ESP;
        if (tunnel) {
            int tos = inner.getUnsignedByte(ri + 1);
            boolean df = (inner.getByte(ri + 6) & 0x40) != 0;
            Ipv4Header.write(a, ip, tos, total, ipId, df, OUTER_TTL, outerProto, spec.localAddress(),
                    spec.remoteAddress());
        } else {
            inner.getBytes(ri, a, ip, innerHl);
            a[ip + 9] = (byte) outerProto;
            Ipv4Header.put16(a, ip + 2, total);
            Ipv4Header.fillChecksum(a, ip);
        }
        if (udp != null) {
            int u = ip + outerHl;
            Ipv4Header.put16(a, u, udp.localPort());
            Ipv4Header.put16(a, u + 2, udp.remotePort());
            Ipv4Header.put16(a, u + 4, UDP_HEADER + espLen);
            Ipv4Header.put16(a, u + 6, 0);
        }
        out.writerIndex(out.writerIndex() + total);
        return out;
    }

    /** Outer IPv4 [+ UDP] + ESP header + IV: the bytes a tunnel-mode packet gains in front. */
    private static int tunnelPrefix(OutboundSa sa) {
        return Ipv4Header.MIN_LENGTH + (sa.spec.udpEncapsulation() != null ? UDP_HEADER : 0) + ESP_HEADER
                + sa.ivLength();
    }

    private static boolean canWrapInPlace(OutboundSa sa, ByteBuf inner) {
        if (!inner.hasArray() || inner.isReadOnly() || inner.refCnt() != 1
                || inner.readerIndex() < tunnelPrefix(sa)) {
            return false;
        }
        int innerLen = inner.readableBytes();
        int tail = paddingFor(innerLen, sa.spec.transform().blockSize()) + 2 + sa.icvLength();
        return inner.maxFastWritableBytes() >= tail;
    }

    /** Tunnel mode around the inner packet where it lies: no new buffer, no copy of the payload. */
    private static ByteBuf wrapInPlace(OutboundSa sa, long seq, ByteBuf inner, int ipId) {
        SaPairSpec spec = sa.spec;
        int innerLen = inner.readableBytes();
        int padLen = paddingFor(innerLen, spec.transform().blockSize());
        int textLen = innerLen + padLen + 2;
        inner.ensureWritable(padLen + 2 + sa.icvLength());
        UdpEncapsulation udp = spec.udpEncapsulation();
        int udpLen = udp != null ? UDP_HEADER : 0;
        int espLen = ESP_HEADER + sa.ivLength() + textLen + sa.icvLength();
        int total = Ipv4Header.MIN_LENGTH + udpLen + espLen;
        byte[] a = inner.array();
        int text = inner.arrayOffset() + inner.readerIndex();
        int esp = text - sa.ivLength() - ESP_HEADER;
        int ip = esp - udpLen - Ipv4Header.MIN_LENGTH;
        int tos = a[text + 1] & 0xff;
        boolean df = (a[text + 6] & 0x40) != 0;
        int trailer = text + innerLen;
        for (int i = 0; i < padLen; i++) {
            a[trailer + i] = (byte) (i + 1);
        }
        a[trailer + padLen] = (byte) padLen;
        a[trailer + padLen + 1] = (byte) Ipv4Header.PROTO_IPIP;
        SequenceBytes.putInt(a, esp, (int) sa.spi);
        SequenceBytes.putInt(a, esp + 4, (int) seq);
        sa.cipher.seal(a, esp, textLen, seq, spec.esn());
        Ipv4Header.write(a, ip, tos, total, ipId, df, OUTER_TTL,
                udp != null ? Ipv4Header.PROTO_UDP : Ipv4Header.PROTO_ESP, spec.localAddress(), spec.remoteAddress());
        if (udp != null) {
            int u = ip + Ipv4Header.MIN_LENGTH;
            Ipv4Header.put16(a, u, udp.localPort());
            Ipv4Header.put16(a, u + 2, udp.remotePort());
            Ipv4Header.put16(a, u + 4, UDP_HEADER + espLen);
            Ipv4Header.put16(a, u + 6, 0);
        }
        int start = ip - inner.arrayOffset();
        inner.setIndex(start, start + total);
        return inner;
    }

    /**
     * First inbound step (after the replay check): length checks, then ICV verification and
     * decryption in place. Returns null when the packet authenticated, else
     * {@link DropReason#INVALID_LENGTH} or {@link DropReason#AUTH_FAILED}.
     *
     * @param esp    array index of the SPI
     * @param espLen bytes from the SPI to the end of the IP payload
     */
    static DropReason open(InboundSa sa, byte[] a, int esp, int espLen, long seq) {
        int textLen = textLength(sa, espLen);
        if (textLen < 0) {
            return DropReason.INVALID_LENGTH;
        }
        return sa.cipher.open(a, esp, textLen, seq, sa.esn()) ? null : DropReason.AUTH_FAILED;
    }

    static int textLength(InboundSa sa, int espLen) {
        int textLen = espLen - ESP_HEADER - sa.ivLength() - sa.icvLength();
        if (textLen < 2) {
            return -1;
        }
        EncryptionAlgorithm enc = sa.transform().encryption();
        if (enc != EncryptionAlgorithm.NULL && !enc.isAead() && textLen % enc.blockSize() != 0) {
            return -1;
        }
        return textLen;
    }

    /**
     * Second inbound step (after the replay window was updated): checks padding and next header
     * and leaves {@code pkt}'s reader/writer indexes around the inner IPv4 packet (tunnel) or the
     * rebuilt transport-mode packet. Returns null on success.
     *
     * @param ip  array index of the outer IPv4 header
     * @param esp array index of the SPI
     */
    static DropReason strip(InboundSa sa, ByteBuf pkt, int ip, int esp, int espLen) {
        byte[] a = pkt.array();
        int text = esp + ESP_HEADER + sa.ivLength();
        int textLen = textLength(sa, espLen);
        int padLen = a[text + textLen - 2] & 0xff;
        int nextHeader = a[text + textLen - 1] & 0xff;
        int payloadLen = textLen - 2 - padLen;
        if (payloadLen < 0) {
            return DropReason.BAD_PADDING;
        }
        for (int i = 0; i < padLen; i++) {
            if ((a[text + payloadLen + i] & 0xff) != i + 1) {
                return DropReason.BAD_PADDING;
            }
        }
        if (nextHeader == Ipv4Header.PROTO_NONE) {
            return DropReason.DUMMY_PACKET;
        }
        if (sa.mode() == IpsecMode.TUNNEL) {
            if (nextHeader != Ipv4Header.PROTO_IPIP) {
                return DropReason.INVALID_PROTOCOL;
            }
            if (payloadLen < Ipv4Header.MIN_LENGTH || (a[text] & 0xf0) != 0x40) {
                return DropReason.INVALID_LENGTH;
            }
            int innerTotal = Ipv4Header.totalLength(a, text);
            int innerHl = Ipv4Header.headerLength(a, text);
            if (innerHl < Ipv4Header.MIN_LENGTH || innerTotal < innerHl || innerTotal > payloadLen) {
                return DropReason.INVALID_LENGTH;
            }
            int start = text - pkt.arrayOffset();
            pkt.setIndex(start, start + innerTotal);
            return null;
        }
        if (nextHeader == Ipv4Header.PROTO_IPIP || nextHeader == Ipv4Header.PROTO_ESP) {
            return DropReason.INVALID_PROTOCOL;
        }
        int hl = Ipv4Header.headerLength(a, ip);
        int newIp = text - hl;
        System.arraycopy(a, ip, a, newIp, hl);
        a[newIp + 9] = (byte) nextHeader;
        Ipv4Header.put16(a, newIp + 2, hl + payloadLen);
        Ipv4Header.fillChecksum(a, newIp);
        if (sa.spec.udpEncapsulation() != null) {
            Ipv4Header.fixTransportChecksum(a, newIp);
        }
        int start = newIp - pkt.arrayOffset();
        pkt.setIndex(start, start + hl + payloadLen);
        return null;
    }
}
