package iosim.shell.controller;

import iosim.shell.controller.tunnel.ConnIds;
import iosim.shell.controller.tunnel.SpiText;
import iosim.dataplane.Node;
import iosim.dataplane.NodeInterface;
import iosim.dataplane.PacketHook;
import iosim.dataplane.UdpDatagram;
import iosim.dataplane.UdpSocket;
import iosim.dataplane.ipsec.DropReason;
import iosim.dataplane.ipsec.InboundResult;
import iosim.dataplane.ipsec.IpsecEngine;
import iosim.dataplane.ipsec.OutboundResult;
import iosim.dataplane.packet.Fragmenter;
import iosim.ike.net.Datagram;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.net.InetSocketAddress;
import java.util.function.Consumer;

/**
 * Connects a router's {@link IpsecEngine} and IKE datagrams to its {@link Node}: a
 * {@link PacketHook} on every interface (egress through the interface's SPD, ingress ESP/AH and
 * UDP 4500 demultiplexing), the ESP/AH handler for reassembled packets, and the UDP 500/4500
 * sockets IKE sends from. Runs on the node's event loop.
 */
final class IpsecGlue implements PacketHook {
    /** The smallest plaintext MTU fragmented before encryption (a 20-byte header and 8 bytes of data, rounded). */
    private static final int MIN_FRAGMENT_MTU = 68;
    private static final int MARKER = 4;

    private final Node node;
    private final IpsecEngine ipsec;
    private final Consumer<Datagram> ikeIn;
    private final Consumer<String> syslog;
    private final CryptoErrorLog errors;
    private final java.util.function.BooleanSupplier cryptoConfigured;
    private final ConnIds connIds;
    private UdpSocket ike500;
    private UdpSocket natT4500;

    /**
     * @param cryptoConfigured false while the router has no crypto map or tunnel protection: ESP and
     *        UDP 4500 addressed to it are then left to the rest of the pipeline (e.g. a PAT router
     *        translating its inside hosts' NAT-T traffic)
     */
    IpsecGlue(Node node, IpsecEngine ipsec, Consumer<Datagram> ikeIn, Consumer<String> syslog,
              java.util.function.BooleanSupplier cryptoConfigured, ConnIds connIds) {
        this.cryptoConfigured = cryptoConfigured;
        this.connIds = connIds;
        this.node = node;
        this.ipsec = ipsec;
        this.ikeIn = ikeIn;
        this.syslog = syslog;
        this.errors = new CryptoErrorLog(syslog, System::nanoTime);
    }

    /** Binds UDP 500 and 4500 and registers ESP/AH; call once on the loop. */
    void start() {
        ike500 = node.bindUdp(0, 500, this::udp500).join();
        natT4500 = node.bindUdp(0, 4500, this::udp4500).join();
        node.registerProtocol(50, this::reassembled);
        node.registerProtocol(51, this::reassembled);
    }

    void attach(String ifName) {
        node.addHook(ifName, this);
    }

    /** Sends one IKE datagram: port 4500 with the non-ESP marker once NAT-T floated, else 500. */
    void sendIke(Datagram d) {
        int src = CryptoCompiler.bits(d.source().getAddress());
        int dst = CryptoCompiler.bits(d.destination().getAddress());
        boolean natT = d.source().getPort() == 4500 || d.destination().getPort() == 4500;
        ByteBuf payload;
        if (natT && !d.isNatKeepalive()) {
            payload = Unpooled.buffer(MARKER + d.data().length);
            payload.writeInt(0);
            payload.writeBytes(d.data());
        } else {
            payload = Unpooled.wrappedBuffer(d.data());
        }
        (natT ? natT4500 : ike500).send(src, dst, d.destination().getPort(), payload, true);
    }

    private void udp500(UdpDatagram u) {
        byte[] data = new byte[u.payload().readableBytes()];
        u.payload().getBytes(u.payload().readerIndex(), data);
        ikeIn.accept(new Datagram(addr(u.source(), u.sourcePort()), addr(u.destination(), u.destinationPort()), data));
    }

    /** UDP 4500 that reached local delivery (the ingress hook normally catches it first). */
    private void udp4500(UdpDatagram u) {
        ByteBuf p = u.payload();
        if (p.readableBytes() > MARKER && p.getInt(p.readerIndex()) == 0) {
            byte[] data = new byte[p.readableBytes() - MARKER];
            p.getBytes(p.readerIndex() + MARKER, data);
            ikeIn.accept(new Datagram(addr(u.source(), u.sourcePort()), addr(u.destination(), u.destinationPort()), data));
        }
    }

    private void reassembled(NodeInterface in, ByteBuf packet) {
        Verdict v = ingress(in, packet);
        if (v == Verdict.PASS || v == Verdict.DROP) {
            packet.release();
        }
    }

