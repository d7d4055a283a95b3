package iosim.shell.controller.tunnel;

import java.util.HashMap;
import java.util.Map;

/**
 * IOS {@code set peer} failover state: per crypto map entry (interface, map, sequence), the index
 * of the peer now in use in its {@code set peer} list. Spans tunnels (each peer is one), so the
 * {@link TunnelTable} owns it. On the router's loop.
 */
final class Failover {
    private final Map<String, Integer> current = new HashMap<>();

    private static String key(String ifName, PeerIntent.Flow f) {
        return ifName + "|" + f.entry().mapTag() + "|" + f.entry().mapSeq();
    }

    boolean isEmpty() {
        return current.isEmpty();
    }

    /** The index of the peer {@code f}'s map entry now uses (0: its first). */
    int index(String ifName, PeerIntent.Flow f) {
        return current.getOrDefault(key(ifName, f), 0) % f.peers().size();
    }

    /**
     * {@code failedPeer} never came up: if it is the one {@code f}'s entry uses (and the entry has
     * more than one), the entry moves on to its next peer, whose index is returned; else -1.
     */
    int advance(String ifName, PeerIntent.Flow f, int failedPeer) {
        if (f.peers().size() < 2) {
            return -1;
        }
        int idx = index(ifName, f);
        if (f.peers().get(idx) != failedPeer) {
            return -1;
        }
        int after = (idx + 1) % f.peers().size();
        current.put(key(ifName, f), after);
        return after;
    }
}
