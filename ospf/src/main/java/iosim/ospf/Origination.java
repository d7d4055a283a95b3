package iosim.ospf;

import iosim.ospf.packet.Addr;
import iosim.ospf.packet.ExternalLsa;
import iosim.ospf.packet.Lsa;
import iosim.ospf.packet.LsaHeader;
import iosim.ospf.packet.LsaKey;
import iosim.ospf.packet.LsaType;
import iosim.ospf.packet.NetworkLsa;
import iosim.ospf.packet.OspfPacket;
import iosim.ospf.packet.RouterLsa;
import iosim.ospf.packet.SummaryLsa;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The LSAs this router originates (RFC 2328 12.4): router-LSAs, network-LSAs where it is DR,
 * summary-LSAs as an ABR and AS-external-LSAs. Level-triggered: {@link #originate()} computes
 * what should exist, compares with the databases and (re)originates or flushes the difference,
 * no more often than MinLSInterval per LSA.
 */
final class Origination {
    private final OspfProcess p;
    private final Map<Slot, Lsa> ours = new HashMap<>();
    private final Map<Slot, Long> lastAt = new HashMap<>();
    private Scheduler.Timer timer;
    private long timerDue;

    private record Wanted(int area, int options, byte[] body) {}

    /** An LSA in one database: the same key may exist in several areas (our router-LSA does). */
    private record Slot(int area, LsaKey key) {
        static Slot of(int area, LsaKey k) {
            return new Slot(k.type() == LsaType.AS_EXTERNAL ? -1 : area, k);
        }
    }

    Origination(OspfProcess p) {
        this.p = p;
    }

    void reset() {
        ours.clear();
        lastAt.clear();
        if (timer != null) {
            timer.cancel();
            timer = null;
        }
    }

    void schedule() {
        scheduleIn(0);
    }

    private void scheduleIn(long delay) {
        long due = p.scheduler().nowMillis() + delay;
        if (timer != null && timerDue <= due) {
            return;
        }
        if (timer != null) {
            timer.cancel();
        }
        timerDue = due;
        timer = p.scheduler().schedule(delay, () -> {
            timer = null;
            originate();
        });
    }

    /** Our own LSA came back newer than what we hold (RFC 2328 13.4): originate past it or flush it. */
    void receivedOwn(int area, Lsa lsa) {
        ours.remove(Slot.of(area, lsa.key()));
        schedule();
    }

    /** LSRefreshTime reached: a new instance with the same contents. */
    void refresh(int area, LsaKey k) {
        ours.remove(Slot.of(area, k));
        lastAt.remove(Slot.of(area, k));
        schedule();
    }

    void originate() {
        if (p.spec() == null) {
            return;
        }
        long now = p.scheduler().nowMillis();
        Map<Slot, Wanted> want = wanted();
        long retry = Long.MAX_VALUE;
        for (Map.Entry<Slot, Wanted> e : want.entrySet()) {
            Slot slot = e.getKey();
            LsaKey k = slot.key();
            Wanted w = e.getValue();
            Lsdb db = k.type() == LsaType.AS_EXTERNAL ? p.externals() : p.area(w.area()).db;
            Lsdb.Entry cur = db.get(k);
            Lsa mine = ours.get(slot);
            if (cur != null && mine != null && cur.lsa.header().seq() == mine.header().seq()
                    && cur.age(now) < LsaHeader.MAX_AGE && cur.lsa.header().options() == w.options()
                    && java.util.Arrays.equals(cur.lsa.body(), w.body())) {
                continue;
            }
            Long last = lastAt.get(slot);
            if (last != null && now - last < OspfProcess.MIN_LS_INTERVAL) {
                retry = Math.min(retry, last + OspfProcess.MIN_LS_INTERVAL - now);
                continue;
            }
            int seq = cur == null ? LsaHeader.INITIAL_SEQ : cur.lsa.header().seq() + 1;
            if (mine != null && mine.header().seq() >= seq) {
                seq = mine.header().seq() + 1;
            }
            Lsa lsa = Lsa.build(0, w.options(), k.type(), k.lsId(), p.routerId(), seq, w.body());
            ours.put(slot, lsa);
            lastAt.put(slot, now);
            p.install(db, lsa);
            p.event(new OspfEvent.LsaOriginated(k.type(), k.lsId(), seq));
            p.flooding().flood(k.type() == LsaType.AS_EXTERNAL ? -1 : w.area(), lsa, null, null);
        }
        flushUnwanted(want, now);
        if (retry != Long.MAX_VALUE) {
            scheduleIn(retry);
        }
    }

    private void flushUnwanted(Map<Slot, Wanted> want, long now) {
        List<Lsdb> dbs = new ArrayList<>();
        List<Integer> ids = new ArrayList<>();
        for (OspfProcess.Area a : p.areas().values()) {
            dbs.add(a.db);
            ids.add(a.id);
        }
        dbs.add(p.externals());
        ids.add(-1);
        for (int d = 0; d < dbs.size(); d++) {
            Lsdb db = dbs.get(d);
            for (Lsdb.Entry e : new ArrayList<>(db.entries())) {
                LsaKey k = e.lsa.key();
                Slot slot = Slot.of(ids.get(d), k);
                if (!p.selfOriginated(k) || want.containsKey(slot) || e.age(now) >= LsaHeader.MAX_AGE) {
                    continue;
                }
                Lsa flushed = e.lsa.withAge(LsaHeader.MAX_AGE);
                ours.remove(slot);
                p.install(db, flushed);
                p.flooding().flood(ids.get(d), flushed, null, null);
            }
        }
    }

    // ------------------------------------------------------------------ what should exist

    private Map<Slot, Wanted> wanted() {
        Map<Slot, Wanted> want = new LinkedHashMap<>();
        int rid = p.routerId();
        boolean abr = p.isAbr();
        boolean anyNonStub = false;
        for (OspfProcess.Area a : p.areas().values()) {
            List<Iface> in = new ArrayList<>();
            for (Iface i : p.ifaces().values()) {
                if (i.spec.areaId() == a.id && i.state != InterfaceState.DOWN) {
                    in.add(i);
                }
            }
            if (in.isEmpty()) {
                continue;
            }
            boolean stub = p.spec().isStub(a.id);
            anyNonStub |= !stub;
            int opts = p.options(a.id);
            List<RouterLsa.Link> links = new ArrayList<>();
            for (Iface i : in) {
                links(i, links);
                if (i.isDr() && i.fullNeighbors() > 0 && !i.spec.passive()) {
                    List<Integer> attached = new ArrayList<>();
                    attached.add(rid);
                    for (Neighbor n : i.neighbors.values()) {
                        if (n.state == NeighborState.FULL) {
                            attached.add(n.rid);
                        }
                    }
                    want.put(Slot.of(a.id, new LsaKey(LsaType.NETWORK, i.address(), rid)), new Wanted(a.id, opts, new NetworkLsa(i.spec.mask(), attached).encode()));
                }
            }
            RouterLsa r = new RouterLsa(false, p.isAsbr() && !stub, abr, links);
            want.put(Slot.of(a.id, new LsaKey(LsaType.ROUTER, rid, rid)), new Wanted(a.id, opts, r.encode()));
            if (abr) {
                summaries(a, stub, want);
            }
        }
        if (anyNonStub) {
            for (ExternalRoute x : p.spec().externals()) {
                int mask = Addr.mask(x.prefixLength());
                want.put(Slot.of(-1, new LsaKey(LsaType.AS_EXTERNAL, x.prefix() & mask, rid)), new Wanted(-1, OspfPacket.OPT_E,
                        new ExternalLsa(mask, x.type2(), x.metric(), 0, x.tag()).encode()));
            }
        }
        return want;
    }

    private void links(Iface i, List<RouterLsa.Link> links) {
        InterfaceSpec s = i.spec;
        switch (i.state) {
            case DOWN -> { }
            case LOOPBACK -> links.add(new RouterLsa.Link(s.address(), 0xffffffff, RouterLsa.STUB, 1));
            case POINT_TO_POINT -> {
                for (Neighbor n : i.neighbors.values()) {
                    if (n.state == NeighborState.FULL) {
                        links.add(new RouterLsa.Link(n.rid, s.address(), RouterLsa.PTP, s.cost()));
                    }
                }
                if (s.networkType() == NetworkType.POINT_TO_MULTIPOINT) {
                    links.add(new RouterLsa.Link(s.address(), 0xffffffff, RouterLsa.STUB, 0));
                } else {
                    links.add(new RouterLsa.Link(s.network(), s.mask(), RouterLsa.STUB, s.cost()));
                }
            }
            case WAITING -> links.add(new RouterLsa.Link(s.network(), s.mask(), RouterLsa.STUB, s.cost()));
            default -> {
                boolean transit = !s.passive() && (i.isDr() ? i.fullNeighbors() > 0 : fullWithDr(i));
                if (transit) {
                    links.add(new RouterLsa.Link(i.dr, s.address(), RouterLsa.TRANSIT, s.cost()));
                } else {
                    links.add(new RouterLsa.Link(s.network(), s.mask(), RouterLsa.STUB, s.cost()));
                }
            }
        }
    }

    private static boolean fullWithDr(Iface i) {
        Neighbor dr = i.neighborByAddress(i.dr);
        return dr != null && dr.state == NeighborState.FULL;
    }

    /** An ABR's summary-LSAs into {@code a} (RFC 2328 12.4.3), and the default into a stub area. */
    private void summaries(OspfProcess.Area a, boolean stub, Map<Slot, Wanted> want) {
        int rid = p.routerId();
        int opts = p.options(a.id);
        if (stub) {
            want.put(Slot.of(a.id, new LsaKey(LsaType.SUMMARY_NETWORK, 0, rid)), new Wanted(a.id, opts, new SummaryLsa(0, 1).encode()));
            if (p.spec().totallyStubAreas().contains(a.id)) {
                return;
            }
        }
        for (OspfProcess.Area other : p.areas().values()) {
            if (other.id == a.id || other.spf == null) {
                continue;
            }
            for (OspfRoute r : other.spf.routes()) {
                if (belongsTo(r, a)) {
                    continue;
                }
                int mask = Addr.mask(r.prefixLength());
                want.putIfAbsent(Slot.of(a.id, new LsaKey(LsaType.SUMMARY_NETWORK, r.prefix(), rid)), new Wanted(a.id, opts, new SummaryLsa(mask, r.cost()).encode()));
            }
            if (!stub) {
                for (Spf.Vertex v : other.spf.routers().values()) {
                    if (v.router != null && v.router.asbr() && v.id != rid) {
                        want.putIfAbsent(Slot.of(a.id, new LsaKey(LsaType.SUMMARY_ASBR, v.id, rid)), new Wanted(a.id, opts, new SummaryLsa(0, v.dist).encode()));
                    }
                }
            }
        }
        if (a.id != 0) {
            for (OspfRoute r : p.routes()) {
                if (r.type() == OspfRoute.Type.INTER_AREA && r.area() == 0) {
                    want.putIfAbsent(Slot.of(a.id, new LsaKey(LsaType.SUMMARY_NETWORK, r.prefix(), rid)), new Wanted(a.id, opts, new SummaryLsa(Addr.mask(r.prefixLength()), r.cost()).encode()));
                }
            }
        }
    }

    private boolean belongsTo(OspfRoute r, OspfProcess.Area a) {
        if (a.spf == null) {
            return false;
        }
        for (OspfRoute x : a.spf.routes()) {
            if (x.prefix() == r.prefix() && x.prefixLength() == r.prefixLength()) {
                return true;
            }
        }
        for (Iface i : p.ifaces().values()) {
            if (i.spec.areaId() == a.id && i.spec.network() == r.prefix() && i.spec.prefixLength() == r.prefixLength()) {
                return true;
            }
        }
        return false;
    }
}
