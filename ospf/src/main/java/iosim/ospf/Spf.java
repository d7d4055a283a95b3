package iosim.ospf;

import iosim.ospf.packet.Addr;
import iosim.ospf.packet.LsaHeader;
import iosim.ospf.packet.LsaType;
import iosim.ospf.packet.NetworkLsa;
import iosim.ospf.packet.RouterLsa;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * The shortest-path tree of one area (RFC 2328 16.1) and the intra-area routes it yields. A pure
 * computation over the area's LSDB; what it needs of the root's own interfaces comes through
 * {@link RootLinks}.
 */
final class Spf {
    private Spf() {}

    /** The root router's view of its own links, for next hops of directly attached vertices. */
    interface RootLinks {
        /** The OSPF interface whose address is {@code address} (a root link's data), or null. */
        String ifaceFor(int address);

        /** The address of neighbour {@code rid} on {@code ifName} (point-to-point next hop), or 0. */
        int neighborAddress(String ifName, int rid);
    }

    /** A vertex of the tree. */
    static final class Vertex {
        final boolean network;
        final int id;
        RouterLsa router;
        NetworkLsa net;
        int dist = Integer.MAX_VALUE;
        Set<OspfRoute.NextHop> nextHops = new LinkedHashSet<>();
        Vertex parent;
        boolean done;

        Vertex(boolean network, int id) {
            this.network = network;
            this.id = id;
        }
    }

    /** The reachable routers (by router ID) and the area's intra-area routes. */
    record Result(Map<Integer, Vertex> routers, List<OspfRoute> routes) {}

    static Result run(int area, Lsdb db, int root, RootLinks links, long now) {
        Map<Integer, RouterLsa> routerLsas = new HashMap<>();
        Map<Integer, NetworkLsa> networkLsas = new HashMap<>();
        for (Lsdb.Entry e : db.entries()) {
            LsaHeader h = e.lsa.header();
            if (e.age(now) >= LsaHeader.MAX_AGE) {
                continue;
            }
            if (h.type() == LsaType.ROUTER && h.lsId() == h.advRouter()) {
                RouterLsa r = RouterLsa.decode(e.lsa.body());
                if (r != null) {
                    routerLsas.put(h.advRouter(), r);
                }
            } else if (h.type() == LsaType.NETWORK) {
                NetworkLsa n = NetworkLsa.decode(e.lsa.body());
                if (n != null) {
                    networkLsas.put(h.lsId(), n);
                }
            }
        }
        Map<Long, Vertex> vertices = new HashMap<>();
        PriorityQueue<Vertex> cand = new PriorityQueue<>((a, b) -> a.dist != b.dist ? Integer.compare(a.dist, b.dist)
                : Boolean.compare(b.network, a.network));
        RouterLsa rootLsa = routerLsas.get(root);
        Map<Integer, Vertex> routers = new HashMap<>();
        if (rootLsa == null) {
            return new Result(routers, List.of());
        }
        Vertex r0 = vertex(vertices, false, root);
        r0.router = rootLsa;
        r0.dist = 0;
        cand.add(r0);
        while (!cand.isEmpty()) {
            Vertex v = cand.poll();
            if (v.done) {
                continue;
            }
            v.done = true;
            if (!v.network) {
                routers.put(v.id, v);
                for (RouterLsa.Link l : v.router.links()) {
                    if (l.type() == RouterLsa.PTP) {
                        RouterLsa w = routerLsas.get(l.id());
                        if (w == null || !hasLink(w, RouterLsa.PTP, v.id)) {
                            continue;
                        }
                        Vertex wv = vertex(vertices, false, l.id());
                        wv.router = w;
                        relax(v, wv, v.dist + l.metric(), l, links, cand, r0);
                    } else if (l.type() == RouterLsa.TRANSIT) {
                        NetworkLsa n = networkLsas.get(l.id());
                        if (n == null || !n.attached().contains(v.id)) {
                            continue;
                        }
                        Vertex wv = vertex(vertices, true, l.id());
                        wv.net = n;
                        relax(v, wv, v.dist + l.metric(), l, links, cand, r0);
                    }
                }
            } else {
                for (int rid : v.net.attached()) {
                    RouterLsa w = routerLsas.get(rid);
                    if (w == null || !hasLink(w, RouterLsa.TRANSIT, v.id)) {
                        continue;
                    }
                    Vertex wv = vertex(vertices, false, rid);
                    wv.router = w;
                    RouterLsa.Link back = link(w, RouterLsa.TRANSIT, v.id);
                    relax(v, wv, v.dist, back, links, cand, r0);
                }
            }
        }
        return new Result(routers, routes(area, vertices, r0));
    }

