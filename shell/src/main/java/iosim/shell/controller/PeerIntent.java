package iosim.shell.controller;

import iosim.dataplane.ipsec.spd.SpdEntry;
import iosim.ikev2.api.ChildSessionParams;
import iosim.ikev2.api.IkeSessionParams;
import java.util.List;

/**
 * One IKE peer the configuration asks for (a crypto map entry's peer, or a VTI's tunnel
 * destination), compiled: the engine's parameters, and the SPD entries (one per {@code permit}
 * line of the {@code match address} ACL, or the VTI's 0.0.0.0/0) whose SAs it negotiates.
 *
 * @param sessionName   the engine's session name (unique per router)
 * @param interfaceName where the SPD lives (the crypto map's interface or the tunnel interface)
 * @param mapTag        crypto map name, or {@code Tunnel0-head-0}
 * @param profileName   the ikev2 profile used
 * @param flows         the SPD PROTECT entries with their child parameters, in ACL order
 * @param vti           a tunnel interface: initiate at once, line protocol follows the SA
 */
public record PeerIntent(String sessionName, String interfaceName, String mapTag, int mapSeq, int peer,
                         IkeSessionParams params, String policyName, String profileName, List<Flow> flows,
                         boolean vti, int replayWindow, long lifetimeSeconds, long lifetimeKilobytes) {

    /** One SPD entry (one ACL permit line) and the Child SA parameters that cover it. */
    public record Flow(SpdEntry entry, ChildSessionParams child) {}

    public PeerIntent {
        flows = List.copyOf(flows);
    }
}
