package iosim.shell.controller;

import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import iosim.config.ConfigListener;
import iosim.config.ConfigSection;
import iosim.config.RunningConfig;
import iosim.dataplane.EthernetInterface;
import iosim.dataplane.Node;
import iosim.dataplane.ipsec.IpsecEngine;
import iosim.dataplane.packet.MacAddress;
import iosim.ike.time.ExecutorScheduler;
import iosim.ikev2.engine.IkeEngine;
import iosim.shell.cli.Router;
import iosim.shell.controller.tunnel.ConnIds;
import iosim.shell.controller.tunnel.Ikev1Keying;
import iosim.shell.controller.tunnel.Ikev2Keying;
import iosim.shell.controller.tunnel.TunnelTable;
import iosim.shell.cli.RunningConfigEngine;
import iosim.shell.cli.StartupConfigStore;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * One live router: the CLI side ({@link Router}: running-config, syslog, debug flags), its
 * dataplane {@link Node} with the {@link IpsecEngine}, and the {@link IkeEngine}, all on one
 * Netty event loop, kept in line with the running-config by a reconciler that runs on every
 * configuration change (typed, pasted, loaded at boot, or a {@code no} form).
 *
 * <p>Labs: {@link #boot(Path, EventLoopGroup)} builds and boots a router from a startup-config;
 * connect its interfaces with {@link #ethernet(String)} and
 * {@code iosim.dataplane.link.InProcessWire.connect}, {@code UdpLink.open} or
 * {@code AfPacketLink.open}. Show/clear/ping/debug go through {@link #exec()}.
 */
public final class RouterRuntime implements AutoCloseable {
    /** GigabitEthernet0/0 .. 0/3 exist from power-on on the default (IOSv) platform. */
    public static final List<String> PHYSICAL = List.of("GigabitEthernet0/0", "GigabitEthernet0/1",
            "GigabitEthernet0/2", "GigabitEthernet0/3");

    private final Router router;
    private final RunningConfigEngine model;
    private final Node node;
    private final IpsecEngine ipsec;
    private final IkeEngine ike;
    private final IpsecGlue glue;
    private final TunnelTable tunnels;
    private final Ikev2Keying ikev2 = new Ikev2Keying();
    /** The router's one clock for protocol timers (IKE, tunnels). */
    private final iosim.ike.time.Scheduler clock;
    private final Ikev1Keying ikev1;
    private final DataplaneApplier dataplane;
    private final LineWatcher lines;
    private final ConnIds index = new ConnIds();
    private final PrivateNvram privateNvram;
    private final IkeStats ikeStats = new IkeStats();
    private final InterfaceLoad interfaceLoad;
    private final ControllerExec exec;
    private final OspfRuntime ospf;
    /** Exceptions caught in OSPF timer tasks (never shown to a user; a test asserts none happen). */
    private final java.util.concurrent.atomic.AtomicLong ospfErrors = new java.util.concurrent.atomic.AtomicLong();
    private final ScheduledFuture<?> ospfTick;
    /** Every change is reconciled at once, except while a boot loads the startup-config (then once, at its end). */
    private final ConfigListener listener = this::configChanged;
    private final ScheduledFuture<?> lifetimes;
    private final ScheduledFuture<?> adjacencies;
    private List<String> bootErrors = List.of();
    private volatile CompiledCrypto crypto = new CompiledCrypto(java.util.Map.of(), List.of(), List.of());
    /** Sections changed since the last compile (written and read under the config writer's lock). */
    private final java.util.EnumSet<ConfigSection> dirty = java.util.EnumSet.allOf(ConfigSection.class);
    private SectionVersions versions = new SectionVersions();
    private CryptoMemo memo = new CryptoMemo(versions);
    private DataplaneState lastDataplane;
    private volatile int cryptoCompiles;

    /**
     * A router whose CLI side is {@code router} (built on {@code model}), running on {@code loop}.
     * Does not boot: call {@link #bootRouter()} (or let {@link #boot} do it).
     */
    public RouterRuntime(Router router, RunningConfigEngine model, EventLoop loop) {
        this(router, model, loop, new ExecutorScheduler(loop));
    }

    /**
     * {@link #RouterRuntime(Router, RunningConfigEngine, EventLoop)} whose protocol timers (IKE,
     * lifetimes, DPD, rekeys, VTI starts, the dataplane's SA lifetimes) run on {@code clock}, e.g.
     * a {@link LabClock}'s virtual time; its tasks must run on {@code loop}.
     */
    public RouterRuntime(Router router, RunningConfigEngine model, EventLoop loop, iosim.ike.time.Scheduler clock) {
        this.router = router;
        this.model = model;
        this.node = new Node(nodeName(router, model), loop);
        CryptoDebug debug = new CryptoDebug(router.debug(), this::log, index);
        this.clock = clock;
        this.ipsec = new IpsecEngine(node.allocator(), clock::nowMillis, e -> {
            if (!ikev1().onIpsecEvent(e)) {
                tunnels().onIpsecEvent(e);
            }
        });
        this.tunnels = new TunnelTable(node, ipsec, ikev2, index, clock, this::log, debug);
        // one UDP 500/4500 pair for both IKE versions: the ISAKMP header's version octet picks the engine
        this.glue = new IpsecGlue(node, ipsec, d -> {
            if (Ikev1Keying.isIkev1(d)) {
                ikev1().receive(d);
            } else {
                ike().receive(d);
            }
        }, this::log, () -> tunnels().hasTunnels() || ikev1().hasIntents(), index);
        this.ikev1 = new Ikev1Keying(clock, glue::sendIke, ipsec, this::log,
                new Ikev1DebugText(router.debug(), this::log), index);
        // IOS: no IKEv2 fragmentation until `crypto ikev2 fragmentation` (reconcile applies it)
        this.ike = IkeEngine.create(clock, glue::sendIke, Ikev2Keying.listener(e -> {
            ikeStats.accept(e);
            if (e instanceof iosim.ikev2.api.IkeEvent.IkeSaUp u) {
                index.ikeSa(u.sa().localSpi()); // numbered before the debug narrative prints it
            }
            debug.ikeEvent(e, tunnels.intent(e.sessionName()));
        }, tunnels::onKeying), iosim.ikev2.api.EngineSettings.DEFAULT.withFragmentation(iosim.ikev2.api.FragmentationSettings.OFF)
                .withVendorIds(CiscoVendorIds.ikeSaInit()));
        ikev2.setEngine(ike);
        debug.attach(spi -> ike.snapshot(spi), this::config);
        this.lines = new LineWatcher(node, this::log);
        this.dataplane = new DataplaneApplier(node, glue::attach, lines::adminChanged);
        this.exec = new ControllerExec(this);
        this.ospf = new OspfRuntime(node, new LoopScheduler(loop, e -> ospfErrors.incrementAndGet()),
                new OspfEventText(router.debug(), this::log));
        router.setLiveExec(exec);
        node.call(() -> {
            glue.start();
            for (iosim.config.model.InterfaceName n : model.model().platform().physicalInterfaces()) {
                String p = n.toString();
                node.addEthernet(p, macFor(node.name(), p)).join();
                glue.attach(p);
            }
            return null;
        }).join();
        node.call(() -> {
            ospf.start();
            return null;
        }).join();
        this.ospfTick = loop.scheduleAtFixedRate(ospf::tick, 1, 1, TimeUnit.SECONDS);
        this.interfaceLoad = new InterfaceLoad(node, RouterRuntime::nowMillis);
        this.lifetimes = loop.scheduleAtFixedRate(() -> {
            lines.run();
            interfaceLoad.run();
        }, IpsecEngine.LIFETIME_CHECK_INTERVAL_MILLIS, IpsecEngine.LIFETIME_CHECK_INTERVAL_MILLIS, TimeUnit.MILLISECONDS);
        // SA lifetimes and on-demand DPD on the router's protocol clock
        node.execute(this::protocolTick);
        AdjacencyWarmer warmer = new AdjacencyWarmer(node);
        this.adjacencies = loop.scheduleAtFixedRate(warmer, 50, AdjacencyWarmer.INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
        this.privateNvram = new PrivateNvram(router.startup().file());
        privateNvram.restoreInto(model.model());
        follow(model.model());
        model.onReplaced(c -> {
            privateNvram.restoreInto(c);
            follow(c);
            if (!router.writer().heldByMe()) {
                reconcile();
            }
        });
        // each typed line, and a whole boot, is compiled once when its writer lets go
        router.writer().afterEachWrite(this::compileDirty);
        // a boot (power-on, reload) returns, and a console shows its prompt, once the loop has applied it
        router.onBooted(() -> {
            router.writer().locked(this::compileDirty);
            onLoop(() -> null);
        });
    }

    /**
     * Builds a router from a startup-config file (which {@code write memory} also saves to) on one
     * loop of {@code group}, boots it and returns it. Load errors are in {@link #bootErrors()}.
     */
    public static RouterRuntime boot(Path startupConfig, EventLoopGroup group) {
        RouterRuntime r = create(startupConfig, group);
        r.bootRouter();
        return r;
    }

    /**
     * Like {@link #boot} but without booting: connect the links first, then call
     * {@link #bootRouter()} (so the interfaces come up with their links, as when a lab powers on).
     */
    public static RouterRuntime create(Path startupConfig, EventLoopGroup group) {
        return create(startupConfig, group, Clock.systemUTC());
    }

    /** {@link #create(Path, EventLoopGroup)} with the clock syslog and show commands use. */
    public static RouterRuntime create(Path startupConfig, EventLoopGroup group, Clock clock) {
        return create(startupConfig, group, clock, iosim.config.Platform.IOSV);
    }

    /**
     * {@link #create(Path, EventLoopGroup)} whose protocol timers run in {@code lab}'s virtual time
     * (tests: {@link LabClock#advance} moves them).
     */
    public static RouterRuntime create(Path startupConfig, EventLoopGroup group, LabClock lab) {
        RunningConfigEngine model = new RunningConfigEngine(iosim.config.Platform.IOSV);
        Router router = new Router(model, new StartupConfigStore(startupConfig), Clock.systemUTC(),
                startupConfig.getFileName().toString());
        EventLoop loop = group.next();
        return new RouterRuntime(router, model, loop, lab.on(loop));
    }

    /** {@link #create(Path, EventLoopGroup, Clock)} for a router of {@code platform}. */
    public static RouterRuntime create(Path startupConfig, EventLoopGroup group, Clock clock,
                                       iosim.config.Platform platform) {
        RunningConfigEngine model = new RunningConfigEngine(platform);
        Router router = new Router(model, new StartupConfigStore(startupConfig), clock,
                startupConfig.getFileName().toString());
        return new RouterRuntime(router, model, group.next());
    }

    /**
     * Boots the CLI router (loads startup-config) and reconciles; returns once the dataplane and
     * crypto state are applied (interfaces, routes, SPDs, IKE peers).
     */
    private iosim.shell.controller.capture.MonitorCaptures captures;

    public List<String> bootRouter() {
        bootErrors = router.boot(); // its onBooted hook compiles once and waits for the loop to apply it
        return bootErrors;
    }

    /**
     * Waits (bounded) until the router's loop has applied every configuration change made so far,
     * and returns the SPD entry ids then in force on {@code ifName} (empty without crypto there).
     */
    public List<String> appliedSpd(String ifName) {
        return onLoop(() -> tunnels.appliedEntryIds(ifName));
    }

    public List<String> bootErrors() {
        return bootErrors;
    }

    public Router router() {
        return router;
    }

    public RunningConfig config() {
        return model.model();
    }

    public Node node() {
        return node;
    }

    public String hostname() {
        return router.hostname();
    }

    /** The Ethernet interface {@code GigabitEthernet0/N} to attach a link to. */
    public EthernetInterface ethernet(String ifName) {
        return node.ethernet(ifName);
    }

    /** The IKE SAs now (a snapshot taken on the router's loop), for lab checks and dashboards. */
    public List<iosim.ikev2.api.IkeSaSnapshot> ikeSas() {
        return onLoop(() -> ike.snapshots());
    }

    /** The IPsec flows and their SAs now (a snapshot), for lab checks and dashboards. */
    public List<iosim.dataplane.ipsec.IpsecFlowSnapshot> ipsecFlows() {
        return onLoop(() -> ipsec.snapshot());
    }

    /** iosim's key export (not IOS): Wireshark key-table rows for the live IKE and ESP SAs. */
    public KeyTables keyTables() {
        return onLoop(() -> KeyTables.of(ipsec.liveSas(), ike.secrets()));
    }

    public ControllerExec exec() {
        return exec;
    }

    /** The router's {@code monitor capture} points (created on first use). */
    public synchronized iosim.shell.controller.capture.MonitorCaptures captures() {
        if (captures == null) {
            captures = new iosim.shell.controller.capture.MonitorCaptures(node, router::flash, this::keyTables,
                    router.syslog()::log);
        }
        return captures;
    }

    IpsecEngine ipsec() {
        return ipsec;
    }

    IkeEngine ike() {
        return ike;
    }

    Ikev2Keying ikev2() {
        return ikev2;
    }

    TunnelTable tunnels() {
        return tunnels;
    }

    Ikev1Keying ikev1() {
        return ikev1;
    }

    ConnIds index() {
        return index;
    }

    IkeStats ikeStats() {
        return ikeStats;
    }

    InterfaceLoad interfaceLoad() {
        return interfaceLoad;
    }

    OspfRuntime ospf() {
        return ospf;
    }

    /** Exceptions caught in OSPF timer tasks so far. */
    public long ospfInternalErrors() {
        return ospfErrors.get();
    }

    CompiledCrypto crypto() {
        return crypto;
    }

    /** How many times the crypto configuration was compiled (a boot: once). */
    int cryptoCompiles() {
        return cryptoCompiles;
    }

    /** A fresh running-config (power-on, reload): its changes are counted and compiled from scratch. */
    private void follow(RunningConfig c) {
        versions = new SectionVersions();
        memo = new CryptoMemo(versions);
        c.addListener(versions);
        c.addListener(listener);
        dirty.addAll(java.util.EnumSet.allOf(ConfigSection.class));
    }

    /**
     * A change is compiled when its writer lets go of the config (once per typed line, once per
     * boot); a change made outside the writer at once.
     */
    private void configChanged(iosim.config.ConfigChange change) {
        if (router.writer().heldByMe()) {
            dirty.add(change.section());
        } else {
            router.writer().locked(() -> {
                dirty.add(change.section());
                compileDirty();
            });
        }
    }

    /** What the dataplane compiler reads. */
    private static final java.util.Set<ConfigSection> DATAPLANE = java.util.EnumSet.of(ConfigSection.INTERFACE,
            ConfigSection.ROUTE, ConfigSection.ACCESS_LIST, ConfigSection.NAT);
    /** What the OSPF compiler reads. */
    private static final java.util.Set<ConfigSection> OSPF = java.util.EnumSet.of(ConfigSection.INTERFACE,
            ConfigSection.ROUTING);
    private OspfIntent lastOspf;

    /**
     * What the crypto compiler reads (interfaces and ACLs too; keys are decrypted with the system's
     * master key; trustpoints and key pairs give rsa-sig/ecdsa-sig profiles their certificates).
     */
    private static final java.util.Set<ConfigSection> CRYPTO = java.util.EnumSet.complementOf(java.util.EnumSet.of(
            ConfigSection.USERS, ConfigSection.ROUTE, ConfigSection.NAT, ConfigSection.LINE));

    /** Brings the dataplane and crypto state in line with the running-config (idempotent), all of it. */
    public void reconcile() {
        router.writer().locked(() -> {
            dirty.addAll(java.util.EnumSet.allOf(ConfigSection.class));
            compileDirty();
        });
    }

    /** Compiles what changed since the last compile and hands it to the loop; under the writer's lock. */
    private void compileDirty() {
        if (dirty.isEmpty()) {
            return;
        }
        RunningConfig c = model.model();
        privateNvram.follow(c);
        boolean dp = !java.util.Collections.disjoint(dirty, DATAPLANE) || lastDataplane == null;
        boolean cr = !java.util.Collections.disjoint(dirty, CRYPTO);
        boolean os = !java.util.Collections.disjoint(dirty, OSPF) || lastOspf == null;
        dirty.clear();
        OspfIntent ospfIntent = os ? OspfCompiler.compile(c) : null;
        if (ospfIntent != null) {
            lastOspf = ospfIntent;
        }
        DataplaneState want = dp ? DataplaneCompiler.compile(c) : null;
        if (want != null) {
            lastDataplane = want;
        }
        CompiledCrypto cc = cr ? CryptoCompiler.compile(c, memo) : null;
        if (cc != null) {
            crypto = cc;
            cryptoCompiles++;
        }
        iosim.ikev2.api.FragmentationSettings fragmentation = CryptoCompiler.fragmentation(c);
        int cookieThreshold = CryptoCompiler.cookieThreshold(c);
        boolean aggressiveModeDisabled = c.isakmp().aggressiveModeDisabled();
        boolean fragmentBefore = !c.ipsecGlobals().fragmentAfterEncryption();
        iosim.dataplane.ipsec.DfBitPolicy dfBit = iosim.dataplane.ipsec.DfBitPolicy.valueOf(c.ipsecGlobals().dfBit().name());
        node.execute(() -> {
            ike.setFragmentation(fragmentation);
            ike.setCookieThreshold(cookieThreshold);
            ipsec.setFragmentBeforeEncryption(fragmentBefore);
            ipsec.setDfBit(dfBit);
            if (want != null) {
                dataplane.apply(want);
            }
            if (ospfIntent != null) {
                ospf.apply(ospfIntent);
            }
            if (cc != null) {
                tunnels.apply(cc.peers(), cc.policies());
                ikev1.apply(cc.ikev1Peers(), aggressiveModeDisabled);
            }
        });
    }

    private volatile boolean closed;

    /** Once a second of protocol time, on the loop: SA lifetimes, on-demand DPD. */
    private void protocolTick() {
        if (closed) {
            return;
        }
        ipsec.checkLifetimes();
        tunnels.tick(clock.nowMillis());
        clock.schedule(IpsecEngine.LIFETIME_CHECK_INTERVAL_MILLIS, this::protocolTick);
    }

    /** Runs {@code task} on the router's loop and waits (bounded) for it. */
    <T> T onLoop(java.util.concurrent.Callable<T> task) {
        try {
            return node.call(task).get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("router " + node.name() + " did not answer", e);
        }
    }

    void log(String line) {
        router.syslog().log(line);
    }

    static long nowMillis() {
        return System.nanoTime() / 1_000_000L;
    }

    /** A stable locally administered MAC per router and interface ({@code 5254.00xx.xxxx}). */
    public static MacAddress macFor(String router, String ifName) {
        int h = (router + "/" + ifName).hashCode();
        return new MacAddress(0x5254_0000_0000L | (h & 0xffff_ffffL));
    }

    /**
     * The node's name, which seeds its MACs: from the startup-config's absolute path, so a router
     * keeps its MACs from run to run and two routers never share them, in one JVM or in two
     * processes wired together (an identity hash code is the same in two fresh JVMs).
     */
    private static String nodeName(Router router, RunningConfigEngine model) {
        java.nio.file.Path file = router.startup().file();
        String seed = file == null ? "mem" + System.identityHashCode(model) : file.toAbsolutePath().normalize().toString();
        return "r" + Integer.toHexString(seed.hashCode());
    }

    @Override
    public void close() {
        closed = true;
        synchronized (this) {
            if (captures != null) {
                captures.close();
            }
        }
        lifetimes.cancel(false);
        ospfTick.cancel(false);
        adjacencies.cancel(false);
        model.model().removeListener(listener);
        try {
            node.close().get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            // closing: nothing left to do
        }
    }
}
