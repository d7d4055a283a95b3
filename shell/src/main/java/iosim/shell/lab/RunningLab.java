package iosim.shell.lab;

import iosim.dataplane.EthernetInterface;
import iosim.dataplane.link.AfPacketLink;
import iosim.dataplane.link.InProcessWire;
import iosim.dataplane.link.Link;
import iosim.dataplane.link.UdpLink;
import iosim.dataplane.link.UdpLinkSpec;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * A lab that is running: its routers (each on a loop of one shared Netty event loop group),
 * hosts and links. {@link #start} checks the lab file first and starts nothing when it has a
 * problem; if something fails while starting (a port taken meanwhile, a Linux interface missing)
 * everything already started is stopped again and the error names the lab file's line.
 */
public final class RunningLab implements AutoCloseable {
    private final LabSpec spec;
    private final EventLoopGroup group;
    private final Map<String, LabRouter> routers = new LinkedHashMap<>();
    private final Map<String, LabHost> hosts = new LinkedHashMap<>();
    private final Map<String, NetnsHost> netnsHosts = new LinkedHashMap<>();
    private final List<Link> links = new ArrayList<>();
    private final List<InProcessWire> wires = new ArrayList<>();
    private final LabState state;
    private final boolean temporaryState;
    private final LabCaptures captures = new LabCaptures(this);

    private RunningLab(LabSpec spec, EventLoopGroup group, LabState state, boolean temporaryState) {
        this.spec = spec;
        this.group = group;
        this.state = state;
        this.temporaryState = temporaryState;
    }

    /**
     * Loads, checks and starts the lab in {@code dir} with a temporary state folder (removed when
     * the lab closes: tests, benchmarks); boot progress goes to {@code progress}.
     */
    public static RunningLab start(Path dir, PrintStream progress) throws LabException {
        return start(LabParser.load(dir), progress);
    }

    /** Starts a checked lab with a temporary state folder (removed when the lab closes). */
    public static RunningLab start(LabSpec spec, PrintStream progress) throws LabException {
        LabState temp;
        try {
            temp = LabState.of(spec.dir(), java.nio.file.Files.createTempDirectory("iosim-lab-state"));
        } catch (java.io.IOException e) {
            throw new LabException(List.of(new LabError(spec.dir(), 0, "cannot make a state folder: " + e.getMessage())));
        }
        return start(spec, temp, false, progress, true);
    }

    /**
     * Starts a checked lab whose routers keep their NVRAM, keys and flash: in {@code state};
     * {@code fresh} first empties it, so every router boots from the lab's own files again.
     */
    public static RunningLab start(LabSpec spec, LabState state, boolean fresh, PrintStream progress)
            throws LabException {
        return start(spec, state, fresh, progress, false, null);
    }

    /**
     * As {@link #start(LabSpec, LabState, boolean, PrintStream)}, with every host a Linux network
     * namespace named {@code netnsPrefix + HOST} (root; see {@link NetnsHost}) instead of an
     * in-process host; {@code netnsPrefix} null keeps the in-process hosts.
     */
    public static RunningLab start(LabSpec spec, LabState state, boolean fresh, PrintStream progress,
            String netnsPrefix) throws LabException {
        return start(spec, state, fresh, progress, false, netnsPrefix);
    }

    /** A temporary state folder and namespace hosts (tests). */
    public static RunningLab startWithNamespaceHosts(LabSpec spec, PrintStream progress, String netnsPrefix)
            throws LabException {
        LabState temp;
        try {
            temp = LabState.of(spec.dir(), java.nio.file.Files.createTempDirectory("iosim-lab-state"));
        } catch (java.io.IOException e) {
            throw new LabException(List.of(new LabError(spec.dir(), 0, "cannot make a state folder: " + e.getMessage())));
        }
        return start(spec, temp, false, progress, true, netnsPrefix);
    }

    private static RunningLab start(LabSpec spec, LabState state, boolean fresh, PrintStream progress,
            boolean temporaryState) throws LabException {
        return start(spec, state, fresh, progress, temporaryState, null);
    }

    private static RunningLab start(LabSpec spec, LabState state, boolean fresh, PrintStream progress,
            boolean temporaryState, String netnsPrefix) throws LabException {
        try {
            state.prepare(spec, fresh);
        } catch (java.io.IOException e) {
            throw new LabException(List.of(new LabError(state.root(), 0, "cannot prepare the state folder: " + e)));
        }
        int threads = Math.max(1, Math.min(spec.routers().size() + spec.hosts().size(),
                Runtime.getRuntime().availableProcessors()));
        EventLoopGroup group = new MultiThreadIoEventLoopGroup(threads, NioIoHandler.newFactory());
        RunningLab lab = new RunningLab(spec, group, state, temporaryState);
        Path file = spec.dir().resolve(LabParser.FILE_NAME);
        int line = 0;
        try {
            Clock clock = Clock.systemUTC();
            for (RouterSpec r : spec.routers()) {
                line = r.line();
                lab.routers.put(r.name(), LabRouter.create(r, state.router(r.name()), group.next(), clock));
            }
            for (HostSpec h : spec.hosts()) {
                line = h.line();
                if (netnsPrefix != null) {
                    lab.netnsHosts.put(h.name(), NetnsHost.create(h, netnsPrefix, lab.netnsHosts.size()));
                } else {
                    lab.hosts.put(h.name(), LabHost.start(h, group.next()));
                }
            }
            for (LinkSpec l : spec.links()) {
                line = l.line();
                lab.connect(l);
            }
            lab.bootAll(progress);
            for (LabRouter r : lab.routers.values()) {
                line = r.spec().line();
                r.startSsh();
            }
            progress.flush();
            return lab;
        } catch (Exception e) {
            lab.close();
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new LabException(List.of(new LabError(file, line, "cannot start: " + why)));
        }
    }

    /**
     * Boots every router from its startup-config, several at once (one per core), printing each
     * as it becomes ready.
     */
    private void bootAll(PrintStream progress) throws Exception {
        int threads = Math.max(1, Math.min(routers.size(), Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "lab-boot");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> done = new ArrayList<>();
            for (LabRouter r : routers.values()) {
                done.add(pool.submit(() -> {
                    long t0 = System.nanoTime();
                    List<String> errors = r.boot();
                    StringBuilder b = new StringBuilder(r.name() + ": booted from " + r.bootSource() + " in " + (System.nanoTime() - t0) / 1_000_000
                            + " ms" + (errors.isEmpty() ? "" : ", " + errors.size() + " startup-config error(s)") + "\n");
                    for (String e : errors) {
                        b.append("  ").append(e).append('\n');
                    }
                    synchronized (progress) {
                        progress.print(b);
                        progress.flush();
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                try {
                    f.get(120, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    throw e.getCause() instanceof Exception x ? x : e;
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private void connect(LinkSpec l) throws Exception {
        if (l instanceof LinkSpec.Wire w && (netnsHosts.containsKey(w.a().node()) || netnsHosts.containsKey(w.b().node()))) {
            NetnsHost h = netnsHosts.containsKey(w.a().node()) ? netnsHosts.get(w.a().node()) : netnsHosts.get(w.b().node());
            Endpoint router = netnsHosts.containsKey(w.a().node()) ? w.b() : w.a();
            links.add(AfPacketLink.open(ethernet(router), h.routerSide()));
        } else if (l instanceof LinkSpec.Wire w) {
            wires.add(InProcessWire.connect(ethernet(w.a()), ethernet(w.b())));
        } else if (l instanceof LinkSpec.Udp u) {
            links.add(UdpLink.open(ethernet(u.a()), new UdpLinkSpec(null, u.udp().localPort(), u.udp().remoteHost(),
                    u.udp().remotePort())).get(5, TimeUnit.SECONDS));
        } else if (l instanceof LinkSpec.Attach a) {
            links.add(AfPacketLink.open(ethernet(a.a()), a.linuxInterface()));
        }
    }

    private EthernetInterface ethernet(Endpoint e) {
        if (e.ifName() == null) {
            return hosts.get(e.node()).ethernet();
        }
        EthernetInterface eth = routers.get(e.node()).runtime().ethernet(e.ifName());
        if (eth == null) {
            java.util.List<iosim.config.model.InterfaceName> ports = routers.get(e.node()).runtime().config().platform()
                    .physicalInterfaces();
            throw new IllegalArgumentException(e.label() + " does not exist (" + ports.get(0) + " to "
                    + ports.get(ports.size() - 1) + " do)");
        }
        return eth;
    }

    public LabSpec spec() {
        return spec;
    }

    public List<LabRouter> routers() {
        return List.copyOf(routers.values());
    }

    public LabRouter router(String name) {
        return routers.get(name);
    }

    /** The lab's packet captures ({@code lab> capture}). */
    public LabCaptures captures() {
        return captures;
    }

    /** Where the routers keep their NVRAM, keys and flash:. */
    public LabState state() {
        return state;
    }

    /** The hosts that are Linux network namespaces (empty unless started with a prefix). */
    public List<NetnsHost> namespaceHosts() {
        return List.copyOf(netnsHosts.values());
    }

    public NetnsHost namespaceHost(String name) {
        return netnsHosts.get(name);
    }

    public List<LabHost> hosts() {
        return List.copyOf(hosts.values());
    }

    /** The banner printed after boot: how to reach each router's console. */
    public String consoles() {
        StringBuilder b = new StringBuilder("\nLab " + spec.name() + ": " + routers.size() + " router(s)"
                + (spec.hosts().isEmpty() ? "" : ", " + spec.hosts().size() + " host(s)") + "\n");
        for (LabRouter r : routers.values()) {
            b.append(String.format("  %-12s %s%n", r.name(), r.consoleHint()));
        }
        for (NetnsHost h : netnsHosts.values()) {
            b.append(String.format("  %-12s %s, network namespace %s (lab> shell %s)%n", h.name(), h.spec().address(),
                    h.namespace(), h.name()));
        }
        return b.toString();
    }

    @Override
    public void close() {
        captures.closeAll();
        for (InProcessWire w : wires) {
            try {
                w.disconnect();
            } catch (RuntimeException e) {
                // closing anyway
            }
        }
        for (Link l : links) {
            l.close();
        }
        for (LabRouter r : routers.values()) {
            try {
                r.close();
            } catch (RuntimeException e) {
                // closing anyway
            }
        }
        for (LabHost h : hosts.values()) {
            h.close();
        }
        for (NetnsHost h : netnsHosts.values()) {
            h.close();
        }
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS);
        if (temporaryState) {
            try {
                LabState.deleteTree(state.root());
            } catch (java.io.IOException e) {
                // a temporary folder left behind
            }
        }
    }
}
