package iosim.shell.controller;

import io.netty.buffer.ByteBuf;
import iosim.dataplane.InterfaceKind;
import iosim.dataplane.Node;
import iosim.dataplane.NodeInterface;
import iosim.dataplane.Route;
import iosim.dataplane.packet.Ipv4Header;
import iosim.ospf.ExternalRoute;
import iosim.ospf.InterfaceSpec;
import iosim.ospf.NetworkType;
import iosim.ospf.OspfEvent;
import iosim.ospf.OspfIo;
import iosim.ospf.OspfProcess;
import iosim.ospf.OspfRoute;
import iosim.ospf.ProcessSpec;
import iosim.ospf.Snapshots;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The router's OSPF processes on its event loop: compiles each {@link OspfIntent.Process} with
 * the live interface state into a {@link ProcessSpec}, carries OSPF packets (IP protocol 89,
 * 224.0.0.5/6) between the dataplane and the processes, installs their routes in the RIB
 * (distance 110) and turns their events into syslog and debug lines. Loop only.
 */
final class OspfRuntime {
    static final int PROTO_OSPF = 89;
    static final int ALL_SPF_ROUTERS = 0xE0000005;
    static final int ALL_D_ROUTERS = 0xE0000006;

    private final Node node;
    private final LoopScheduler scheduler;
    private final OspfEventText text;
    private final Map<Integer, Running> running = new TreeMap<>();
    private OspfIntent intent = OspfIntent.NONE;
    private final Set<Integer> noRidLogged = new HashSet<>();

    /** One live process. */
    final class Running implements OspfIo {
        final OspfProcess process;
        OspfIntent.Process intent;
        ProcessSpec applied;
        int routerId;
        private final Map<String, Long> since = new HashMap<>();

        Running(OspfIntent.Process intent, int routerId) {
            this.intent = intent;
            this.routerId = routerId;
            this.process = new OspfProcess(scheduler, this, System.currentTimeMillis() / 1000);
        }

        @Override
        public void send(String ifName, int source, int destination, byte[] packet) {
            ByteBuf b = node.allocatePacket(20 + packet.length);
            Ipv4Header.write(b, 0xc0, 20 + packet.length, node.nextIpId(), 0, 1, PROTO_OSPF, source, destination);
            b.writeBytes(packet);
            node.sendOnInterface(ifName, destination, b);
        }

        @Override
        public void routes(List<OspfRoute> routes) {
            long now = System.currentTimeMillis();
            Map<String, Long> next = new HashMap<>();
            List<Route> out = new ArrayList<>();
            for (OspfRoute r : routes) {
                Route.Code code = switch (r.type()) {
                    case INTRA_AREA -> Route.Code.O;
                    case INTER_AREA -> Route.Code.O_IA;
                    case EXTERNAL_1 -> Route.Code.O_E1;
                    case EXTERNAL_2 -> Route.Code.O_E2;
                };
                for (OspfRoute.NextHop nh : r.nextHops()) {
                    String key = r.prefix() + "/" + r.prefixLength() + " " + code + " " + r.cost() + " " + nh;
                    long t = since.getOrDefault(key, now);
                    next.put(key, t);
                    out.add(new Route(code, r.prefix(), r.prefixLength(), nh.address(), nh.ifName(), 110, r.cost(), t));
                }
            }
            since.clear();
            since.putAll(next);
            node.setProtocolRoutes("ospf " + intent.processId(), out);
        }

        @Override
        public void event(OspfEvent e) {
            text.event(intent.processId(), intent.log(), e);
        }
    }

    OspfRuntime(Node node, LoopScheduler scheduler, OspfEventText text) {
        this.node = node;
        this.scheduler = scheduler;
        this.text = text;
    }

    /** Registers for protocol 89 and the two OSPF groups. */
    void start() {
        node.registerProtocol(PROTO_OSPF, this::receive);
        node.joinGroup(ALL_SPF_ROUTERS, true);
        node.joinGroup(ALL_D_ROUTERS, true);
    }

    void apply(OspfIntent want) {
        intent = want;
        sync();
    }

    /** Re-reads the interfaces' live state (line protocol, addresses) and the RIB for redistribution. */
    void tick() {
        if (!intent.processes().isEmpty() || !running.isEmpty()) {
            sync();
        }
    }

    private void sync() {
        Set<Integer> wanted = new HashSet<>();
        for (OspfIntent.Process p : intent.processes()) {
            wanted.add(p.processId());
        }
        for (Integer gone : new ArrayList<>(running.keySet())) {
            if (!wanted.contains(gone)) {
                running.remove(gone).process.shutdown();
                node.setProtocolRoutes("ospf " + gone, List.of());
            }
        }
        List<Route> rib = node.routesNow();
        for (OspfIntent.Process p : intent.processes()) {
            Running r = running.get(p.processId());
            if (r == null) {
                int rid = chooseRouterId(p);
                if (rid == 0) {
                    if (noRidLogged.add(p.processId())) {
                        text.log("%OSPF-4-NORTRID: OSPF process " + p.processId()
                                + " failed to allocate unique router-id and cannot start");
                    }
                    continue;
                }
                noRidLogged.remove(p.processId());
                r = new Running(p, rid);
                running.put(p.processId(), r);
            }
            r.intent = p;
            ProcessSpec spec = spec(p, r.routerId, rib);
            if (!spec.equals(r.applied)) {
                r.applied = spec;
                r.process.apply(spec);
            }
        }
    }