    private static Vertex vertex(Map<Long, Vertex> all, boolean network, int id) {
        long key = (network ? 1L << 32 : 0) | (id & 0xffffffffL);
        return all.computeIfAbsent(key, k -> new Vertex(network, id));
    }

    private static boolean hasLink(RouterLsa r, int type, int id) {
        return link(r, type, id) != null;
    }

    private static RouterLsa.Link link(RouterLsa r, int type, int id) {
        for (RouterLsa.Link l : r.links()) {
            if (l.type() == type && l.id() == id) {
                return l;
            }
        }
        return null;
    }

    /** Offers {@code w} at {@code cost} through {@code v}; {@code l} is v's link to w (or w's back to v when v is a network). */
    private static void relax(Vertex v, Vertex w, int cost, RouterLsa.Link l, RootLinks links, PriorityQueue<Vertex> cand,
                              Vertex root) {
        if (w.done || cost > w.dist) {
            return;
        }
        Set<OspfRoute.NextHop> nh = new LinkedHashSet<>();
        if (v == root) {
            String ifName = links.ifaceFor(l.data());
            if (ifName == null) {
                return;
            }
            nh.add(new OspfRoute.NextHop(w.network ? 0 : links.neighborAddress(ifName, w.id), ifName));
        } else if (v.network && v.parent == root) {
            for (OspfRoute.NextHop p : v.nextHops) {
                nh.add(new OspfRoute.NextHop(l == null ? 0 : l.data(), p.ifName()));
            }
        } else {
            nh.addAll(v.nextHops);
        }
        if (cost < w.dist) {
            w.dist = cost;
            w.nextHops = nh;
            w.parent = v;
            cand.add(w);
        } else {
            w.nextHops.addAll(nh);
        }
    }

    private static List<OspfRoute> routes(int area, Map<Long, Vertex> vertices, Vertex root) {
        Map<Long, OspfRoute> best = new HashMap<>();
        for (Vertex v : vertices.values()) {
            if (!v.done) {
                continue;
            }
            if (v.network) {
                int mask = v.net.mask();
                offer(best, area, v.id & mask, Addr.prefixLength(mask), v.dist, v.nextHops);
            } else if (v != root) {
                for (RouterLsa.Link l : v.router.links()) {
                    if (l.type() == RouterLsa.STUB) {
                        offer(best, area, l.id() & l.data(), Addr.prefixLength(l.data()), v.dist + l.metric(), v.nextHops);
                    }
                }
            }
        }
        return new ArrayList<>(best.values());
    }

    private static void offer(Map<Long, OspfRoute> best, int area, int prefix, int len, int cost,
                              Set<OspfRoute.NextHop> nh) {
        if (nh.isEmpty()) {
            return;
        }
        long key = ((long) len << 32) | (prefix & 0xffffffffL);
        OspfRoute cur = best.get(key);
        if (cur == null || cost < cur.cost()) {
            best.put(key, new OspfRoute(prefix, len, OspfRoute.Type.INTRA_AREA, cost, area, new ArrayList<>(nh)));
        } else if (cost == cur.cost()) {
            Set<OspfRoute.NextHop> merged = new LinkedHashSet<>(cur.nextHops());
            merged.addAll(nh);
            best.put(key, new OspfRoute(prefix, len, OspfRoute.Type.INTRA_AREA, cost, area, new ArrayList<>(merged)));
        }
    }
}