    @Override
    public Verdict egress(NodeInterface iface, ByteBuf packet) {
        OutboundResult r = ipsec.processOutbound(iface.name(), packet);
        if (r instanceof OutboundResult.Protected p) {
            node.sendIpv4Unhooked(p.packet());
            return Verdict.CONSUMED;
        }
        if (r instanceof OutboundResult.TooBig tb) {
            // fragmentation needed, with the tunnel's MTU: path-MTU discovery learns it
            node.sendIpv4Unhooked(tb.icmpError());
            return Verdict.CONSUMED;
        }
        if (r instanceof OutboundResult.FragmentFirst ff) {
            // IOS's default: fragment the clear packet, then encrypt every fragment
            if (ff.plaintextMtu() >= MIN_FRAGMENT_MTU) {
                for (ByteBuf fragment : Fragmenter.fragment(packet, ff.plaintextMtu(), node.allocator(), Node.HEADROOM)) {
                    if (egress(iface, fragment) == Verdict.PASS) {
                        fragment.release();
                    }
                }
            }
            packet.release();
            return Verdict.CONSUMED;
        }
        if (r instanceof OutboundResult.Dropped) {
            return Verdict.CONSUMED;
        }
        return Verdict.PASS;
    }

    @Override
    public Verdict ingress(NodeInterface iface, ByteBuf packet) {
        int ri = packet.readerIndex();
        long spi = -1;
        long seq = -1;
        int src = 0;
        int dst = 0;
        if (packet.readableBytes() >= 28) {
            int hl = (packet.getByte(ri) & 0x0f) * 4;
            int proto = packet.getUnsignedByte(ri + 9);
            src = packet.getInt(ri + 12);
            dst = packet.getInt(ri + 16);
            if (proto == 51) {
                spi = 0;
            } else if (proto == 50 && packet.readableBytes() >= hl + 4) {
                spi = packet.getUnsignedInt(ri + hl);
                seq = packet.readableBytes() >= hl + 8 ? packet.getUnsignedInt(ri + hl + 4) : -1;
            } else if (proto == 17 && packet.readableBytes() >= hl + 12 && packet.getUnsignedShort(ri + hl + 2) == 4500) {
                spi = packet.getUnsignedInt(ri + hl + 8);
                seq = packet.readableBytes() >= hl + 16 ? packet.getUnsignedInt(ri + hl + 12) : -1;
            }
        }
        if (spi >= 0 && (!node.isLocalAddress(dst) || !cryptoConfigured.getAsBoolean())) {
            return Verdict.PASS;
        }
        InboundResult r = ipsec.processInbound(iface.name(), packet);
        if (r instanceof InboundResult.Decapsulated d) {
            NodeInterface target = node.iface(d.interfaceName());
            node.injectIpv4(target == null ? iface : target, d.inner());
            return Verdict.CONSUMED;
        }
        if (r instanceof InboundResult.IkeOnNatTPort m) {
            byte[] data = new byte[m.message().readableBytes()];
            m.message().getBytes(m.message().readerIndex(), data);
            m.message().release();
            ikeIn.accept(new Datagram(addr(m.source(), m.sourcePort()), addr(m.destination(), m.destinationPort()), data));
            return Verdict.CONSUMED;
        }
        if (r instanceof InboundResult.Dropped dr) {
            long s = spi;
            long q = seq;
            int from = src;
            int to = dst;
            if (dr.reason() == DropReason.UNKNOWN_SPI && spi > 0) {
                errors.log("RECVD_PKT_INV_SPI", () -> String.format("%%CRYPTO-4-RECVD_PKT_INV_SPI: decaps: rec'd IPSEC "
                        + "packet has invalid spi for destaddr=%s, prot=50, spi=%s, srcaddr=%s, input interface=%s",
                        CryptoCompiler.inet(to).getHostAddress(), SpiText.esp(s),
                        CryptoCompiler.inet(from).getHostAddress(), iface.name()));
            } else if (dr.reason() == DropReason.REPLAYED || dr.reason() == DropReason.TOO_OLD) {
                errors.log("PKT_REPLAY_ERR", () -> "%CRYPTO-4-PKT_REPLAY_ERR: decrypt: replay check failed\n"
                        + "        connection id=" + connIds.inbound(s) + ", sequence number=" + q);
            } else if (dr.reason() == DropReason.AUTH_FAILED) {
                errors.log("RECVD_PKT_MAC_ERR", () -> "%CRYPTO-4-RECVD_PKT_MAC_ERR: decrypt: mac verify failed for "
                        + "connection id=" + connIds.inbound(s) + " sequence number=" + q);
            }
            return Verdict.CONSUMED;
        }
        return Verdict.PASS;
    }

    static InetSocketAddress addr(int a, int port) {
        return new InetSocketAddress(CryptoCompiler.inet(a), port);
    }
}
