package iosim.dataplane;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import iosim.dataplane.acl.CompiledAcl;
import iosim.dataplane.capture.PacketCapture;
import iosim.dataplane.nat.NatEngine;
import iosim.dataplane.packet.ArpPacket;
import iosim.dataplane.packet.EthernetHeader;
import iosim.dataplane.packet.Fragmenter;
import iosim.dataplane.packet.TcpMss;
import iosim.dataplane.packet.IcmpHeader;
import iosim.dataplane.packet.Ipv4Address;
import iosim.dataplane.packet.Ipv4Header;
import iosim.dataplane.packet.MacAddress;
import iosim.dataplane.packet.UdpHeader;
import java.util.List;

/**
 * The packet path of one node: Ethernet in, ARP, IPv4 validation, access-groups, hooks, NAT,
 * local delivery, forwarding, fragmentation and Ethernet out. Runs only on the node's event
 * loop. Every method that takes a buffer takes ownership of it; nothing throws out of the
 * entry points (malformed input is dropped and counted).
 */
final class PacketPipeline {
    private final Node node;
    private final ByteBufAllocator alloc;
    long received, delivered, forwarded, originated, malformed, noRoute, ttlExpired, arpDrops, aclDenied;
    long mssClamped;
    long fragmentsCreated, fragmentationNeeded, unknownProtocol, portUnreachable, hookDrops, natFailures, notForUs;
    long internalErrors;
    private int nextId = 1;
    long unreachableInterval = 500_000_000L;
    private long lastUnreachable = Long.MIN_VALUE;
    long unreachablesSuppressed;

    PacketPipeline(Node node, ByteBufAllocator alloc) {
        this.node = node;
        this.alloc = alloc;
    }

    // ------------------------------------------------------------------ Ethernet in

    void receiveFrame(EthernetInterface in, ByteBuf frame) {
        try {
            if (!in.isUp()) {
                in.counters.inputDrops++;
                frame.release();
                return;
            }
            in.counters.inputPackets++;
            in.counters.inputBytes += frame.readableBytes();
            if (!in.captures.isEmpty()) {
                capture(in, frame, true);
            }
            if (frame.readableBytes() < EthernetHeader.LENGTH) {
                in.counters.inputErrors++;
                malformed++;
                frame.release();
                return;
            }
            int i = frame.readerIndex();
            long dst = MacAddress.readLong(frame, i);
            boolean broadcast = dst == MacAddress.BROADCAST.value();
            if (dst != in.mac().value() && !broadcast && (dst & 0x0100_0000_0000L) == 0) {
                notForUs++;
                frame.release();
                return;
            }
            if (broadcast) {
                in.counters.inputBroadcasts++;
            }
            int type = frame.getUnsignedShort(i + 12);
            frame.skipBytes(EthernetHeader.LENGTH);
            if (type == EthernetHeader.TYPE_IPV4) {
                receiveIpv4(in, frame, true);
            } else if (type == EthernetHeader.TYPE_ARP) {
                receiveArp(in, frame);
            } else {
                in.counters.unknownProtocolDrops++;
                frame.release();
            }
        } catch (RuntimeException e) {
            internalError(in, frame, e);
        }
    }

    private void internalError(NodeInterface in, ByteBuf buf, RuntimeException e) {
        internalErrors++;
        in.counters.inputErrors++;
        if (buf.refCnt() > 0) {
            buf.release(buf.refCnt());
        }
        node.reportInternalError(e);
    }

    // ------------------------------------------------------------------ ARP

