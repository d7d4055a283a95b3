package iosim.dataplane.ipsec;

import io.netty.buffer.ByteBuf;

/**
 * The selector fields of an IPv4 packet: ports (0 when absent or in a non-first fragment), the
 * ICMP type and code (-1 when not ICMP or not in this fragment), and whether it is a non-first
 * fragment (no layer-4 header).
 */
record PacketTuple(int src, int dst, int protocol, int srcPort, int dstPort, int icmpType, int icmpCode,
                   boolean laterFragment) {

    /** Parses from the reader index, or returns null if it is not a plausible IPv4 packet. */
    static PacketTuple parse(ByteBuf p) {
        if (p.hasArray()) {
            return parse(p.array(), p.arrayOffset() + p.readerIndex(), p.readableBytes());
        }
        int ri = p.readerIndex();
        int len = p.readableBytes();
        if (len < Ipv4Header.MIN_LENGTH || (p.getByte(ri) & 0xf0) != 0x40) {
            return null;
        }
        int hl = (p.getByte(ri) & 0x0f) * 4;
        if (hl < Ipv4Header.MIN_LENGTH || hl > len) {
            return null;
        }
        int proto = p.getUnsignedByte(ri + 9);
        int src = p.getInt(ri + 12);
        int dst = p.getInt(ri + 16);
        boolean firstFragment = (p.getUnsignedShort(ri + 6) & 0x1fff) == 0;
        int sport = 0;
        int dport = 0;
        int icmpType = -1;
        int icmpCode = -1;
        if (firstFragment && (proto == Ipv4Header.PROTO_TCP || proto == Ipv4Header.PROTO_UDP) && len >= hl + 4) {
            sport = p.getUnsignedShort(ri + hl);
            dport = p.getUnsignedShort(ri + hl + 2);
        } else if (firstFragment && proto == Ipv4Header.PROTO_ICMP && len >= hl + 2) {
            icmpType = p.getUnsignedByte(ri + hl);
            icmpCode = p.getUnsignedByte(ri + hl + 1);
        }
        return new PacketTuple(src, dst, proto, sport, dport, icmpType, icmpCode, !firstFragment);
    }

    /** The same over an array holding {@code len} bytes of the packet from {@code off}. */
    static PacketTuple parse(byte[] a, int off, int len) {
        if (len < Ipv4Header.MIN_LENGTH || (a[off] & 0xf0) != 0x40) {
            return null;
        }
        int hl = (a[off] & 0x0f) * 4;
        if (hl < Ipv4Header.MIN_LENGTH || hl > len) {
            return null;
        }
        int proto = a[off + 9] & 0xff;
        boolean firstFragment = (Ipv4Header.u16(a, off + 6) & 0x1fff) == 0;
        int sport = 0;
        int dport = 0;
        int icmpType = -1;
        int icmpCode = -1;
        int l4 = off + hl;
        if (firstFragment && (proto == Ipv4Header.PROTO_TCP || proto == Ipv4Header.PROTO_UDP) && len >= hl + 4) {
            sport = Ipv4Header.u16(a, l4);
            dport = Ipv4Header.u16(a, l4 + 2);
        } else if (firstFragment && proto == Ipv4Header.PROTO_ICMP && len >= hl + 2) {
            icmpType = a[l4] & 0xff;
            icmpCode = a[l4 + 1] & 0xff;
        }
        return new PacketTuple(Ipv4Header.source(a, off), Ipv4Header.destination(a, off), proto, sport, dport,
                icmpType, icmpCode, !firstFragment);
    }

    /** Outbound SPD match: the packet leaves towards the selector's remote side. */
    boolean matches(iosim.dataplane.ipsec.spd.TrafficSelector s) {
        return s.matches(src, dst, protocol, srcPort, dstPort, icmpType, icmpCode, laterFragment);
    }

    /** Inbound SPD match: the packet came from the selector's remote side. */
    boolean matchesMirrored(iosim.dataplane.ipsec.spd.TrafficSelector s) {
        return s.matchesMirrored(src, dst, protocol, srcPort, dstPort, icmpType, icmpCode, laterFragment);
    }

    /** IKE (UDP 500/4500) or ESP/AH sent or received by the crypto endpoint itself: always bypass. */
    boolean isIkeOrIpsecOf(int localAddress) {
        if (src != localAddress && dst != localAddress) {
            return false;
        }
        if (protocol == Ipv4Header.PROTO_ESP || protocol == Ipv4Header.PROTO_AH) {
            return true;
        }
        return protocol == Ipv4Header.PROTO_UDP
                && (srcPort == 500 || srcPort == 4500 || dstPort == 500 || dstPort == 4500);
    }
}
