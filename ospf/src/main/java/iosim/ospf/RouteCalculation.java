package iosim.ospf;

import iosim.ospf.packet.Addr;
import iosim.ospf.packet.ExternalLsa;
import iosim.ospf.packet.LsaHeader;
import iosim.ospf.packet.LsaType;
import iosim.ospf.packet.SummaryLsa;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The whole routing table from the areas' shortest-path trees: intra-area routes, inter-area
 * routes from summary-LSAs (RFC 2328 16.2) and AS-external routes (16.4), best type first.
 */
final class RouteCalculation {
    private RouteCalculation() {}

    /** One area's input: its id, its tree, its database. */
    record AreaInput(int area, Spf.Result spf, Lsdb db) {}

    /** Distance to and next hops towards an ASBR. */
    private record Asbr(int dist, Set<OspfRoute.NextHop> nextHops) {}

    static List<OspfRoute> compute(List<AreaInput> areas, Lsdb externals, int self, boolean abr, long now) {
        Map<Long, OspfRoute> table = new HashMap<>();
        for (AreaInput a : areas) {
            for (OspfRoute r : a.spf().routes()) {
                merge(table, r);
            }
        }
        Map<Long, OspfRoute> inter = new HashMap<>();
        Map<Integer, Asbr> asbrs = new HashMap<>();
        for (AreaInput a : areas) {
            for (Spf.Vertex v : a.spf().routers().values()) {
                if (v.router != null && v.router.asbr() && v.id != self) {
                    offerAsbr(asbrs, v.id, v.dist, v.nextHops);
                }
            }
        }
        for (AreaInput a : areas) {
            if (abr && a.area() != 0) {
                continue; // an ABR looks at the backbone's summaries only
            }
            for (Lsdb.Entry e : a.db().entries()) {
                LsaHeader h = e.lsa.header();
                if ((h.type() != LsaType.SUMMARY_NETWORK && h.type() != LsaType.SUMMARY_ASBR) || h.advRouter() == self
                        || e.age(now) >= LsaHeader.MAX_AGE) {
                    continue;
                }
                SummaryLsa s = SummaryLsa.decode(e.lsa.body());
                Spf.Vertex br = a.spf().routers().get(h.advRouter());
                if (s == null || br == null || s.metric() >= 0xffffff || br.nextHops.isEmpty()) {
                    continue;
                }
                int cost = br.dist + s.metric();
                if (h.type() == LsaType.SUMMARY_ASBR) {
                    offerAsbr(asbrs, h.lsId(), cost, br.nextHops);
                    continue;
                }
                int len = Addr.prefixLength(s.mask());
                OspfRoute r = new OspfRoute(h.lsId() & s.mask(), len, OspfRoute.Type.INTER_AREA, cost, a.area(),
                        new ArrayList<>(br.nextHops));
                if (!table.containsKey(key(r))) {
                    merge(inter, r);
                }
            }
        }
        inter.values().forEach(r -> merge(table, r));
        Map<Long, OspfRoute> ext = new HashMap<>();
        Map<Long, Integer> extTie = new HashMap<>();
        for (Lsdb.Entry e : externals.entries()) {
            LsaHeader h = e.lsa.header();
            if (h.advRouter() == self || e.age(now) >= LsaHeader.MAX_AGE) {
                continue;
            }
            ExternalLsa x = ExternalLsa.decode(e.lsa.body());
            Asbr asbr = asbrs.get(h.advRouter());
            if (x == null || asbr == null || x.metric() >= 0xffffff) {
                continue;
            }
            int dist = asbr.dist();
            Set<OspfRoute.NextHop> nh = asbr.nextHops();
            if (x.forwardingAddress() != 0) {
                OspfRoute via = lookup(table, x.forwardingAddress());
                if (via == null || via.type() == OspfRoute.Type.EXTERNAL_1 || via.type() == OspfRoute.Type.EXTERNAL_2) {
                    continue;
                }
                dist = via.cost();
                nh = new LinkedHashSet<>();
                for (OspfRoute.NextHop n : via.nextHops()) {
                    nh.add(n.address() == 0 ? new OspfRoute.NextHop(x.forwardingAddress(), n.ifName()) : n);
                }
            }
            int len = Addr.prefixLength(x.mask());
            OspfRoute r = new OspfRoute(h.lsId() & x.mask(), len,
                    x.type2() ? OspfRoute.Type.EXTERNAL_2 : OspfRoute.Type.EXTERNAL_1,
                    x.type2() ? x.metric() : dist + x.metric(), 0, new ArrayList<>(nh));
            long k = key(r);
            if (table.containsKey(k)) {
                continue;
            }
            OspfRoute cur = ext.get(k);
            int tie = dist;
            if (cur == null || better(r, tie, cur, extTie.get(k))) {
                ext.put(k, r);
                extTie.put(k, tie);
            } else if (cur.type() == r.type() && cur.cost() == r.cost() && extTie.get(k) == tie) {
                Set<OspfRoute.NextHop> m = new LinkedHashSet<>(cur.nextHops());
                m.addAll(r.nextHops());
                ext.put(k, new OspfRoute(r.prefix(), r.prefixLength(), r.type(), r.cost(), 0, new ArrayList<>(m)));
            }
        }
        table.putAll(ext);
        List<OspfRoute> out = new ArrayList<>(table.values());
        out.sort((a, b) -> {
            int c = Integer.compareUnsigned(a.prefix(), b.prefix());
            return c != 0 ? c : Integer.compare(a.prefixLength(), b.prefixLength());
        });
        return out;
    }

    private static boolean better(OspfRoute r, int tie, OspfRoute cur, int curTie) {
        if (r.type() != cur.type()) {
            return r.type() == OspfRoute.Type.EXTERNAL_1;
        }
        if (r.cost() != cur.cost()) {
            return r.cost() < cur.cost();
        }
        return tie < curTie;
    }

    private static void offerAsbr(Map<Integer, Asbr> asbrs, int rid, int dist, Set<OspfRoute.NextHop> nh) {
        Asbr cur = asbrs.get(rid);
        if (cur == null || dist < cur.dist()) {
            asbrs.put(rid, new Asbr(dist, new LinkedHashSet<>(nh)));
        }
    }

    private static OspfRoute lookup(Map<Long, OspfRoute> table, int addr) {
        for (int len = 32; len >= 0; len--) {
            OspfRoute r = table.get(((long) len << 32) | (addr & Addr.mask(len) & 0xffffffffL));
            if (r != null) {
                return r;
            }
        }
        return null;
    }

    static long key(OspfRoute r) {
        return ((long) r.prefixLength() << 32) | (r.prefix() & 0xffffffffL);
    }

    private static void merge(Map<Long, OspfRoute> table, OspfRoute r) {
        long k = key(r);
        OspfRoute cur = table.get(k);
        if (cur == null || r.cost() < cur.cost()) {
            table.put(k, r);
        } else if (r.cost() == cur.cost() && r.type() == cur.type()) {
            Set<OspfRoute.NextHop> m = new LinkedHashSet<>(cur.nextHops());
            m.addAll(r.nextHops());
            table.put(k, new OspfRoute(r.prefix(), r.prefixLength(), r.type(), r.cost(), cur.area(), new ArrayList<>(m)));
        }
    }
}
