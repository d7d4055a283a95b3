package iosim.dataplane.ipsec.spd;

import java.util.List;
import java.util.Objects;

/**
 * The SPD of one interface (a crypto map applied to it, or a VTI's protection): ordered entries,
 * first match wins; packets matching none pass in clear.
 *
 * @param interfaceName e.g. "GigabitEthernet1" or "Tunnel0"
 * @param localAddress  the local crypto endpoint (outer source address)
 * @param ipMtu         the egress interface's IP MTU (path MTU for show and plaintext MTU)
 * @param egressInterface the physical interface shown as {@code ip mtu idb}
 * @param entries       ordered entries
 */
public record InterfacePolicy(String interfaceName, int localAddress, int ipMtu, String egressInterface,
                              List<SpdEntry> entries) {
    public InterfacePolicy {
        Objects.requireNonNull(interfaceName);
        entries = List.copyOf(entries);
        egressInterface = egressInterface == null ? interfaceName : egressInterface;
    }
}
