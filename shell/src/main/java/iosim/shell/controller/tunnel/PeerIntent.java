package iosim.shell.controller.tunnel;

import iosim.dataplane.ipsec.spd.SpdEntry;
import iosim.ikev2.api.ChildSessionParams;
import iosim.ikev2.api.IkeSessionParams;
import java.util.ArrayList;
import java.util.List;

/**
 * One IKE peer the configuration asks for (a crypto map's peer on one interface, or a VTI's
 * tunnel destination), compiled: the engine's parameters, and the SPD entries (one per
 * {@code permit} line of the {@code match address} ACL of every map entry that lists this peer,
 * or the VTI's 0.0.0.0/0) whose SAs it negotiates, one Child SA per entry, all on one IKE SA.
 *
 * @param sessionName   the engine's session name (unique per router)
 * @param interfaceName where the SPD lives (the crypto map's interface or the tunnel interface)
 * @param mapTag        crypto map name, or {@code Tunnel0-head-0}
 * @param mapSeq        the first map entry that lists this peer
 * @param profileName   the ikev2 profile used
 * @param flows         the SPD PROTECT entries with their child parameters, in map and ACL order
 * @param vti           a tunnel interface: initiate at once, line protocol follows the SA
 * @param onDemandDpdMillis {@code dpd ... on-demand}: the interval after which outbound traffic
 *                      without inbound traffic asks for a liveness check (0: not on-demand)
 */
public record PeerIntent(String sessionName, String interfaceName, String mapTag, int mapSeq, int peer,
                         IkeSessionParams params, String policyName, String profileName, List<Flow> flows,
                         boolean vti, int replayWindow, long onDemandDpdMillis) {

    /**
     * One SPD entry (one ACL permit line) and the Child SA parameters that cover it.
     *
     * @param peers             the map entry's {@code set peer} list, in failover order
     * @param lifetimeSeconds   the entry's SA lifetime as the dataplane counts it
     * @param lifetimeKilobytes the entry's volume lifetime (0: none)
     * @param reverseRoute      the entry's {@code reverse-route}: a route to the line's destination via
     *                          the peer while the SA is up ({@code ALWAYS}: while the map is applied)
     */
    public record Flow(SpdEntry entry, ChildSessionParams child, List<Integer> peers, long lifetimeSeconds,
                       long lifetimeKilobytes, ReverseRoute reverseRoute) {
        public Flow {
            peers = List.copyOf(peers);
        }
    }

    /** IOS {@code reverse-route} (RRI): none, while an SA is up, or {@code reverse-route static}. */
    public enum ReverseRoute { NONE, WHILE_UP, ALWAYS }

    public PeerIntent {
        flows = List.copyOf(flows);
    }

    /** The Child SAs this peer may ask us for, in map and ACL order (the responder's templates). */
    public List<ChildSessionParams> templates() {
        List<ChildSessionParams> out = new ArrayList<>();
        flows.forEach(f -> out.add(f.child()));
        return out;
    }
}
