package iosim.ospf;

import iosim.ospf.packet.Addr;
import iosim.ospf.packet.Lsa;
import iosim.ospf.packet.LsaHeader;
import iosim.ospf.packet.LsaKey;
import iosim.ospf.packet.LsaType;
import iosim.ospf.packet.OspfCodec;
import iosim.ospf.packet.OspfPacket;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One OSPFv2 process (RFC 2328): interfaces, neighbours, the areas' databases, flooding, LSA
 * origination and SPF. Single-threaded: every method must be called on the scheduler's thread.
 * Packets come in through {@link #receive} and go out through {@link OspfIo#send}; routes go to
 * {@link OspfIo#routes}.
 */
public final class OspfProcess {
    static final int MIN_LS_INTERVAL = 5000;
    static final int MIN_LS_ARRIVAL = 1000;
    static final int LS_REFRESH_SECONDS = 1800;

    final class Area {
        final int id;
        final Lsdb db = new Lsdb();
        Spf.Result spf;
        int spfRuns;

        Area(int id) {
            this.id = id;
        }
    }

    private final Scheduler scheduler;
    private final OspfIo io;
    private ProcessSpec spec;
    private int routerId;
    private final Map<String, Iface> ifaces = new LinkedHashMap<>();
    private final Map<Integer, Area> areas = new TreeMap<>();
    private final Lsdb externals = new Lsdb();
    private final Flooding flooding = new Flooding(this);
    private final Origination origination = new Origination(this);
    private Scheduler.Timer spfTimer;
    private Scheduler.Timer maintenance;
    private long lastSpfMillis = -1;
    private long lastSpfMicros;
    private int spfRuns;
    private int spfHoldCurrent;
    private long cryptoSeq;
    private long startedMillis;
    private List<OspfRoute> routes = List.of();
    private boolean running;

    public OspfProcess(Scheduler scheduler, OspfIo io, long cryptoSeqBase) {
        this.scheduler = scheduler;
        this.io = io;
        this.cryptoSeq = cryptoSeqBase;
    }

    // ------------------------------------------------------------------ configuration

    /** Applies {@code s}: starts the process on first call, then adds, changes and removes interfaces. */
    public void apply(ProcessSpec s) {
        ProcessSpec old = spec;
        spec = s;
        if (!running) {
            start();
            return;
        }
        Map<String, InterfaceSpec> want = new LinkedHashMap<>();
        for (InterfaceSpec i : s.interfaces()) {
            want.put(i.name(), i);
        }
        for (Iface i : new ArrayList<>(ifaces.values())) {
            InterfaceSpec w = want.get(i.name());
            if (w == null || needsRestart(i.spec, w) || old.isStub(i.spec.areaId()) != s.isStub(i.spec.areaId())) {
                i.interfaceDown(OspfEvent.Reason.INTERFACE_DOWN);
                ifaces.remove(i.name());
            } else {
                i.spec = w;
            }
        }
        for (InterfaceSpec w : s.interfaces()) {
            if (!ifaces.containsKey(w.name())) {
                Iface i = new Iface(this, w);
                ifaces.put(w.name(), i);
                area(w.areaId());
                if (w.up() && w.address() != 0) {
                    i.interfaceUp();
                }
            }
        }
        dropUnusedAreas();
        lsasChanged();
        scheduleSpf();
    }

    private static boolean needsRestart(InterfaceSpec a, InterfaceSpec b) {
        return a.address() != b.address() || a.prefixLength() != b.prefixLength() || a.up() != b.up()
                || a.areaId() != b.areaId() || a.networkType() != b.networkType() || a.passive() != b.passive()
                || a.helloInterval() != b.helloInterval() || a.deadInterval() != b.deadInterval()
                || a.priority() != b.priority() || !a.auth().equals(b.auth()) || a.mtu() != b.mtu();
    }

    private void start() {
        running = true;
        startedMillis = scheduler.nowMillis();
        routerId = spec.routerId() != 0 ? spec.routerId() : highestAddress();
        for (InterfaceSpec w : spec.interfaces()) {
            Iface i = new Iface(this, w);
            ifaces.put(w.name(), i);
            area(w.areaId());
        }
        for (Iface i : ifaces.values()) {
            if (i.spec.up() && i.spec.address() != 0) {
                i.interfaceUp();
            }
        }
        maintenance = scheduler.schedule(10_000, this::maintain);
        lsasChanged();
    }

    private int highestAddress() {
        int best = 0;
        for (InterfaceSpec i : spec.interfaces()) {
            if (i.up() && Integer.compareUnsigned(i.address(), best) > 0) {
                best = i.address();
            }
        }
        return best;
    }

    /** {@code clear ip ospf process}: every adjacency down, databases flushed, router ID chosen again. */
    public void restart() {
        if (!running) {
            return;
        }
        stop(OspfEvent.Reason.PROCESS_CLEARED);
        start();
    }

    /** Stops the process: neighbours down, databases and routes gone. */
    public void shutdown() {
        if (running) {
            stop(OspfEvent.Reason.INTERFACE_DOWN);
        }
    }

    private void stop(OspfEvent.Reason why) {
        for (Iface i : ifaces.values()) {
            i.interfaceDown(why);
        }
        ifaces.clear();
        areas.clear();
        externals.clear();
        origination.reset();
        if (spfTimer != null) {
            spfTimer.cancel();
            spfTimer = null;
        }
        if (maintenance != null) {
            maintenance.cancel();
        }
        running = false;
        routes = List.of();
        io.routes(routes);
    }

    private void dropUnusedAreas() {
        areas.keySet().removeIf(a -> ifaces.values().stream().noneMatch(i -> i.spec.areaId() == a));
    }

    Area area(int id) {
        return areas.computeIfAbsent(id, Area::new);
    }

    // ------------------------------------------------------------------ accessors for the state machines

    Scheduler scheduler() {
        return scheduler;
    }

    ProcessSpec spec() {
        return spec;
    }

    public int routerId() {
        return routerId;
    }

    /** The spec applied last. */
    public ProcessSpec routesSpec() {
        return spec;
    }

    Map<String, Iface> ifaces() {
        return ifaces;
    }

    Map<Integer, Area> areas() {
        return areas;
    }

    Lsdb externals() {
        return externals;
    }

    Flooding flooding() {
        return flooding;
    }

    void event(OspfEvent e) {
        io.event(e);
    }

    /** Hello/DBD options for an area: E unless stub. */
    int options(int area) {
        return spec.isStub(area) ? 0 : OspfPacket.OPT_E;
    }

    boolean isAbr() {
        int active = 0;
        for (Area a : areas.values()) {
            for (Iface i : ifaces.values()) {
                if (i.spec.areaId() == a.id && i.state != InterfaceState.DOWN) {
                    active++;
                    break;
                }
            }
        }
        return active > 1;
    }

    boolean isAsbr() {
        return !spec.externals().isEmpty();
    }

    /** Something our LSAs depend on changed: (re)originate soon. */
    void lsasChanged() {
        origination.schedule();
    }

    // ------------------------------------------------------------------ packets

    void send(Iface i, int destination, OspfPacket p) {
        byte[] b = OspfCodec.encode(routerId, i.spec.areaId(), p, i.spec.auth(), ++cryptoSeq);
        io.send(i.name(), i.address(), destination, b);
    }

    void sendUpdate(Iface i, int destination, List<Lsa> lsas) {
        if (lsas.isEmpty()) {
            return;
        }
        List<Lsa> batch = new ArrayList<>();
        int bytes = 0;
        int room = Math.max(200, i.spec.mtu() - 20 - OspfCodec.HEADER_LENGTH - 4 - i.spec.auth().type().digestLength);
        for (Lsa l : lsas) {
            Lsa aged = l.withAge(Math.min(LsaHeader.MAX_AGE, l.header().age() + i.spec.transmitDelay()));
            if (bytes + aged.length() > room && !batch.isEmpty()) {
                send(i, destination, new OspfPacket.LsUpdate(batch));
                batch = new ArrayList<>();
                bytes = 0;
            }
            batch.add(aged);
            bytes += aged.length();
        }
        send(i, destination, new OspfPacket.LsUpdate(batch));
    }

    /** A packet received on {@code ifName} (the IP payload). Malformed or unauthenticated packets are dropped and reported. */
    public void receive(String ifName, int source, int destination, byte[] payload) {
        Iface i = ifaces.get(ifName);
        if (i == null || i.state == InterfaceState.DOWN || i.spec.passive() || i.state == InterfaceState.LOOPBACK) {
            return;
        }
        OspfCodec.Decoded d = OspfCodec.decode(payload, 0, payload.length, i.spec.auth());
        if (!d.ok()) {
            OspfEvent.Kind k = switch (d.result()) {
                case AUTH_TYPE_MISMATCH -> OspfEvent.Kind.AUTH_TYPE;
                case AUTH_KEY_MISMATCH -> OspfEvent.Kind.AUTH_KEY;
                case AUTH_FAILED -> OspfEvent.Kind.AUTH_DIGEST;
                case BAD_CHECKSUM -> OspfEvent.Kind.CHECKSUM;
                default -> OspfEvent.Kind.MALFORMED;
            };
            event(new OspfEvent.Mismatch(ifName, d.routerId(), source, k, i.spec.auth().type().auType, d.auType()));
            return;
        }
        if (d.areaId() != i.spec.areaId()) {
            event(new OspfEvent.Mismatch(ifName, d.routerId(), source, OspfEvent.Kind.AREA, i.spec.areaId(), d.areaId()));
            return;
        }
        if (d.routerId() == routerId) {
            if (source != i.address()) {
                event(new OspfEvent.Mismatch(ifName, d.routerId(), source, OspfEvent.Kind.DUPLICATE_ROUTER_ID, 0, 0));
            }
            return;
        }
        if (destination == Iface.ALL_D_ROUTERS && !i.isDr() && !i.isBdr()) {
            return;
        }
        if (i.broadcast() && !onSubnet(i, source)) {
            return;
        }
        if (d.packet() instanceof OspfPacket.Hello h) {
            Neighbor n = i.neighborFor(source, d.routerId());
            if (n != null && !cryptoSeqOk(i, n, d)) {
                return;
            }
            i.receiveHello(source, d.routerId(), h);
            Neighbor after = i.neighborFor(source, d.routerId());
            if (after != null && i.spec.auth().type().auType == 2) {
                after.lastCryptoSeq = d.cryptoSeq();
            }
            return;
        }
        Neighbor n = i.neighborFor(source, d.routerId());
        if (n == null || n.rid != d.routerId() || !cryptoSeqOk(i, n, d)) {
            return;
        }
        if (i.spec.auth().type().auType == 2) {
            n.lastCryptoSeq = d.cryptoSeq();
        }
        OspfPacket pk = d.packet();
        if (pk instanceof OspfPacket.Dbd x) {
            n.receiveDbd(x);
        } else if (pk instanceof OspfPacket.LsRequest x) {
            n.receiveRequest(x);
        } else if (pk instanceof OspfPacket.LsUpdate x) {
            flooding.receiveUpdate(i, n, x);
        } else if (pk instanceof OspfPacket.LsAck x) {
            n.receiveAck(x);
        }
    }

    private boolean cryptoSeqOk(Iface i, Neighbor n, OspfCodec.Decoded d) {
        if (i.spec.auth().type().auType != 2 || n.lastCryptoSeq < 0 || d.cryptoSeq() >= n.lastCryptoSeq) {
            return true;
        }
        event(new OspfEvent.Mismatch(i.name(), n.rid, n.address, OspfEvent.Kind.CRYPTO_SEQ, n.lastCryptoSeq, d.cryptoSeq()));
        return false;
    }

    private static boolean onSubnet(Iface i, int a) {
        return (a & i.spec.mask()) == i.spec.network();
    }

    // ------------------------------------------------------------------ database access

    /** The database an LSA of {@code type} received on {@code i} belongs to. */
    Lsdb dbFor(Iface i, int type) {
        return type == LsaType.AS_EXTERNAL ? externals : area(i.spec.areaId()).db;
    }

    LsaHeader headerOf(Iface i, LsaKey k) {
        Lsdb.Entry e = dbFor(i, k.type()).get(k);
        return e == null ? null : e.header(scheduler.nowMillis());
    }

    Lsa currentLsa(Iface i, LsaKey k) {
        Lsdb.Entry e = dbFor(i, k.type()).get(k);
        return e == null ? null : e.current(scheduler.nowMillis());
    }

    /** The headers a database exchange on {@code i} describes (RFC 2328 10.3: MaxAge ones excluded). */
    List<LsaHeader> databaseSummary(Iface i) {
        long now = scheduler.nowMillis();
        List<LsaHeader> out = new ArrayList<>();
        for (LsaHeader h : area(i.spec.areaId()).db.headers(now)) {
            if (h.age() < LsaHeader.MAX_AGE) {
                out.add(h);
            }
        }
        if (!spec.isStub(i.spec.areaId())) {
            for (LsaHeader h : externals.headers(now)) {
                if (h.age() < LsaHeader.MAX_AGE) {
                    out.add(h);
                }
            }
        }
        return out;
    }

    /** True when {@code k} names an LSA this router originates (RFC 2328 13.4). */
    boolean selfOriginated(LsaKey k) {
        if (k.advRouter() == routerId) {
            return true;
        }
        if (k.type() == LsaType.NETWORK) {
            for (Iface i : ifaces.values()) {
                if (i.address() == k.lsId()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Installs an LSA into its database; schedules SPF when its contents changed. */
    void install(Lsdb db, Lsa lsa) {
        if (db.install(lsa, scheduler.nowMillis())) {
            scheduleSpf();
        }
    }

    Origination origination() {
        return origination;
    }

    // ------------------------------------------------------------------ SPF

    void scheduleSpf() {
        if (spfTimer != null || !running) {
            return;
        }
        long now = scheduler.nowMillis();
        long delay = spec.spfStart();
        if (lastSpfMillis >= 0) {
            long sinceLast = now - lastSpfMillis;
            if (sinceLast < spfHoldCurrent) {
                delay = Math.max(delay, spfHoldCurrent - sinceLast);
                spfHoldCurrent = Math.min(spec.spfMax(), spfHoldCurrent * 2);
            } else if (sinceLast > spec.spfMax()) {
                spfHoldCurrent = spec.spfHold();
            }
        } else {
            spfHoldCurrent = spec.spfHold();
        }
        spfTimer = scheduler.schedule(delay, this::runSpf);
    }

    /** Runs SPF for every area now and hands the routes to the router. */
    public void runSpf() {
        spfTimer = null;
        if (!running) {
            return;
        }
        long t0 = System.nanoTime();
        long now = scheduler.nowMillis();
        List<RouteCalculation.AreaInput> inputs = new ArrayList<>();
        Map<Integer, Iface> byAddress = new HashMap<>();
        for (Iface i : ifaces.values()) {
            byAddress.put(i.address(), i);
        }
        for (Area a : areas.values()) {
            Spf.RootLinks links = new Spf.RootLinks() {
                @Override
                public String ifaceFor(int address) {
                    Iface i = byAddress.get(address);
                    return i == null || i.spec.areaId() != a.id ? null : i.name();
                }

                @Override
                public int neighborAddress(String ifName, int rid) {
                    Iface i = ifaces.get(ifName);
                    if (i != null) {
                        for (Neighbor n : i.neighbors.values()) {
                            if (n.rid == rid) {
                                return n.address;
                            }
                        }
                    }
                    return 0;
                }
            };
            a.spf = Spf.run(a.id, a.db, routerId, links, now);
            a.spfRuns++;
            inputs.add(new RouteCalculation.AreaInput(a.id, a.spf, a.db));
        }
        routes = RouteCalculation.compute(inputs, externals, routerId, isAbr(), now);
        lastSpfMillis = now;
        lastSpfMicros = (System.nanoTime() - t0) / 1000;
        spfRuns++;
        event(new OspfEvent.SpfRun(-1, lastSpfMicros, routes.size()));
        io.routes(routes);
        if (isAbr()) {
            lsasChanged();
        }
    }

    public List<OspfRoute> routes() {
        return routes;
    }

    // ------------------------------------------------------------------ ageing (RFC 2328 14)

    private void maintain() {
        maintenance = scheduler.schedule(10_000, this::maintain);
        long now = scheduler.nowMillis();
        List<Lsdb> dbs = new ArrayList<>();
        areas.values().forEach(a -> dbs.add(a.db));
        dbs.add(externals);
        boolean exchanging = false;
        for (Iface i : ifaces.values()) {
            for (Neighbor n : i.neighbors.values()) {
                if (n.state == NeighborState.EXCHANGE || n.state == NeighborState.LOADING) {
                    exchanging = true;
                }
            }
        }
        for (Lsdb db : dbs) {
            for (Lsdb.Entry e : new ArrayList<>(db.entries())) {
                int age = e.age(now);
                LsaKey k = e.lsa.key();
                if (age >= LsaHeader.MAX_AGE) {
                    if (e.lsa.header().age() < LsaHeader.MAX_AGE) {
                        Lsa flushed = e.lsa.withAge(LsaHeader.MAX_AGE);
                        install(db, flushed);
                        flooding.flood(db == externals ? -1 : areaOf(db), flushed, null, null);
                    } else if (!exchanging && !onAnyRetransmitList(k)) {
                        db.remove(k);
                    }
                } else if (age >= LS_REFRESH_SECONDS && k.advRouter() == routerId) {
                    origination.refresh(db == externals ? -1 : areaOf(db), k);
                }
            }
        }
    }

    private int areaOf(Lsdb db) {
        for (Area a : areas.values()) {
            if (a.db == db) {
                return a.id;
            }
        }
        return 0;
    }

    boolean onAnyRetransmitList(LsaKey k) {
        for (Iface i : ifaces.values()) {
            for (Neighbor n : i.neighbors.values()) {
                if (n.retransmit.containsKey(k)) {
                    return true;
                }
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ snapshots

    public Snapshots.Process snapshot() {
        long now = scheduler.nowMillis();
        List<Snapshots.Area> as = new ArrayList<>();
        for (Area a : areas.values()) {
            long sum = 0;
            for (Lsdb.Entry e : a.db.entries()) {
                sum += e.lsa.header().checksum();
            }
            int n = (int) ifaces.values().stream().filter(i -> i.spec.areaId() == a.id).count();
            as.add(new Snapshots.Area(a.id, spec.isStub(a.id), spec.totallyStubAreas().contains(a.id), n, a.spfRuns,
                    a.db.size(), sum));
        }
        long xs = 0;
        for (Lsdb.Entry e : externals.entries()) {
            xs += e.lsa.header().checksum();
        }
        return new Snapshots.Process(spec.processId(), routerId, isAbr(), isAsbr(), now - startedMillis, as,
                externals.size(), xs, spec.spfStart(), spec.spfHold(), spec.spfMax(),
                lastSpfMillis < 0 ? -1 : now - lastSpfMillis, lastSpfMicros, spfRuns);
    }

    public List<Snapshots.Neighbor> neighbors() {
        long now = scheduler.nowMillis();
        List<Snapshots.Neighbor> out = new ArrayList<>();
        for (Iface i : ifaces.values()) {
            for (Neighbor n : i.neighbors.values()) {
                out.add(new Snapshots.Neighbor(n.rid, n.address, i.name(), n.priority, n.state, n.dr, n.bdr,
                        Math.max(0, n.deadDueMillis - now), n.state == NeighborState.FULL ? now - n.fullSinceMillis : 0,
                        n.stateChanges, i.spec.areaId(), n.options, n.requests.size(), n.retransmit.size(), n.master()));
            }
        }
        return out;
    }

    public List<Snapshots.Interface> interfaces() {
        long now = scheduler.nowMillis();
        List<Snapshots.Interface> out = new ArrayList<>();
        for (Iface i : ifaces.values()) {
            List<Integer> adj = new ArrayList<>();
            int count = 0;
            for (Neighbor n : i.neighbors.values()) {
                if (n.state.atLeast(NeighborState.TWO_WAY) || n.state == NeighborState.INIT) {
                    count++;
                }
                if (n.state == NeighborState.FULL) {
                    adj.add(n.rid);
                }
            }
            out.add(new Snapshots.Interface(i.name(), i.address(), i.spec.prefixLength(), i.spec.areaId(), i.spec.cost(),
                    i.spec.networkType(), i.state, i.spec.priority(), ridOf(i, i.dr), i.dr, ridOf(i, i.bdr), i.bdr,
                    i.spec.helloInterval(), i.spec.deadInterval(), i.spec.retransmitInterval(), i.spec.transmitDelay(),
                    i.spec.passive(), Math.max(0, i.nextHelloMillis - now), count, adj.size(), adj,
                    i.spec.auth().type().name(), i.spec.auth().keyId(), i.spec.up()));
        }
        return out;
    }

    private int ridOf(Iface i, int address) {
        if (address == 0) {
            return 0;
        }
        if (address == i.address()) {
            return routerId;
        }
        Neighbor n = i.neighborByAddress(address);
        return n == null ? 0 : n.rid;
    }

    /** Every LSA, areas first (area, type, ID, advertising router order), then AS-external ones (area -1). */
    public List<Snapshots.Lsa> database() {
        long now = scheduler.nowMillis();
        List<Snapshots.Lsa> out = new ArrayList<>();
        for (Area a : areas.values()) {
            for (Lsdb.Entry e : a.db.entries()) {
                out.add(lsaView(a.id, e, now));
            }
        }
        for (Lsdb.Entry e : externals.entries()) {
            out.add(lsaView(-1, e, now));
        }
        return out;
    }

    private static Snapshots.Lsa lsaView(int area, Lsdb.Entry e, long now) {
        LsaHeader h = e.lsa.header();
        int links = 0;
        if (h.type() == LsaType.ROUTER) {
            var r = iosim.ospf.packet.RouterLsa.decode(e.lsa.body());
            links = r == null ? 0 : r.links().size();
        }
        return new Snapshots.Lsa(area, h.type(), h.lsId(), h.advRouter(), e.age(now), h.seq(), h.checksum(),
                h.options(), links, e.lsa.body());
    }

    @Override
    public String toString() {
        return "OSPF " + (spec == null ? "?" : spec.processId()) + " " + Addr.format(routerId);
    }
}