    private void receiveArp(EthernetInterface in, ByteBuf body) {
        try {
            ArpPacket arp = ArpPacket.decode(body);
            if (arp == null) {
                in.counters.inputErrors++;
                malformed++;
                return;
            }
            if (!in.hasAddress()) {
                return;
            }
            long now = node.nanoTime();
            boolean forMe = arp.targetIp() == in.address();
            if (arp.senderIp() == in.address() && !arp.senderMac().equals(in.mac())) {
                return; // somebody else claims our address; IOS logs a duplicate address, we ignore it
            }
            boolean answersOurRequest = arp.operation() == ArpPacket.REPLY && node.arp().isPending(arp.senderIp());
            if (answersOurRequest || in.onSubnet(arp.senderIp()) && arp.senderIp() != 0
                    && (forMe || node.arp().has(arp.senderIp()) || arp.operation() == ArpPacket.REPLY)) {
                node.arp().learn(arp.senderIp(), arp.senderMac(), in, now);
            }
            if (arp.operation() == ArpPacket.REQUEST && forMe && arp.senderIp() != arp.targetIp()) {
                sendArp(in, new ArpPacket(ArpPacket.REPLY, in.mac(), in.address(), arp.senderMac(), arp.senderIp()),
                        arp.senderMac());
            } else if (arp.operation() == ArpPacket.REQUEST && in.proxyArp && shouldProxy(in, arp)) {
                sendArp(in, new ArpPacket(ArpPacket.REPLY, in.mac(), arp.targetIp(), arp.senderMac(), arp.senderIp()),
                        arp.senderMac());
            }
        } finally {
            body.release();
        }
    }

    /** IOS proxy ARP: answer for a target we route through another interface. */
    private boolean shouldProxy(EthernetInterface in, ArpPacket arp) {
        int target = arp.targetIp();
        if (arp.senderIp() == target || in.onSubnet(target) || !in.onSubnet(arp.senderIp())
                || Ipv4Address.isMulticast(target) || target == -1 || target == 0) {
            return false;
        }
        if (node.isLocalAddress(target)) {
            return true;
        }
        ForwardingDecision fd = node.resolve(target);
        return fd != null && !fd.local() && fd.iface() != in && fd.iface().isUp();
    }

    void sendArp(EthernetInterface out, ArpPacket arp, MacAddress to) {
        ByteBuf f = alloc.buffer(EthernetHeader.LENGTH + 46);
        new EthernetHeader(to, out.mac(), EthernetHeader.TYPE_ARP).write(f, 0);
        f.writerIndex(EthernetHeader.LENGTH);
        arp.encode(f);
        f.writeZero(EthernetHeader.LENGTH + 46 - f.writerIndex()); // pad to the 60-byte minimum
        out.transmitFrame(f);
    }

    void sendGratuitousArp(EthernetInterface out) {
        if (out.isUp() && out.hasAddress()) {
            sendArp(out, ArpPacket.gratuitous(out.mac(), out.address()), MacAddress.BROADCAST);
        }
    }

    // ------------------------------------------------------------------ IPv4 in

    /** A packet received on {@code in} (from the wire, or injected when {@code fromWire} is false). */
    void receiveIpv4(NodeInterface in, ByteBuf pkt, boolean fromWire) {
        try {
            if (!fromWire && !isOwnGreTransport(in, pkt)) {
                in.counters.inputPackets++;
                in.counters.inputBytes += pkt.readableBytes();
                if (!in.captures.isEmpty()) {
                    captureIp(in, pkt, true);
                }
            }
            Ipv4Header.Decoded d = Ipv4Header.decode(pkt);
            if (!d.ok()) {
                in.counters.inputErrors++;
                malformed++;
                pkt.release();
                return;
            }
            if (fromWire && !in.hasAddress()) {
                in.counters.inputDrops++; // IP is not enabled on an interface without an address
                pkt.release();
                return;
            }
            received++;
            int i = pkt.readerIndex();
            pkt.writerIndex(i + d.header().totalLength());
            CompiledAcl acl = in.accessGroupIn;
            if (acl != null && !acl.permits(pkt, i)) {
                aclDenied++;
                in.counters.inputDrops++;
                icmpError(in, pkt, IcmpHeader.DEST_UNREACHABLE, IcmpHeader.CODE_ADMIN_PROHIBITED, 0);
                pkt.release();
                return;
            }
            if (fromWire && !in.hooks.isEmpty()) {
                for (PacketHook h : in.hooks) {
                    PacketHook.Verdict v = h.ingress(in, pkt);
                    if (v == PacketHook.Verdict.CONSUMED) {
                        return;
                    }
                    if (v == PacketHook.Verdict.DROP) {
                        hookDrops++;
                        in.counters.inputDrops++;
                        pkt.release();
                        return;
                    }
                }
            }
            NatEngine nat = node.nat();
            if (nat.enabled() && in.natRole == NatRole.OUTSIDE) {
                if (Ipv4Header.isFragment(pkt, i) && nat.isInsideGlobal(Ipv4Header.destination(pkt, i))) {
                    // reassemble before NAT: only the first fragment carries the ports to translate by
                    pkt = node.reassembler().add(pkt, node.nanoTime(), Node.HEADROOM);
                    if (pkt == null) {
                        return;
                    }
                    i = pkt.readerIndex();
                }
                nat.translateInbound(pkt, node.nanoTime());
            }
            int dst = Ipv4Header.destination(pkt, i);
            if (node.isLocalAddress(dst) || dst == -1 || isDirectedBroadcastOf(in, dst)) {
                deliverLocal(in, pkt);
            } else if (Ipv4Address.isMulticast(dst)) {
                if (node.joined(dst)) {
                    deliverLocal(in, pkt);
                } else {
                    pkt.release();
                }
            } else {
                forward(in, pkt);
            }
        } catch (RuntimeException e) {
            internalError(in, pkt, e);
        }
    }

