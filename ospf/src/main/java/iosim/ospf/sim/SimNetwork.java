package iosim.ospf.sim;

import iosim.ospf.InterfaceSpec;
import iosim.ospf.OspfEvent;
import iosim.ospf.OspfIo;
import iosim.ospf.OspfProcess;
import iosim.ospf.OspfRoute;
import iosim.ospf.ProcessSpec;
import iosim.ospf.VirtualScheduler;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Many OSPF processes on one {@link VirtualScheduler}, their interfaces joined by in-memory
 * segments (a broadcast LAN or a point-to-point link): for unit tests, in-JVM labs and
 * benchmarks. Packets take {@code delayMillis} to cross a segment; a filter can drop them.
 */
public final class SimNetwork {
    private final VirtualScheduler scheduler = new VirtualScheduler();
    private final Map<String, Router> routers = new HashMap<>();
    private final Map<String, List<Port>> segments = new HashMap<>();
    private final long delayMillis;
    private Predicate<byte[]> dropFilter = b -> false;
    private long packets;

    public SimNetwork(long delayMillis) {
        this.delayMillis = delayMillis;
    }

    private record Port(Router router, String ifName, int address) {}

    /** One simulated router: its process, the routes it was last given, its events. */
    public final class Router implements OspfIo {
        public final String name;
        public final OspfProcess process;
        private final Map<String, String> ifaceSegment = new HashMap<>();
        private List<OspfRoute> routes = List.of();
        public final List<OspfEvent> events = new ArrayList<>();
        public boolean recordEvents = true;

        Router(String name) {
            this.name = name;
            this.process = new OspfProcess(scheduler, this, 1000);
        }

        @Override
        public void send(String ifName, int source, int destination, byte[] packet) {
            String seg = ifaceSegment.get(ifName);
            if (seg == null || dropFilter.test(packet)) {
                return;
            }
            packets++;
            for (Port p : segments.getOrDefault(seg, List.of())) {
                if (p.router == this) {
                    continue;
                }
                boolean multicast = (destination & 0xf0000000) == 0xe0000000;
                if (multicast || p.address == destination) {
                    byte[] copy = packet.clone();
                    scheduler.schedule(delayMillis, () -> p.router.process.receive(p.ifName, source, destination, copy));
                }
            }
        }

        @Override
        public void routes(List<OspfRoute> r) {
            this.routes = r;
        }

        @Override
        public void event(OspfEvent e) {
            if (recordEvents && !(e instanceof OspfEvent.HelloSent) && !(e instanceof OspfEvent.HelloReceived)) {
                events.add(e);
            }
        }

        public List<OspfRoute> routes() {
            return routes;
        }

        public OspfRoute route(int prefix, int len) {
            for (OspfRoute r : routes) {
                if (r.prefix() == prefix && r.prefixLength() == len) {
                    return r;
                }
            }
            return null;
        }

        public void apply(ProcessSpec spec) {
            for (InterfaceSpec i : spec.interfaces()) {
                ifaceSegment.putIfAbsent(i.name(), null);
            }
            process.apply(spec);
        }
    }

    public Router router(String name) {
        return routers.computeIfAbsent(name, Router::new);
    }

    /** Joins {@code router}'s {@code ifName} (address {@code address}) to segment {@code segment}. */
    public void attach(String segment, Router router, String ifName, int address) {
        segments.computeIfAbsent(segment, k -> new ArrayList<>()).add(new Port(router, ifName, address));
        router.ifaceSegment.put(ifName, segment);
    }

    /** Cuts {@code router}'s {@code ifName} from its segment (as a pulled cable: nothing more crosses). */
    public void detach(Router router, String ifName) {
        String seg = router.ifaceSegment.put(ifName, null);
        if (seg != null) {
            segments.get(seg).removeIf(p -> p.router == router && p.ifName.equals(ifName));
        }
    }

    public void dropWhen(Predicate<byte[]> filter) {
        this.dropFilter = filter;
    }

    public VirtualScheduler scheduler() {
        return scheduler;
    }

    public void advance(long millis) {
        scheduler.advance(millis);
    }

    public long packets() {
        return packets;
    }

    public java.util.Collection<Router> routers() {
        return routers.values();
    }
}
