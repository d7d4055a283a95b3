package iosim.dataplane.ipsec.node;

import iosim.dataplane.LocalProtocolHandler;
import iosim.dataplane.Node;
import iosim.dataplane.NodeInterface;
import iosim.dataplane.PacketHook;
import iosim.dataplane.UdpDatagram;
import iosim.dataplane.ipsec.GlobalIpsecCounters;
import iosim.dataplane.ipsec.InboundResult;
import iosim.dataplane.ipsec.IpsecEngine;
import iosim.dataplane.ipsec.IpsecEvent;
import iosim.dataplane.ipsec.IpsecFlowSnapshot;
import iosim.dataplane.ipsec.OutboundResult;
import iosim.dataplane.ipsec.SaPairHandle;
import iosim.dataplane.ipsec.SaPairSpec;
import iosim.dataplane.ipsec.NatKeepalive;
import iosim.dataplane.ipsec.UdpEncapsulation;
import iosim.dataplane.ipsec.export.IkeSaKeys;
import iosim.dataplane.ipsec.export.TsharkKeyExport;
import iosim.dataplane.ipsec.spd.InterfacePolicy;
import io.netty.buffer.ByteBuf;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * The IPsec data path of one {@link Node}: owns its {@link IpsecEngine} on the node's event loop
 * and plugs it into the packet path with {@link PacketHook}s. This is the controller's API:
 * every method may be called from any thread (it hops onto the node's loop); events are
 * delivered on the loop.
 *
 * <p>Wiring: {@link #setInterfacePolicy} hooks the interface the policy is for (a crypto-map
 * interface, or a Tunnel interface for a VTI). {@link #listenOn} hooks an interface where ESP may
 * arrive without a policy of its own (the physical interface under a VTI). ESP/AH that arrives
 * fragmented is handed over after reassembly through the node's protocol handlers for 50 and 51.
 * UDP 4500 traffic that is IKE (non-ESP marker) is left to whoever bound UDP 4500 on the node.
 */
public final class NodeIpsec {
    private final Node node;
    private final IpsecEngine engine;
    private final Hook hook = new Hook();
    private final Set<String> hooked = new HashSet<>();
    private final ScheduledFuture<?> lifetimeTimer;

    /**
     * @param nanoClock             the node's nanosecond clock (virtual in tests)
     * @param events                receives acquire/lifetime/exhaustion events, on the node's loop
     * @param periodicLifetimeCheck check SA lifetimes every second on the loop (tests with a fake
     *                              clock pass false and call {@link #checkLifetimes()})
     */
    public NodeIpsec(Node node, LongSupplier nanoClock, Consumer<IpsecEvent> events, boolean periodicLifetimeCheck) {
        this.node = node;
        this.engine = new IpsecEngine(node.allocator(), () -> nanoClock.getAsLong() / 1_000_000, events,
                Node.HEADROOM);
        LocalProtocolHandler reassembled = this::receiveReassembled;
        node.registerProtocol(50, reassembled);
        node.registerProtocol(51, reassembled);
        this.lifetimeTimer = periodicLifetimeCheck
                ? node.eventLoop().scheduleAtFixedRate(engine::checkLifetimes, 1, 1, TimeUnit.SECONDS) : null;
    }

    /** The engine itself, for code already running on the node's loop (e.g. a benchmark). */
    public IpsecEngine engineOnLoop() {
        return engine;
    }

    /** Sets or replaces the SPD of an interface and hooks it. */
    public CompletableFuture<Void> setInterfacePolicy(InterfacePolicy policy) {
        return node.call(() -> {
            engine.setInterfacePolicy(policy);
            hookOnLoop(policy.interfaceName());
            return null;
        });
    }

    /** Removes an interface's SPD and its SAs ({@code no crypto map}); the hook stays (harmless). */
    public CompletableFuture<Void> removeInterfacePolicy(String interfaceName) {
        return node.call(() -> {
            engine.removeInterfacePolicy(interfaceName);
            return null;
        });
    }

    /** Hooks an interface where ESP/AH/UDP-4500 may arrive for SAs of another interface's policy. */
    public CompletableFuture<Void> listenOn(String interfaceName) {
        return node.call(() -> {
            hookOnLoop(interfaceName);
            return null;
        });
    }

    private void hookOnLoop(String interfaceName) {
        if (hooked.add(interfaceName)) {
            node.addHook(interfaceName, hook);
        }
    }

    public CompletableFuture<SaPairHandle> installSaPair(SaPairSpec spec) {
        return node.call(() -> engine.installSaPair(spec));
    }

    public CompletableFuture<Void> removeSaPair(SaPairHandle handle) {
        return node.call(() -> {
            engine.removeSaPair(handle);
            return null;
        });
    }

    /** {@code clear crypto sa [peer P]}: peer 0 = all. */
    public CompletableFuture<Void> clearSas(int peerOrZero) {
        return node.call(() -> {
            engine.clearSas(peerOrZero);
            return null;
        });
    }

    /** {@code clear crypto sa counters}. */
    public CompletableFuture<Void> clearCounters() {
        return node.call(() -> {
            engine.clearCounters();
            return null;
        });
    }

    /** Immutable snapshots for {@code show crypto ipsec sa}. */
    public CompletableFuture<List<IpsecFlowSnapshot>> snapshot() {
        return node.call(engine::snapshot);
    }

    public CompletableFuture<GlobalIpsecCounters> globalCounters() {
        return node.call(engine::globalCounters);
    }

    /** The {@code esp_sa} UAT file content for the live SAs (secret!). */
    public CompletableFuture<String> exportEspSaFile() {
        return node.call(() -> TsharkKeyExport.espSaFile(engine.liveSas()));
    }

    /** tshark {@code -o} options decrypting the live SAs (and the given IKE SAs). */
    public CompletableFuture<List<String>> tsharkOptions(List<IkeSaKeys> ikeKeys) {
        return node.call(() -> TsharkKeyExport.tsharkOptions(engine.liveSas(), ikeKeys));
    }

    /**
     * Sends one RFC 3948 NAT-keepalive from {@code local} to {@code peer} on the given NAT-T ports
     * (the controller/IKE side decides when: typically every 20 s while behind a NAT).
     */
    public CompletableFuture<Void> sendNatKeepalive(int local, int peer, UdpEncapsulation ports) {
        return node.call(() -> {
            node.sendIpv4Unhooked(NatKeepalive.packet(local, peer, ports, node.allocator(), Node.HEADROOM,
                    node.nextIpId()));
            return null;
        });
    }

    /** Runs the lifetime check now (on the loop). */
    public CompletableFuture<Void> checkLifetimes() {
        return node.call(() -> {
            engine.checkLifetimes();
            return null;
        });
    }

    /** Stops the lifetime timer and wipes every SA. */
    public CompletableFuture<Void> close() {
        if (lifetimeTimer != null) {
            lifetimeTimer.cancel(false);
        }
        return node.call(() -> {
            engine.clearSas(0);
            node.registerProtocol(50, null);
            node.registerProtocol(51, null);
            for (String ifName : hooked) {
                node.removeHook(ifName, hook);
            }
            hooked.clear();
            return null;
        });
    }

    /**
     * For whoever owns UDP port 4500 on the node (the IKE side): hands over a datagram that is ESP
     * (its first four bytes are not the zero non-ESP marker). Normally the ingress hook takes ESP
     * before it reaches the socket; this covers ESP-in-UDP that arrived fragmented and was
     * reassembled. Call on the node's loop, during {@link iosim.dataplane.UdpReceiver#receive}
     * (the payload is copied, not retained).
     *
     * @return true if it was ESP (handled), false if it is IKE (marker present) or a keepalive
     */
    public boolean receiveEspInUdp(UdpDatagram d) {
        ByteBuf payload = d.payload();
        int len = payload.readableBytes();
        if (len < 8 || payload.getInt(payload.readerIndex()) == 0) {
            return false;
        }
        int total = 28 + len;
        ByteBuf pkt = node.allocator().heapBuffer(total);
        byte[] hdr = new byte[28];
        hdr[0] = 0x45;
        hdr[2] = (byte) (total >>> 8);
        hdr[3] = (byte) total;
        hdr[8] = 64;
        hdr[9] = 17;
        putInt(hdr, 12, d.source());
        putInt(hdr, 16, d.destination());
        hdr[20] = (byte) (d.sourcePort() >>> 8);
        hdr[21] = (byte) d.sourcePort();
        hdr[22] = (byte) (d.destinationPort() >>> 8);
        hdr[23] = (byte) d.destinationPort();
        hdr[24] = (byte) ((8 + len) >>> 8);
        hdr[25] = (byte) (8 + len);
        pkt.writeBytes(hdr);
        pkt.writeBytes(payload, payload.readerIndex(), len);
        InboundResult r = engine.processInbound(d.in() == null ? "" : d.in().name(), pkt);
        if (!deliver(r)) {
            pkt.release();
        }
        return true;
    }

    private static void putInt(byte[] a, int off, int v) {
        a[off] = (byte) (v >>> 24);
        a[off + 1] = (byte) (v >>> 16);
        a[off + 2] = (byte) (v >>> 8);
        a[off + 3] = (byte) v;
    }

    private void receiveReassembled(NodeInterface in, ByteBuf packet) {
        InboundResult r = engine.processInbound(in.name(), packet);
        if (!deliver(r)) {
            packet.release();           // ESP/AH addressed to us that is not ours to take: nothing else wants it
        }
    }

    /** Acts on a consumed inbound result; false if the packet was not IPsec's. */
    private boolean deliver(InboundResult r) {
        if (r instanceof InboundResult.Decapsulated d) {
            NodeInterface target = node.iface(d.interfaceName());
            if (target == null) {
                d.inner().release();
            } else {
                node.injectIpv4(target, d.inner());
            }
            return true;
        }
        return r instanceof InboundResult.Dropped;
    }

    /** ESP, AH or UDP/4500 that is not addressed to this router. */
    private boolean isTransitIpsec(ByteBuf p) {
        int ri = p.readerIndex();
        if (p.readableBytes() < 28) {
            return false;
        }
        int proto = p.getUnsignedByte(ri + 9);
        int hl = (p.getByte(ri) & 0x0f) * 4;
        boolean ipsec = proto == 50 || proto == 51
                || proto == 17 && p.readableBytes() >= hl + 4 && p.getUnsignedShort(ri + hl + 2) == 4500;
        return ipsec && !node.isLocalAddress(p.getInt(ri + 16));
    }

    private final class Hook implements PacketHook {
        @Override
        public Verdict egress(NodeInterface iface, ByteBuf packet) {
            OutboundResult r = engine.processOutbound(iface.name(), packet);
            if (r instanceof OutboundResult.Protected p) {
                node.sendIpv4Unhooked(p.packet());
                return Verdict.CONSUMED;
            }
            if (r instanceof OutboundResult.TooBig tb) {
                node.sendIpv4(tb.icmpError());
                return Verdict.CONSUMED;
            }
            if (r instanceof OutboundResult.FragmentFirst ff) {
                for (ByteBuf f : iosim.dataplane.packet.Fragmenter.fragment(packet, ff.plaintextMtu(), node.allocator(),
                        Node.HEADROOM)) {
                    if (egress(iface, f) == Verdict.PASS) {
                        f.release();
                    }
                }
                packet.release();
                return Verdict.CONSUMED;
            }
            return r instanceof OutboundResult.Dropped ? Verdict.CONSUMED : Verdict.PASS;
        }

        @Override
        public Verdict ingress(NodeInterface iface, ByteBuf packet) {
            if (isTransitIpsec(packet)) {
                return Verdict.PASS;        // someone else's ESP/AH/NAT-T passing through: just forward it
            }
            InboundResult r = engine.processInbound(iface.name(), packet);
            return deliver(r) ? Verdict.CONSUMED : Verdict.PASS;
        }
    }
}