    /**
     * A GRE tunnel's own transport packet handed back by its protection (decrypted GRE from the
     * tunnel's destination): counted once, as the packet it carries, when it is decapsulated.
     */
    private static boolean isOwnGreTransport(NodeInterface in, ByteBuf pkt) {
        if (!(in instanceof TunnelInterface t) || t.gre() == null || pkt.readableBytes() < Ipv4Header.MIN_LENGTH) {
            return false;
        }
        int i = pkt.readerIndex();
        return Ipv4Header.protocol(pkt, i) == Ipv4Header.PROTO_GRE && Ipv4Header.source(pkt, i) == t.tunnelDestination()
                && Ipv4Header.destination(pkt, i) == t.tunnelSource();
    }

    private static boolean isDirectedBroadcastOf(NodeInterface in, int dst) {
        return in.hasAddress() && in.prefixLength() < 31 && dst == in.directedBroadcast();
    }

    private void forward(NodeInterface in, ByteBuf pkt) {
        int i = pkt.readerIndex();
        if (Ipv4Header.ttl(pkt, i) <= 1) {
            ttlExpired++;
            icmpError(in, pkt, IcmpHeader.TIME_EXCEEDED, 0, 0);
            pkt.release();
            return;
        }
        ForwardingDecision fd = node.resolve(Ipv4Header.destination(pkt, i), Ipv4Header.source(pkt, i));
        if (fd == null || fd.local()) {
            noRoute++;
            icmpError(in, pkt, IcmpHeader.DEST_UNREACHABLE, IcmpHeader.CODE_HOST_UNREACHABLE, 0);
            pkt.release();
            return;
        }
        Ipv4Header.decrementTtl(pkt, i);
        forwarded++;
        output(in, fd, pkt, true);
    }

    // ------------------------------------------------------------------ local delivery

    private void deliverLocal(NodeInterface in, ByteBuf pkt) {
        int i = pkt.readerIndex();
        if (Ipv4Header.isFragment(pkt, i)) {
            pkt = node.reassembler().add(pkt, node.nanoTime(), Node.HEADROOM);
            if (pkt == null) {
                return;
            }
            i = pkt.readerIndex();
        }
        delivered++;
        int proto = Ipv4Header.protocol(pkt, i);
        if (proto == Ipv4Header.PROTO_ICMP) {
            receiveIcmp(in, pkt);
        } else if (proto == Ipv4Header.PROTO_UDP) {
            receiveUdp(in, pkt);
        } else if (proto == Ipv4Header.PROTO_GRE) {
            node.gre().receive(in, pkt);
        } else {
            LocalProtocolHandler h = node.protocolHandler(proto);
            if (h != null) {
                h.receive(in, pkt);
                return;
            }
            unknownProtocol++;
            icmpError(in, pkt, IcmpHeader.DEST_UNREACHABLE, IcmpHeader.CODE_PROTOCOL_UNREACHABLE, 0);
            pkt.release();
        }
    }

