package iosim.dataplane;

import io.netty.util.collection.IntObjectHashMap;
import iosim.dataplane.packet.Ipv4Address;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The RIB: connected, local, static and protocol (OSPF) routes with administrative distances,
 * longest-prefix match and recursive next hops. Configured statics and each protocol's routes
 * are kept apart; the active table is rebuilt (on the loop) whenever interfaces, statics or a
 * protocol's routes change: per prefix the lowest distance wins (a floating static waits behind
 * a protocol route), equal-distance routes of one source are kept together (ECMP, shown as
 * several paths; forwarding shares flows among them by a hash of source and destination, as
 * CEF's default per-destination load sharing does). Lookups touch only an immutable
 * per-prefix-length array of hash maps.
 */
final class RoutingTable {
    private static final Comparator<Route> BY_PREFIX = (a, b) -> {
        int c = Integer.compareUnsigned(a.prefix(), b.prefix());
        return c != 0 ? c : Integer.compare(a.prefixLength(), b.prefixLength());
    };
    private final List<StaticRoute> statics = new ArrayList<>();
    private final Map<String, List<Route>> protocols = new java.util.TreeMap<>();
    private volatile Fib fib = new Fib(new ArrayList<>());

    /** Immutable active table: one int-keyed hash map per prefix length, probed longest first. */
    static final class Fib {
        @SuppressWarnings("unchecked")
        final IntObjectHashMap<Route>[] byLength = new IntObjectHashMap[33];
        /** The equal-cost paths of a prefix that has more than one, by prefix length then prefix. */
        @SuppressWarnings("unchecked")
        final IntObjectHashMap<Route[]>[] paths = new IntObjectHashMap[33];
        final int[] lengthsLongestFirst;
        final List<Route> all;

        Fib(List<Route> routes) {
            for (Route r : routes) {
                IntObjectHashMap<Route> m = byLength[r.prefixLength()];
                if (m == null) {
                    m = new IntObjectHashMap<>();
                    byLength[r.prefixLength()] = m;
                }
                Route cur = m.get(r.prefix());
                if (cur == null || r.distance() < cur.distance()) {
                    m.put(r.prefix(), r);
                }
            }
            List<Route> best = new ArrayList<>();
            for (Route r : routes) {
                Route winner = byLength[r.prefixLength()].get(r.prefix());
                if (winner == r || winner.distance() == r.distance() && winner.code() == r.code()
                        && winner.code() != Route.Code.L && winner.code() != Route.Code.C) {
                    best.add(r);
                }
            }
            this.all = List.copyOf(best);
            for (int k = 0; k < best.size(); ) {
                Route first = best.get(k);
                int end = k + 1;
                while (end < best.size() && best.get(end).prefix() == first.prefix()
                        && best.get(end).prefixLength() == first.prefixLength()) {
                    end++;
                }
                if (end - k > 1) {
                    if (paths[first.prefixLength()] == null) {
                        paths[first.prefixLength()] = new IntObjectHashMap<>();
                    }
                    paths[first.prefixLength()].put(first.prefix(), best.subList(k, end).toArray(new Route[0]));
                }
                k = end;
            }
            int n = 0;
            int[] lengths = new int[33];
            for (int len = 32; len >= 0; len--) {
                if (byLength[len] != null) {
                    lengths[n++] = len;
                }
            }
            this.lengthsLongestFirst = java.util.Arrays.copyOf(lengths, n);
        }

        Route longestMatch(int dst) {
            for (int len : lengthsLongestFirst) {
                Route r = byLength[len].get(dst & Ipv4Address.mask(len));
                if (r != null) {
                    return r;
                }
            }
            return null;
        }

        /** The longest match, one of its equal-cost paths picked by {@code flowHash}. */
        Route longestMatch(int dst, int flowHash) {
            Route r = longestMatch(dst);
            if (r == null || paths[r.prefixLength()] == null) {
                return r;
            }
            Route[] alternatives = paths[r.prefixLength()].get(r.prefix());
            return alternatives == null ? r : alternatives[Math.floorMod(flowHash, alternatives.length)];
        }
    }

    void addStatic(StaticRoute r) {
        statics.remove(r);
        statics.add(r);
    }

    boolean removeStatic(StaticRoute r) {
        return statics.remove(r);
    }

    List<StaticRoute> statics() {
        return List.copyOf(statics);
    }

    /** Replaces every route of {@code source} (e.g. "ospf 1"); an empty list removes the source. */
    void setProtocolRoutes(String source, List<Route> routes) {
        if (routes.isEmpty()) {
            protocols.remove(source);
        } else {
            protocols.put(source, List.copyOf(routes));
        }
    }

    /** Recomputes the active routes from the interfaces' state and the statics. */
    void rebuild(Collection<NodeInterface> interfaces) {
        List<Route> routes = new ArrayList<>();
        Map<String, NodeInterface> byName = new HashMap<>();
        for (NodeInterface i : interfaces) {
            byName.put(i.name(), i);
            if (i.isUp() && i.hasAddress()) {
                if (i.prefixLength() < 32) {
                    routes.add(new Route(Route.Code.C, i.network(), i.prefixLength(), 0, i.name(), 0));
                }
                routes.add(new Route(Route.Code.L, i.address(), 32, 0, i.name(), 0));
            }
        }
        for (List<Route> rs : protocols.values()) {
            for (Route r : rs) {
                NodeInterface i = r.interfaceName() == null ? null : byName.get(r.interfaceName());
                if (i != null && i.isUp()) {
                    routes.add(r);
                }
            }
        }
        List<StaticRoute> pending = new ArrayList<>();
        for (StaticRoute s : statics) {
            if (s.interfaceName() != null) {
                NodeInterface i = byName.get(s.interfaceName());
                if (i == null || !i.isUp()) {
                    continue;
                }
                routes.add(staticRoute(s));
            } else {
                pending.add(s);
            }
        }
        // next-hop statics resolve recursively through whatever else is in the table
        for (int pass = 0; pass < 8 && !pending.isEmpty(); pass++) {
            Fib f = new Fib(routes);
            boolean added = false;
            for (java.util.Iterator<StaticRoute> it = pending.iterator(); it.hasNext(); ) {
                StaticRoute s = it.next();
                Route via = f.longestMatch(s.nextHop());
                if (via == null || via.code() == Route.Code.L
                        || via.prefix() == s.prefix() && via.prefixLength() == s.prefixLength()) {
                    continue;
                }
                routes.add(staticRoute(s));
                it.remove();
                added = true;
            }
            if (!added) {
                break;
            }
        }
        routes.sort(BY_PREFIX);
        fib = new Fib(routes);
    }

    private static Route staticRoute(StaticRoute s) {
        return new Route(Route.Code.S, s.prefix(), s.prefixLength(), s.nextHop(), s.interfaceName(), s.distance());
    }

    /** A well-mixed hash of a flow's addresses (murmur3's finaliser). */
    static int flowHash(int src, int dst) {
        int h = src * 0x9E3779B1 ^ dst;
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        h ^= h >>> 16;
        return h;
    }

    /** All active routes (best per prefix first), for {@code show ip route}. */
    List<Route> snapshot() {
        return fib.all;
    }

    /**
     * Resolves a destination to an exit interface and next hop (recursing once through a
     * next-hop static), or null when there is no route.
     */
    ForwardingDecision resolve(int dst, Map<String, NodeInterface> interfaces) {
        return resolve(dst, 0, interfaces);
    }

    /** Like {@link #resolve(int, Map)}, sharing flows ({@code src}, {@code dst}) among equal-cost paths. */
    ForwardingDecision resolve(int dst, int src, Map<String, NodeInterface> interfaces) {
        Fib f = fib;
        Route r = f.longestMatch(dst, flowHash(src, dst));
        if (r == null) {
            return null;
        }
        if (r.code() == Route.Code.L) {
            return new ForwardingDecision(interfaces.get(r.interfaceName()), dst, true);
        }
        if (r.interfaceName() != null) {
            NodeInterface i = interfaces.get(r.interfaceName());
            return i == null ? null : new ForwardingDecision(i, r.nextHop() != 0 ? r.nextHop() : dst, false);
        }
        int nh = r.nextHop();
        for (int depth = 0; depth < 8; depth++) {
            Route v = f.longestMatch(nh);
            if (v == null || v.code() == Route.Code.L) {
                return null;
            }
            if (v.interfaceName() != null) {
                NodeInterface i = interfaces.get(v.interfaceName());
                return i == null ? null : new ForwardingDecision(i, v.nextHop() != 0 ? v.nextHop() : nh, false);
            }
            nh = v.nextHop();
        }
        return null;
    }
}
