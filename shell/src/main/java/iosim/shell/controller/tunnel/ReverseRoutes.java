package iosim.shell.controller.tunnel;

import iosim.dataplane.Node;
import iosim.dataplane.StaticRoute;
import iosim.dataplane.ipsec.spd.AddressRangeSelector;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * IOS reverse route injection for crypto map entries with {@code reverse-route}: a static route to
 * each permit line's destination network via the entry's peer, added while the line has an SA
 * ({@code reverse-route static}: while the map is applied) and removed with it. Keyed by interface
 * and SPD entry id; on the router's loop.
 */
final class ReverseRoutes {
    private final Node node;
    private final Map<String, StaticRoute> installed = new HashMap<>();

    ReverseRoutes(Node node) {
        this.node = node;
    }

    /** The route a flow injects (its destination prefix via {@code peer}), or null if not a prefix. */
    static StaticRoute routeFor(PeerIntent.Flow f, int peer) {
        if (!(f.entry().selector() instanceof AddressRangeSelector s)) {
            return null;
        }
        int mask = s.remoteMask();
        int len = Integer.bitCount(mask);
        if (mask != (len == 0 ? 0 : -1 << (32 - len)) || len == 0) {
            return null;
        }
        return new StaticRoute(s.remoteAddress(), len, peer, null, 1);
    }

    void add(String ifName, PeerIntent.Flow f, int peer) {
        String key = ifName + "|" + f.entry().id();
        StaticRoute r = routeFor(f, peer);
        if (r == null || r.equals(installed.get(key))) {
            return;
        }
        remove(ifName, f.entry().id());
        installed.put(key, r);
        node.addStaticRoute(r);
    }

    void remove(String ifName, String entryId) {
        StaticRoute r = installed.remove(ifName + "|" + entryId);
        if (r != null) {
            node.removeStaticRoute(r);
        }
    }

    /** Drops the routes of flows no longer configured with reverse-route. */
    void retain(Set<String> keys) {
        for (String k : new HashSet<>(installed.keySet())) {
            if (!keys.contains(k)) {
                node.removeStaticRoute(installed.remove(k));
            }
        }
    }

    static String key(String ifName, PeerIntent.Flow f) {
        return ifName + "|" + f.entry().id();
    }
}
