package iosim.dataplane;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.channel.EventLoop;
import io.netty.util.concurrent.ScheduledFuture;
import iosim.dataplane.acl.CompiledAcl;
import iosim.dataplane.capture.PacketCapture;
import iosim.dataplane.nat.NatEngine;
import iosim.dataplane.nat.NatTranslation;
import iosim.dataplane.packet.MacAddress;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * One simulated router's dataplane, pinned to one Netty {@link EventLoop}: every packet, timer
 * and table of the node is touched only on that loop, so the fast path takes no locks.
 *
 * <p>Every public method may be called from any thread: mutations hop onto the loop (returning
 * a future that completes once applied), show-style reads return snapshots taken on the loop.
 * Interface names are free text (the controller uses IOS names such as
 * {@code GigabitEthernet0/0}).
 */
public final class Node {
    /** Bytes kept free in front of every packet the node allocates, for link and tunnel headers. */
    public static final int HEADROOM = 64;

    /** Direction of an access-group. */
    public enum Direction { IN, OUT }

    private final String name;
    private final EventLoop loop;
    private final LongSupplier clock;
    private final ByteBufAllocator alloc;
    private final Map<String, NodeInterface> interfaces = new ConcurrentHashMap<>();
    private final List<NodeInterface> ordered = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final RoutingTable routes = new RoutingTable();
    private final ArpTable arp = new ArpTable();
    private final Reassembler reassembler;
    private final PacketPipeline pipeline;
    private final UdpSockets udpSockets = new UdpSockets();
    private final IcmpProbes probes;
    private final NatEngine nat;
    private final GreEngine gre;
    private final Map<Integer, LocalProtocolHandler> protocolHandlers = new ConcurrentHashMap<>();
    private volatile int[] localAddresses = new int[0];
    private volatile int[] groups = new int[0];
    private volatile Consumer<Throwable> errorListener = e -> { };
    private final ScheduledFuture<?> maintenance;

    /** A node on {@code loop}, with the system clock and Netty's pooled allocator. */
    public Node(String name, EventLoop loop) {
        this(name, loop, System::nanoTime, true);
    }

    /**
     * @param clock nanosecond clock for ageing (ARP, reassembly, NAT)
     * @param periodicMaintenance whether to run {@link #runMaintenance()} every second on the loop
     *        (tests with a fake clock pass false and call it themselves)
     */
    public Node(String name, EventLoop loop, LongSupplier clock, boolean periodicMaintenance) {
        this.name = name;
        this.loop = loop;
        this.clock = clock;
        this.alloc = PooledByteBufAllocator.DEFAULT;
        this.reassembler = new Reassembler(alloc);
        this.pipeline = new PacketPipeline(this, alloc);
        this.probes = new IcmpProbes(this);
        this.nat = new NatEngine(this::isLocalAddress);
        this.gre = new GreEngine(this, pipeline);
        this.maintenance = periodicMaintenance
                ? loop.scheduleAtFixedRate(this::runMaintenance, 1, 1, TimeUnit.SECONDS) : null;
    }

    public String name() {
        return name;
    }

    public EventLoop eventLoop() {
        return loop;
    }

    public boolean inLoop() {
        return loop.inEventLoop();
    }

    public ByteBufAllocator allocator() {
        return alloc;
    }

    /** Runs {@code task} on the node's loop (inline when already there). */
    public void execute(Runnable task) {
        if (loop.inEventLoop()) {
            task.run();
        } else {
            loop.execute(task);
        }
    }

    /** Like {@link #execute} but releases {@code buf} if the loop has shut down. */
    void executeOrRelease(Runnable task, ByteBuf buf) {
        try {
            execute(task);
        } catch (RejectedExecutionException e) {
            buf.release();
        }
    }

    /** Runs {@code task} on the loop and returns its result. */
    public <T> CompletableFuture<T> call(Callable<T> task) {
        CompletableFuture<T> f = new CompletableFuture<>();
        execute(() -> {
            try {
                f.complete(task.call());
            } catch (Throwable t) {
                f.completeExceptionally(t);
            }
        });
        return f;
    }

    private CompletableFuture<Void> run(Runnable task) {
        return call(() -> {
            task.run();
            return null;
        });
    }

    /** Receives unexpected exceptions caught in the packet path (they never propagate). */
    public void onInternalError(Consumer<Throwable> listener) {
        this.errorListener = listener;
    }