    /** {@code clear ip ospf process}: every process restarts, choosing its router ID again. */
    void clearProcesses() {
        List<Route> rib = node.routesNow();
        for (Running r : running.values()) {
            int rid = chooseRouterId(r.intent);
            if (rid != 0) {
                r.routerId = rid;
            }
            r.applied = spec(r.intent, r.routerId, rib);
            r.process.apply(r.applied);
            r.process.restart();
        }
    }

    private int chooseRouterId(OspfIntent.Process p) {
        if (p.routerId() != 0) {
            return p.routerId();
        }
        int loop = 0;
        int any = 0;
        for (NodeInterface i : node.interfaces()) {
            if (!i.hasAddress() || !i.adminUp()) {
                continue;
            }
            if (i.kind() == InterfaceKind.LOOPBACK) {
                loop = Integer.compareUnsigned(i.address(), loop) > 0 ? i.address() : loop;
            } else if (i.isUp()) {
                any = Integer.compareUnsigned(i.address(), any) > 0 ? i.address() : any;
            }
        }
        return loop != 0 ? loop : any;
    }

    private ProcessSpec spec(OspfIntent.Process p, int rid, List<Route> rib) {
        List<InterfaceSpec> ifs = new ArrayList<>();
        Set<String> ospfIfs = new HashSet<>();
        for (OspfIntent.Iface w : p.interfaces()) {
            NodeInterface i = node.iface(w.name());
            if (i == null || !i.hasAddress()) {
                continue;
            }
            ospfIfs.add(w.name());
            NetworkType type = w.networkType();
            int hello = w.hello() != null ? w.hello() : type == NetworkType.POINT_TO_MULTIPOINT ? 30 : 10;
            int dead = w.dead() != null ? w.dead() : 4 * hello;
            int cost = w.cost() != null ? w.cost() : defaultCost(i, p.referenceBandwidthMbps());
            ifs.add(new InterfaceSpec(w.name(), i.address(), i.prefixLength(), i.isUp(), i.mtu(), w.area(), cost, hello,
                    dead, w.priority(), type, w.passive(), w.auth(), 5, 1, w.mtuIgnore()));
        }
        List<ExternalRoute> ext = new ArrayList<>();
        boolean hasDefault = false;
        Set<Long> seen = new HashSet<>();
        for (Route r : rib) {
            if (r.prefixLength() == 0 && !r.code().ospf()) {
                hasDefault = true;
            }
            OspfIntent.Redistribute how = r.code() == Route.Code.S ? p.statics()
                    : r.code() == Route.Code.C && !ospfIfs.contains(r.interfaceName()) ? p.connected() : null;
            if (how == null || r.prefixLength() == 0 || !how.subnets() && !classful(r)) {
                continue;
            }
            if (seen.add(((long) r.prefixLength() << 32) | (r.prefix() & 0xffffffffL))) {
                ext.add(new ExternalRoute(r.prefix(), r.prefixLength(), how.metric(), how.type2(), 0));
            }
        }
        if (p.defaultRoute() != null && (p.defaultAlways() || hasDefault)) {
            ext.add(new ExternalRoute(0, 0, p.defaultRoute().metric(), p.defaultRoute().type2(), 1));
        }
        return new ProcessSpec(p.processId(), rid, ifs, p.stubAreas(), p.totallyStubAreas(), ext, p.spfStart(),
                p.spfHold(), p.spfMax());
    }

    private static boolean classful(Route r) {
        int first = (r.prefix() >>> 24) & 0xff;
        int len = first < 128 ? 8 : first < 192 ? 16 : 24;
        return r.prefixLength() == len;
    }

    /** IOS: reference bandwidth / interface bandwidth (GigabitEthernet 1 Gbit/s, Tunnel 100 kbit/s, Loopback 8 Gbit/s). */
    static int defaultCost(NodeInterface i, int referenceMbps) {
        long bwKbps = switch (i.kind()) {
            case ETHERNET -> 1_000_000L;
            case TUNNEL -> 100L;
            default -> 8_000_000L;
        };
        long cost = (long) referenceMbps * 1000L / bwKbps;
        return (int) Math.max(1, Math.min(65535, cost));
    }

    private void receive(NodeInterface in, ByteBuf pkt) {
        try {
            int i = pkt.readerIndex();
            int hl = Ipv4Header.headerLength(pkt, i);
            int total = Math.min(pkt.readableBytes(), Ipv4Header.totalLength(pkt, i));
            if (total <= hl) {
                return;
            }
            int src = Ipv4Header.source(pkt, i);
            int dst = Ipv4Header.destination(pkt, i);
            byte[] payload = new byte[total - hl];
            pkt.getBytes(i + hl, payload);
            for (Running r : running.values()) {
                if (r.applied != null && r.applied.interfaces().stream().anyMatch(s -> s.name().equals(in.name()))) {
                    r.process.receive(in.name(), src, dst, payload);
                }
            }
        } finally {
            pkt.release();
        }
    }

    // ---- snapshots for show commands ------------------------------------------------------------

    /** Everything show ip ospf / show ip protocols print, per process. */
    record View(OspfIntent.Process intent, Snapshots.Process process, List<Snapshots.Neighbor> neighbors,
                List<Snapshots.Interface> interfaces, List<Snapshots.Lsa> database) {}

    List<View> views() {
        List<View> out = new ArrayList<>();
        for (Running r : running.values()) {
            if (r.applied == null) {
                continue;
            }
            out.add(new View(r.intent, r.process.snapshot(), r.process.neighbors(), r.process.interfaces(),
                    r.process.database()));
        }
        return out;
    }
}
