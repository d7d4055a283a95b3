package iosim.shell.controller.tunnel;

import java.util.List;

/**
 * An immutable copy of one tunnel for show and debug, taken on the router's loop: what it is
 * (key, interface, peer, profile), its state, its current keying SA (id 0: none) with its conn id,
 * its ACL lines (SPD entry ids), its installed Child SA pairs, its last failure and its recent
 * history.
 */
public record TunnelSnapshot(String session, String interfaceName, int peer, String profile, boolean vti,
                             Tunnel.State state, long saId, int saConnId, List<String> entryIds, List<ChildSa> children,
                             String failure, List<String> history) {
    public TunnelSnapshot {
        entryIds = List.copyOf(entryIds);
        children = List.copyOf(children);
        history = List.copyOf(history);
    }

    /** True if {@code entryId} (an SPD entry) is one of this tunnel's ACL lines. */
    public boolean hasChildFor(String entryId) {
        return children.stream().anyMatch(c -> c.entryId().equals(entryId));
    }
}