    void reportInternalError(Throwable t) {
        try {
            errorListener.accept(t);
        } catch (RuntimeException ignored) {
            // a listener must not break the pipeline
        }
    }

    // ------------------------------------------------------------------ interfaces

    public CompletableFuture<EthernetInterface> addEthernet(String ifName, MacAddress mac) {
        return call(() -> add(new EthernetInterface(this, ifName, mac)));
    }

    public CompletableFuture<LoopbackInterface> addLoopback(String ifName) {
        return call(() -> add(new LoopbackInterface(this, ifName)));
    }

    public CompletableFuture<TunnelInterface> addTunnel(String ifName) {
        return call(() -> add(new TunnelInterface(this, ifName)));
    }

    private <T extends NodeInterface> T add(T i) {
        if (interfaces.putIfAbsent(i.name(), i) != null) {
            throw new IllegalArgumentException("interface exists: " + i.name());
        }
        ordered.add(i);
        interfaceStateChanged(i);
        return i;
    }

    /** Removes an interface: closes its link and captures, drops its routes. */
    public CompletableFuture<Void> removeInterface(String ifName) {
        return run(() -> {
            NodeInterface i = interfaces.remove(ifName);
            if (i == null) {
                return;
            }
            ordered.remove(i);
            if (i instanceof EthernetInterface e) {
                if (e.link() != null) {
                    e.link().close();
                }
                arp.flush(e);
            }
            i.captures.forEach(PacketCapture::close);
            i.captures.clear();
            refreshTables();
        });
    }

    /** The interface called {@code ifName}, or null. Any thread. */
    public NodeInterface iface(String ifName) {
        return interfaces.get(ifName);
    }

    public EthernetInterface ethernet(String ifName) {
        return (EthernetInterface) require(ifName);
    }

    /** Interfaces in creation order. Any thread. */
    public List<NodeInterface> interfaces() {
        return List.copyOf(ordered);
    }

    private NodeInterface require(String ifName) {
        NodeInterface i = interfaces.get(ifName);
        if (i == null) {
            throw new IllegalArgumentException("no interface " + ifName);
        }
        return i;
    }

    /** Sets the primary address; sends a gratuitous ARP when the interface is up. */
    public CompletableFuture<Void> setAddress(String ifName, int address, int prefixLength) {
        return run(() -> {
            NodeInterface i = require(ifName);
            i.setAddress(address, prefixLength);
            if (i instanceof EthernetInterface e) {
                arp.flush(e);
            }
            interfaceStateChanged(i);
        });
    }

    public CompletableFuture<Void> clearAddress(String ifName) {
        return setAddress(ifName, 0, -1);
    }

    /** {@code shutdown} (false) / {@code no shutdown} (true). */
    public CompletableFuture<Void> setAdminUp(String ifName, boolean up) {
        return run(() -> {
            NodeInterface i = require(ifName);
            i.setAdminUp(up);
            interfaceStateChanged(i);
        });
    }

    public CompletableFuture<Void> setMtu(String ifName, int mtu) {
        if (mtu < 68 || mtu > 9216) {
            throw new IllegalArgumentException("MTU " + mtu);
        }
        return run(() -> require(ifName).setMtu(mtu));
    }

    /** {@code ip tcp adjust-mss N} on {@code ifName} (0 removes it). */
    public CompletableFuture<Void> setTcpAdjustMss(String ifName, int mss) {
        if (mss < 0 || mss > 65535) {
            throw new IllegalArgumentException("MSS " + mss);
        }
        return run(() -> require(ifName).tcpAdjustMss = mss);
    }

    public CompletableFuture<Void> setDescription(String ifName, String text) {
        return run(() -> require(ifName).setDescription(text));
    }

    public CompletableFuture<Void> setMac(String ifName, MacAddress mac) {
        return run(() -> ((EthernetInterface) require(ifName)).setMac(mac));
    }

    /** Tunnel line protocol, set by whoever owns its protection (e.g. up once IPsec SAs are installed). */
    public CompletableFuture<Void> setTunnelLineUp(String ifName, boolean up) {
        return run(() -> {
            TunnelInterface t = (TunnelInterface) require(ifName);
            t.setLineUp(up);
            interfaceStateChanged(t);
        });
    }