    private void receiveIcmp(NodeInterface in, ByteBuf pkt) {
        int i = pkt.readerIndex();
        int hl = Ipv4Header.headerLength(pkt, i);
        int len = Ipv4Header.totalLength(pkt, i) - hl;
        IcmpHeader icmp = IcmpHeader.decode(pkt, i + hl, len);
        if (icmp == null) {
            malformed++;
            in.counters.inputErrors++;
            pkt.release();
            return;
        }
        if (icmp.type() == IcmpHeader.ECHO_REQUEST && icmp.code() == 0) {
            echoReply(in, pkt, hl, len);
            return;
        }
        try {
            node.probes().onIcmp(pkt, icmp, node.nanoTime());
        } finally {
            pkt.release();
        }
    }

    /** Turns an echo request into the reply in place and sends it back. */
    private void echoReply(NodeInterface in, ByteBuf pkt, int hl, int len) {
        int i = pkt.readerIndex();
        int src = Ipv4Header.source(pkt, i);
        int dst = Ipv4Header.destination(pkt, i);
        if (src == 0 || Ipv4Address.isMulticast(src) || src == -1) {
            pkt.release();
            return;
        }
        int replySrc = node.isLocalAddress(dst) ? dst : (in.hasAddress() ? in.address() : 0);
        pkt.setInt(i + 12, replySrc);
        pkt.setInt(i + 16, src);
        pkt.setByte(i + 8, 255);
        pkt.setShort(i + 6, pkt.getUnsignedShort(i + 6) & 0x4000);
        Ipv4Header.updateChecksum(pkt, i);
        pkt.setByte(i + hl, IcmpHeader.ECHO_REPLY);
        IcmpHeader.fillChecksum(pkt, i + hl, len);
        sendLocal(pkt, true);
    }

    private void receiveUdp(NodeInterface in, ByteBuf pkt) {
        try {
            int i = pkt.readerIndex();
            int hl = Ipv4Header.headerLength(pkt, i);
            int avail = Ipv4Header.totalLength(pkt, i) - hl;
            UdpHeader udp = UdpHeader.decode(pkt, i + hl, avail);
            int src = Ipv4Header.source(pkt, i);
            int dst = Ipv4Header.destination(pkt, i);
            if (udp == null || !UdpHeader.checksumOk(pkt, i + hl, udp.length(), src, dst)) {
                malformed++;
                in.counters.inputErrors++;
                return;
            }
            UdpSocket s = node.udpSockets().lookup(dst, udp.destinationPort());
            if (s == null) {
                if (dst != -1 && !isDirectedBroadcastOf(in, dst)) {
                    portUnreachable++;
                    icmpError(in, pkt, IcmpHeader.DEST_UNREACHABLE, IcmpHeader.CODE_PORT_UNREACHABLE, 0);
                }
                return;
            }
            ByteBuf payload = pkt.slice(i + hl + UdpHeader.LENGTH, udp.length() - UdpHeader.LENGTH);
            s.deliver(new UdpDatagram(src, udp.sourcePort(), dst, udp.destinationPort(), in, payload));
        } finally {
            pkt.release();
        }
    }

    // ------------------------------------------------------------------ output

    /** Routes and sends a packet originated by the node (or handed in by the API); false when there is no route. */
    boolean sendLocal(ByteBuf pkt, boolean runHooks) {
        try {
            if (pkt.readableBytes() < Ipv4Header.MIN_LENGTH) {
                malformed++;
                pkt.release();
                return false;
            }
            int i = pkt.readerIndex();
            int dst = Ipv4Header.destination(pkt, i);
            ForwardingDecision fd = dst == -1 ? null : node.resolve(dst, Ipv4Header.source(pkt, i));
            if (fd == null) {
                noRoute++;
                pkt.release();
                return false;
            }
            if (Ipv4Header.source(pkt, i) == 0) {
                int src = fd.local() ? dst : fd.iface().address();
                pkt.setInt(i + 12, src);
                Ipv4Header.updateChecksum(pkt, i);
                fixTransportChecksum(pkt, i);
            }
            originated++;
            if (fd.local()) {
                deliverLocal(fd.iface(), pkt);
                return true;
            }
            outputChecked(null, fd, pkt, runHooks);
            return true; // routed; later drops (ARP, MTU, down link) are counted, not reported
        } catch (RuntimeException e) {
            internalErrors++;
            if (pkt.refCnt() > 0) {
                pkt.release(pkt.refCnt());
            }
            node.reportInternalError(e);
            return false;
        }
    }

