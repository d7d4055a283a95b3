package iosim.shell.controller.tunnel;

import iosim.dataplane.ipsec.spd.SpdEntry;
import iosim.ikev1.api.PeerParams;
import iosim.ikev1.api.QuickModeParams;
import java.util.List;

/**
 * One IKEv1 peer the configuration asks for: a crypto map entry's peer without an ikev2
 * profile (IOS negotiates IKEv1 then), compiled. {@code flows} are its SPD PROTECT entries, one
 * per ACL permit line, each with the Quick Mode that keys it.
 */
public record Ikev1Intent(String sessionName, String interfaceName, String mapTag, int mapSeq, int peer,
                          PeerParams params, List<Flow> flows, int replayWindow) {

    public Ikev1Intent {
        flows = List.copyOf(flows);
    }

    /** One SPD entry and the Quick Mode that keys it, with the dataplane's lifetimes. */
    public record Flow(SpdEntry entry, QuickModeParams quickMode, long lifetimeSeconds, long lifetimeKilobytes) {
    }
}