    public CompletableFuture<Void> setTunnelEndpoints(String ifName, int source, int destination) {
        return run(() -> {
            TunnelInterface t = (TunnelInterface) require(ifName);
            t.setEndpoints(source, destination);
            interfaceStateChanged(t);
        });
    }

    /**
     * Makes {@code ifName} a GRE tunnel with {@code settings} ({@code tunnel mode gre ip}), or an
     * IPsec VTI again when null. A GRE tunnel's line protocol is worked out by the node.
     */
    public CompletableFuture<Void> setGre(String ifName, GreSettings settings) {
        return run(() -> {
            TunnelInterface t = (TunnelInterface) require(ifName);
            GreSettings old = t.gre();
            t.setGre(settings);
            if (settings != null && (old == null || old.keepaliveSeconds() != settings.keepaliveSeconds())) {
                t.nextKeepaliveNanos = nanoTime();
                t.keepalivesUnanswered = 0;
                t.keepaliveDown = false;
            }
            interfaceStateChanged(t);
        });
    }

    /**
     * A multipoint GRE tunnel's mappings: tunnel next hop to NBMA (transport) address, and the NBMA
     * addresses multicast and broadcast are replicated to (NHRP, or {@code ip nhrp map}, fills them).
     */
    public CompletableFuture<Void> setNbmaMappings(String ifName, Map<Integer, Integer> mappings, int[] multicast) {
        Map<Integer, Integer> m = Map.copyOf(mappings);
        int[] mc = multicast.clone();
        return run(() -> {
            TunnelInterface t = (TunnelInterface) require(ifName);
            t.nbma = m;
            t.multicastNbma = mc;
        });
    }

    /** Called on the loop whenever an interface's address or state changed. */
    void interfaceStateChanged(NodeInterface i) {
        refreshTables();
        if (i instanceof EthernetInterface e) {
            if (e.isUp()) {
                pipeline.sendGratuitousArp(e);
            } else {
                arp.flush(e);
            }
        }
    }

    private void refreshTables() {
        List<Integer> own = new ArrayList<>();
        for (NodeInterface n : ordered) {
            if (n.hasAddress() && n.adminUp()) {
                own.add(n.address());
            }
        }
        localAddresses = own.stream().mapToInt(Integer::intValue).toArray();
        routes.rebuild(ordered);
        // a GRE tunnel's line state depends on the routes, and routes through it on its line state
        long now = nanoTime();
        for (int pass = 0; pass < 3 && gre.evaluateLines(now); pass++) {
            routes.rebuild(ordered);
        }
    }

    /** Rebuilds the routes and tunnel line states now. Loop only. */
    void refreshTablesNow() {
        refreshTables();
    }