    /** Sends a locally built packet out of {@code out} to {@code nextHop} without a route lookup (hooks run). */
    void sendDirect(NodeInterface out, int nextHop, ByteBuf pkt) {
        try {
            originated++;
            outputChecked(null, new ForwardingDecision(out, nextHop, false), pkt, true);
        } catch (RuntimeException e) {
            internalErrors++;
            if (pkt.refCnt() > 0) {
                pkt.release(pkt.refCnt());
            }
            node.reportInternalError(e);
        }
    }

    /** After a source address was filled in, UDP/ICMP checksums built over a zero source must be redone. */
    private static void fixTransportChecksum(ByteBuf pkt, int i) {
        int hl = Ipv4Header.headerLength(pkt, i);
        int len = Ipv4Header.totalLength(pkt, i) - hl;
        if (Ipv4Header.isLaterFragment(pkt, i)) {
            return;
        }
        int proto = Ipv4Header.protocol(pkt, i);
        if (proto == Ipv4Header.PROTO_UDP && len >= UdpHeader.LENGTH && pkt.getUnsignedShort(i + hl + 6) != 0
                && !Ipv4Header.isFragment(pkt, i)) {
            UdpHeader.fillChecksum(pkt, i + hl, len, Ipv4Header.source(pkt, i), Ipv4Header.destination(pkt, i));
        }
    }

    private void output(NodeInterface in, ForwardingDecision fd, ByteBuf pkt, boolean forwarded) {
        NodeInterface out = fd.iface();
        int i = pkt.readerIndex();
        if (forwarded) {
            CompiledAcl acl = out.accessGroupOut;
            if (acl != null && !acl.permits(pkt, i)) {
                aclDenied++;
                out.counters.outputDrops++;
                icmpError(in, pkt, IcmpHeader.DEST_UNREACHABLE, IcmpHeader.CODE_ADMIN_PROHIBITED, 0);
                pkt.release();
                return;
            }
            NatEngine nat = node.nat();
            if (nat.enabled() && in != null && in.natRole == NatRole.INSIDE && out.natRole == NatRole.OUTSIDE) {
                if (Ipv4Header.isFragment(pkt, i) && nat.translatesVia(out)) {
                    // reassemble before NAT (the exit fragments it again): later fragments carry no ports
                    pkt = node.reassembler().add(pkt, node.nanoTime(), Node.HEADROOM);
                    if (pkt == null) {
                        return;
                    }
                }
                if (!nat.translateOutbound(pkt, out, node.nanoTime())) {
                    natFailures++;
                    out.counters.outputDrops++;
                    pkt.release();
                    return;
                }
            }
        }
        int mss = clampTo(in, out);
        if (mss > 0 && TcpMss.clamp(pkt, pkt.readerIndex(), mss)) {
            mssClamped++;
        }
        outputChecked(in, fd, pkt, true);
    }

    /** The {@code ip tcp adjust-mss} for a packet from {@code in} to {@code out}: the lower one set, or 0. */
    private static int clampTo(NodeInterface in, NodeInterface out) {
        int a = in == null ? 0 : in.tcpAdjustMss;
        int b = out.tcpAdjustMss;
        return a == 0 ? b : b == 0 ? a : Math.min(a, b);
    }

