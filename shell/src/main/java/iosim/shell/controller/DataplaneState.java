package iosim.shell.controller;

import iosim.dataplane.NatRole;
import iosim.dataplane.StaticRoute;
import iosim.dataplane.acl.AccessList;
import java.util.List;
import java.util.Map;

/**
 * The non-crypto desired state of one router's dataplane, compiled from the running-config:
 * interfaces, static routes, ACLs (already in the dataplane's form) and PAT. Immutable.
 */
public record DataplaneState(Map<String, Iface> interfaces, List<StaticRoute> routes, Map<String, AccessList> acls,
                             List<Pat> pat) {

    /**
     * One interface as the dataplane should have it. {@code address} 0 = none.
     *
     * @param ipMtu        {@code ip mtu} (0: the interface's default)
     * @param tcpAdjustMss {@code ip tcp adjust-mss} (0: off)
     * @param gre          a GRE tunnel's settings ({@code tunnel mode gre ip}), null otherwise
     */
    public record Iface(String name, Kind kind, int address, int prefixLength, boolean adminUp, String description,
                        String aclIn, String aclOut, NatRole natRole, int tunnelSource, int tunnelDestination,
                        int ipMtu, int tcpAdjustMss, iosim.dataplane.GreSettings gre) {}

    public enum Kind { ETHERNET, LOOPBACK, TUNNEL }

    /** {@code ip nat inside source list ACL interface IF overload}. */
    public record Pat(String acl, String outsideInterface) {}

    public DataplaneState {
        interfaces = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(interfaces));
        routes = List.copyOf(routes);
        acls = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(acls));
        pat = List.copyOf(pat);
    }
}