    /** True when {@code a} is one of the node's own (admin up) interface addresses. */
    public boolean isLocalAddress(int a) {
        for (int x : localAddresses) {
            if (x == a) {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ routing, ACLs, NAT

    public CompletableFuture<Void> addStaticRoute(StaticRoute r) {
        return run(() -> {
            routes.addStatic(r);
            refreshTables();
        });
    }

    public CompletableFuture<Boolean> removeStaticRoute(StaticRoute r) {
        return call(() -> {
            boolean removed = routes.removeStatic(r);
            refreshTables();
            return removed;
        });
    }

    /**
     * Replaces the routes a routing protocol installs ({@code source} names it, e.g. "ospf 1");
     * each route needs an exit interface (and its next hop). The RIB picks per prefix by
     * administrative distance.
     */
    public CompletableFuture<Void> setProtocolRoutes(String source, List<Route> protocolRoutes) {
        List<Route> copy = List.copyOf(protocolRoutes);
        return run(() -> {
            routes.setProtocolRoutes(source, copy);
            refreshTables();
        });
    }

    /**
     * Accepts IPv4 multicast to {@code group} (e.g. 224.0.0.5 for OSPF) for local delivery to
     * the protocol handlers; {@code false} leaves the group.
     */
    public void joinGroup(int group, boolean join) {
        synchronized (this) {
            int[] g = groups;
            boolean has = java.util.Arrays.stream(g).anyMatch(x -> x == group);
            if (join && !has) {
                int[] n = java.util.Arrays.copyOf(g, g.length + 1);
                n[g.length] = group;
                groups = n;
            } else if (!join && has) {
                groups = java.util.Arrays.stream(g).filter(x -> x != group).toArray();
            }
        }
    }

    /** True when the node joined {@code group}. Any thread. */
    public boolean joined(int group) {
        for (int g : groups) {
            if (g == group) {
                return true;
            }
        }
        return false;
    }

    /**
     * Sends a locally built IPv4 packet straight out of {@code ifName} towards {@code nextHop}
     * (a neighbour's address, or a multicast group, sent to its 01:00:5e MAC), without a route
     * lookup; egress hooks run (so a VTI's IPsec protects it). For routing protocols' link-local
     * packets. Any thread; takes ownership.
     */
    public void sendOnInterface(String ifName, int nextHop, ByteBuf packet) {
        executeOrRelease(() -> {
            NodeInterface i = interfaces.get(ifName);
            if (i == null) {
                packet.release();
                return;
            }
            pipeline.sendDirect(i, nextHop, packet);
        }, packet);
    }

    /** Active routes for {@code show ip route} (codes C, L, S, O ...). */
    public CompletableFuture<List<Route>> routes() {
        return call(routes::snapshot);
    }

    /** The active routes now. Loop only (elsewhere use {@link #routes()}). */
    public List<Route> routesNow() {
        return routes.snapshot();
    }

    /** Where a packet to {@code dst} would go; null if unroutable. Loop only (use {@link #call} elsewhere). */
    public ForwardingDecision resolve(int dst) {
        return routes.resolve(dst, interfaces);
    }

    /** Like {@link #resolve(int)} for a packet from {@code src}: flows are shared among equal-cost paths. Loop only. */
    public ForwardingDecision resolve(int dst, int src) {
        return routes.resolve(dst, src, interfaces);
    }

    /** {@code ip access-group ACL in|out}; null removes it. */
    public CompletableFuture<Void> setAccessGroup(String ifName, Direction dir, CompiledAcl acl) {
        return run(() -> {
            NodeInterface i = require(ifName);
            if (dir == Direction.IN) {
                i.accessGroupIn = acl;
            } else {
                i.accessGroupOut = acl;
            }
        });
    }

    /** {@code [no] ip proxy-arp} (IOS default on). */
    public CompletableFuture<Void> setProxyArp(String ifName, boolean enabled) {
        return run(() -> require(ifName).proxyArp = enabled);
    }

    /** {@code ip nat inside|outside}. */
    public CompletableFuture<Void> setNatRole(String ifName, NatRole role) {
        return run(() -> require(ifName).natRole = role);
    }

    /**
     * {@code ip nat inside source list ACL interface IF overload}: PAT of traffic permitted by
     * {@code acl} from inside interfaces to the address of {@code outsideIf}. Null acl removes it.
     */
    public CompletableFuture<Void> setNatOverload(CompiledAcl acl, String outsideIf) {
        return run(() -> nat.configure(acl, acl == null ? null : require(outsideIf)));
    }

    /** {@code show ip nat translations}. */
    public CompletableFuture<List<NatTranslation>> natTranslations() {
        return call(() -> nat.snapshot(nanoTime()));
    }

    /** {@code clear ip nat translation *}. */
    public CompletableFuture<Void> clearNatTranslations() {
        return run(nat::clear);
    }

    /** NAT timeouts in seconds (IOS defaults: UDP 300, TCP 86400, ICMP 60). */
    public CompletableFuture<Void> setNatTimeouts(Duration udp, Duration tcp, Duration icmp) {
        return run(() -> nat.setTimeouts(udp.toNanos(), tcp.toNanos(), icmp.toNanos()));
    }

    // ------------------------------------------------------------------ ARP

    public CompletableFuture<List<ArpEntry>> arpTable() {
        return call(() -> arp.snapshot(nanoTime(), ordered));
    }

    /** {@code arp A.B.C.D MAC arpa}: a static entry on {@code ifName} (never ages). */
    public CompletableFuture<Void> addStaticArp(int address, MacAddress mac, String ifName) {
        return run(() -> arp.addStatic(address, mac, (EthernetInterface) require(ifName)));
    }

    public CompletableFuture<Boolean> removeStaticArp(int address) {
        return call(() -> arp.removeStatic(address));
    }

    /** {@code clear arp-cache}: forgets learned entries (static ones stay). */
    public CompletableFuture<Void> clearArp() {
        return run(arp::clear);
    }

    /** ARP entry lifetime ({@code arp timeout}); IOS default 4 hours. */
    public CompletableFuture<Void> setArpTimeout(Duration d) {
        return run(() -> arp.setAgeingNanos(d.toNanos()));
    }

    // ------------------------------------------------------------------ hooks and local delivery

    /** Adds a hook on {@code ifName} (see {@link PacketHook}); hooks run in registration order. */
    public CompletableFuture<Void> addHook(String ifName, PacketHook hook) {
        return run(() -> require(ifName).hooks.add(hook));
    }

    public CompletableFuture<Void> removeHook(String ifName, PacketHook hook) {
        return run(() -> require(ifName).hooks.remove(hook));
    }

    /** Delivers IP protocol {@code protocol} (e.g. 50, 51) addressed to the node to {@code handler}; null unregisters. */
    public void registerProtocol(int protocol, LocalProtocolHandler handler) {
        if (protocol == 1 || protocol == 17) {
            throw new IllegalArgumentException("ICMP and UDP are handled by the node; bind a UDP port instead");
        }
        if (handler == null) {
            protocolHandlers.remove(protocol);
        } else {
            protocolHandlers.put(protocol, handler);
        }
    }

    LocalProtocolHandler protocolHandler(int protocol) {
        return protocolHandlers.get(protocol);
    }

    /**
     * Binds a UDP port on {@code localAddress} (0 = every address of the node). Fails if the
     * address/port pair is taken.
     */
    public CompletableFuture<UdpSocket> bindUdp(int localAddress, int port, UdpReceiver receiver) {
        return call(() -> udpSockets.bind(new UdpSocket(this, localAddress, port, receiver)));
    }

    void sendUdpNow(int src, int srcPort, int dst, int dstPort, ByteBuf payload, boolean checksum) {
        try {
            int source = src;
            if (source == 0) {
                ForwardingDecision fd = resolve(dst);
                if (fd == null) {
                    pipeline.noRoute++;
                    return;
                }
                source = fd.local() ? dst : fd.iface().address();
            }
            pipeline.sendLocal(UdpSocket.build(pipeline, source, srcPort, dst, dstPort, payload, checksum, 255), true);
        } finally {
            payload.release();
        }
    }

    /**
     * Routes and sends a locally built IPv4 packet (header checksum must be valid; a zero source
     * address is filled with the exit interface's). Egress hooks and tunnel hooks apply. Any
     * thread; takes ownership.
     */
    public void sendIpv4(ByteBuf packet) {
        executeOrRelease(() -> pipeline.sendLocal(packet, true), packet);
    }

    /** Like {@link #sendIpv4} but skips egress hooks (for packets a hook itself produced, e.g. ESP). */
    public void sendIpv4Unhooked(ByteBuf packet) {
        executeOrRelease(() -> pipeline.sendLocal(packet, false), packet);
    }

    /**
     * Processes {@code packet} as if received on {@code in} (e.g. a decrypted inner packet from
     * a tunnel), skipping ingress hooks. Counts it as input on {@code in}. Any thread; takes
     * ownership.
     */
    public void injectIpv4(NodeInterface in, ByteBuf packet) {
        executeOrRelease(() -> pipeline.receiveIpv4(in, packet, false), packet);
    }

    /**
     * A buffer for building an IPv4 packet: empty, with {@link #HEADROOM} bytes free in front.
     * Packets are pooled heap buffers, so ESP can encrypt and decrypt them in place on the array.
     */
    public ByteBuf allocatePacket(int size) {
        ByteBuf b = alloc.heapBuffer(HEADROOM + size);
        b.writerIndex(HEADROOM);
        b.readerIndex(HEADROOM);
        return b;
    }

    /** A fresh IP identification value. Loop only. */
    public int nextIpId() {
        return pipeline.nextIpId();
    }

    // ------------------------------------------------------------------ ping / traceroute

    /** Sends one ICMP echo; completes with the reply, an error or a timeout. */
    public CompletableFuture<ProbeResult> ping(PingRequest req) {
        CompletableFuture<ProbeResult> f = new CompletableFuture<>();
        execute(() -> probes.ping(req, f));
        return f;
    }

    /**
     * Sends one traceroute probe (UDP to port 33434+) with {@code ttl}; completes with
     * {@link ProbeResult.TimeExceeded} from a hop, {@link ProbeResult.Unreachable} (port
     * unreachable) from the destination, or a timeout.
     */
    public CompletableFuture<ProbeResult> traceProbe(int destination, int source, int ttl, Duration timeout) {
        CompletableFuture<ProbeResult> f = new CompletableFuture<>();
        execute(() -> probes.trace(destination, source, ttl, timeout, f));
        return f;
    }

    // ------------------------------------------------------------------ capture

    /** Starts capturing {@code ifName} (both directions) into a pcap file at {@code file}. */
    public CompletableFuture<PacketCapture> startCapture(String ifName, Path file) {
        return startCapture(ifName, file, PacketCapture.Direction.BOTH);
    }

    /** {@code monitor capture CAP interface IF in|out|both} + {@code start}: capture into a pcap file. */
    public CompletableFuture<PacketCapture> startCapture(String ifName, Path file, PacketCapture.Direction direction) {
        return call(() -> {
            NodeInterface i = require(ifName);
            PacketCapture c;
            try {
                c = PacketCapture.open(file, direction,
                        () -> execute(() -> i.captures.removeIf(PacketCapture::isClosed)));
            } catch (IOException e) {
                throw new IllegalStateException("cannot open " + file + ": " + e.getMessage(), e);
            }
            i.captures.add(c);
            return c;
        });
    }

    /** Stops a capture (flushes and closes the file); returns the number of packets written. */
    public CompletableFuture<Long> stopCapture(PacketCapture c) {
        return call(() -> {
            c.close();
            interfaces.values().forEach(i -> i.captures.remove(c));
            return c.packets();
        });
    }

    // ------------------------------------------------------------------ counters and stats

    public CompletableFuture<InterfaceCounters.Snapshot> counters(String ifName) {
        return call(() -> require(ifName).counters.snapshot());
    }

    /** Status and counters of every interface, in creation order. */
    public CompletableFuture<List<InterfaceStatus>> interfaceStatus() {
        return call(() -> {
            List<InterfaceStatus> out = new ArrayList<>();
            for (NodeInterface i : ordered) {
                EthernetInterface e = i instanceof EthernetInterface x ? x : null;
                out.add(new InterfaceStatus(i.name(), i.kind(), i.address(), i.prefixLength(), i.adminUp(),
                        i.lineProtocolUp(), i.mtu(), e == null ? null : e.mac(), i.description(),
                        e == null || e.link() == null ? null : e.link().describe(), i.counters.snapshot()));
            }
            return out;
        });
    }

    public CompletableFuture<Void> clearCounters(String ifName) {
        return run(() -> require(ifName).counters.clear());
    }

    public CompletableFuture<TrafficStats> trafficStats() {
        return call(() -> pipeline.stats(reassembler));
    }

    // ------------------------------------------------------------------ timers

    /** Ages ARP entries, reassembly buffers and NAT translations. Runs every second on the loop. */
    public void runMaintenance() {
        execute(() -> {
            long now = nanoTime();
            arp.expire(now);
            reassembler.expire(now);
            nat.expire(now);
            gre.tick(now);
        });
    }

    /** {@code ip icmp rate-limit unreachable} interval (IOS default 500 ms); zero disables the limit. */
    public CompletableFuture<Void> setUnreachableRateLimit(Duration d) {
        return run(() -> pipeline.unreachableInterval = d.toNanos());
    }

    /** Reassembly timeout (default 15 s). */
    public CompletableFuture<Void> setReassemblyTimeout(Duration d) {
        return run(() -> reassembler.setTimeoutNanos(d.toNanos()));
    }

    /** Stops timers, closes links and captures, releases buffered fragments. */
    public CompletableFuture<Void> close() {
        return run(() -> {
            if (maintenance != null) {
                maintenance.cancel(false);
            }
            for (NodeInterface i : ordered) {
                if (i instanceof EthernetInterface e && e.link() != null) {
                    e.link().close();
                }
                i.captures.forEach(PacketCapture::close);
            }
            reassembler.clear();
            nat.clear();
        });
    }

    // ------------------------------------------------------------------ package internals

    long nanoTime() {
        return clock.getAsLong();
    }

    PacketPipeline pipeline() {
        return pipeline;
    }

    ArpTable arp() {
        return arp;
    }

    Reassembler reassembler() {
        return reassembler;
    }

    UdpSockets udpSockets() {
        return udpSockets;
    }

    IcmpProbes probes() {
        return probes;
    }

    NatEngine nat() {
        return nat;
    }

    GreEngine gre() {
        return gre;
    }

    @Override
    public String toString() {
        return "Node[" + name + "]";
    }
}