    private boolean outputChecked(NodeInterface in, ForwardingDecision fd, ByteBuf pkt, boolean runHooks) {
        NodeInterface out = fd.iface();
        if (!out.isUp()) {
            out.counters.outputDrops++;
            pkt.release();
            return false;
        }
        if (out.kind() != InterfaceKind.ETHERNET && !out.captures.isEmpty()) {
            captureIp(out, pkt, false);
        }
        if (out instanceof TunnelInterface t && t.gre() != null) {
            return node.gre().output(in, t, fd.nextHop(), pkt, runHooks);
        }
        if (runHooks && !out.hooks.isEmpty()) {
            for (PacketHook h : out.hooks) {
                int bytes = pkt.readableBytes();
                PacketHook.Verdict v = h.egress(out, pkt);
                if (v == PacketHook.Verdict.CONSUMED) {
                    if (out.kind() != InterfaceKind.ETHERNET) {
                        out.counters.outputPackets++;
                        out.counters.outputBytes += bytes;
                    }
                    return true;
                }
                if (v == PacketHook.Verdict.DROP) {
                    hookDrops++;
                    out.counters.outputDrops++;
                    pkt.release();
                    return false;
                }
            }
        }
        if (out instanceof EthernetInterface eth) {
            return transmitIp(in, eth, fd.nextHop(), pkt);
        }
        // a tunnel nobody protects, or a loopback subnet: discarded
        out.counters.outputDrops++;
        pkt.release();
        return false;
    }

    private boolean transmitIp(NodeInterface in, EthernetInterface out, int nextHop, ByteBuf pkt) {
        int i = pkt.readerIndex();
        int total = pkt.readableBytes();
        if (total <= out.mtu()) {
            return sendResolved(out, nextHop, pkt);
        }
        if (Ipv4Header.dontFragment(pkt, i)) {
            fragmentationNeeded++;
            out.counters.outputDrops++;
            icmpError(in, pkt, IcmpHeader.DEST_UNREACHABLE, IcmpHeader.CODE_FRAGMENTATION_NEEDED, out.mtu());
            pkt.release();
            return false;
        }
        List<ByteBuf> frags;
        try {
            frags = Fragmenter.fragment(pkt, out.mtu(), alloc, Node.HEADROOM);
        } finally {
            pkt.release();
        }
        fragmentsCreated += frags.size();
        boolean ok = true;
        for (ByteBuf f : frags) {
            ok &= sendResolved(out, nextHop, f);
        }
        return ok;
    }

    private boolean sendResolved(EthernetInterface out, int nextHop, ByteBuf pkt) {
        MacAddress mac;
        if (nextHop == -1 || (out.hasAddress() && out.prefixLength() < 31 && nextHop == out.directedBroadcast())) {
            mac = MacAddress.BROADCAST;
        } else if (Ipv4Address.isMulticast(nextHop)) {
            mac = new MacAddress(0x0100_5e00_0000L | (nextHop & 0x7f_ffffL)); // RFC 1112 6.4
        } else {
            mac = node.arp().lookup(nextHop, out);
            if (mac == null) {
                if (out.hasAddress() && node.arp().shouldRequest(nextHop, node.nanoTime())) {
                    sendArp(out, ArpPacket.request(out.mac(), out.address(), nextHop), MacAddress.BROADCAST);
                }
                arpDrops++;
                out.counters.outputDrops++;
                pkt.release();
                return false;
            }
        }
        ByteBuf frame = prependEthernet(pkt, mac, out.mac());
        out.transmitFrame(frame);
        return true;
    }

    private ByteBuf prependEthernet(ByteBuf pkt, MacAddress dst, MacAddress src) {
        EthernetHeader h = new EthernetHeader(dst, src, EthernetHeader.TYPE_IPV4);
        if (pkt.readerIndex() >= EthernetHeader.LENGTH && !pkt.isReadOnly() && pkt.refCnt() == 1) {
            int at = pkt.readerIndex() - EthernetHeader.LENGTH;
            pkt.readerIndex(at);
            h.write(pkt, at);
            return pkt;
        }
        ByteBuf f = alloc.heapBuffer(EthernetHeader.LENGTH + pkt.readableBytes());
        f.writerIndex(EthernetHeader.LENGTH);
        h.write(f, 0);
        f.writeBytes(pkt);
        pkt.release();
        return f;
    }

    // ------------------------------------------------------------------ ICMP errors

    /**
     * Sends an ICMP error about {@code orig} (not released here) back to its source, unless
     * RFC 1122 forbids it (errors about errors, later fragments, broadcasts, unspecified sources).
     */
    void icmpError(NodeInterface in, ByteBuf orig, int type, int code, int restOfHeader) {
        int i = orig.readerIndex();
        int src = Ipv4Header.source(orig, i);
        int dst = Ipv4Header.destination(orig, i);
        if (src == 0 || src == -1 || Ipv4Address.isMulticast(src) || Ipv4Address.isMulticast(dst) || dst == -1
                || Ipv4Header.isLaterFragment(orig, i)) {
            return;
        }
        if (type == IcmpHeader.DEST_UNREACHABLE && code != IcmpHeader.CODE_FRAGMENTATION_NEEDED
                && unreachableInterval > 0) {
            long now = node.nanoTime();
            if (lastUnreachable != Long.MIN_VALUE && now - lastUnreachable < unreachableInterval) {
                unreachablesSuppressed++;
                return; // IOS: ip icmp rate-limit unreachable 500 (hence U.U.U)
            }
            lastUnreachable = now;
        }
        int hl = Ipv4Header.headerLength(orig, i);
        int total = Math.min(orig.readableBytes(), Ipv4Header.totalLength(orig, i));
        if (Ipv4Header.protocol(orig, i) == Ipv4Header.PROTO_ICMP && total > hl) {
            int t = orig.getUnsignedByte(i + hl);
            if (t != IcmpHeader.ECHO_REQUEST && t != IcmpHeader.ECHO_REPLY) {
                return;
            }
        }
        int errSrc;
        if (type == IcmpHeader.DEST_UNREACHABLE && node.isLocalAddress(dst)) {
            errSrc = dst; // we are the destination (port/protocol unreachable): answer from it
        } else if (in != null && in.hasAddress()) {
            errSrc = in.address();
        } else {
            ForwardingDecision back = node.resolve(src);
            errSrc = back == null ? 0 : (back.local() ? src : back.iface().address());
        }
        int quote = Math.min(total, hl + 8);
        int len = Ipv4Header.MIN_LENGTH + IcmpHeader.LENGTH + quote;
        ByteBuf b = allocatePacket(len);
        Ipv4Header.write(b, 0xc0, len, nextIpId(), 0, 255, Ipv4Header.PROTO_ICMP, errSrc, src);
        int ic = b.writerIndex();
        b.writeByte(type);
        b.writeByte(code);
        b.writeShort(0);
        b.writeInt(restOfHeader);
        b.writeBytes(orig, i, quote);
        IcmpHeader.fillChecksum(b, ic, IcmpHeader.LENGTH + quote);
        sendLocal(b, true);
    }

    // ------------------------------------------------------------------ helpers

    ByteBuf allocatePacket(int size) {
        ByteBuf b = alloc.heapBuffer(Node.HEADROOM + size);
        b.writerIndex(Node.HEADROOM);
        b.readerIndex(Node.HEADROOM);
        return b;
    }

    int nextIpId() {
        int id = nextId;
        nextId = (nextId + 1) & 0xffff;
        return id;
    }

    void capture(NodeInterface iface, ByteBuf frame, boolean inbound) {
        long now = System.currentTimeMillis() * 1000L;
        for (PacketCapture c : iface.captures) {
            c.record(frame, inbound, now);
        }
    }

    void captureIp(NodeInterface iface, ByteBuf ipPacket, boolean inbound) {
        ByteBuf f = alloc.buffer(EthernetHeader.LENGTH + ipPacket.readableBytes());
        try {
            new EthernetHeader(MacAddress.ZERO, MacAddress.ZERO, EthernetHeader.TYPE_IPV4).write(f, 0);
            f.writerIndex(EthernetHeader.LENGTH);
            f.writeBytes(ipPacket, ipPacket.readerIndex(), ipPacket.readableBytes());
            capture(iface, f, inbound);
        } finally {
            f.release();
        }
    }

    TrafficStats stats(Reassembler r) {
        return new TrafficStats(received, delivered, forwarded, originated, malformed, noRoute, ttlExpired, arpDrops,
                aclDenied, fragmentsCreated, fragmentationNeeded, r.reassembled, r.failures, r.timeouts,
                unknownProtocol, portUnreachable, hookDrops, natFailures, notForUs, internalErrors, unreachablesSuppressed);
    }
}
