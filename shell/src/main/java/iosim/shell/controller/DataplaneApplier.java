package iosim.shell.controller;

import iosim.dataplane.NatRole;
import iosim.dataplane.Node;
import iosim.dataplane.StaticRoute;
import iosim.dataplane.acl.AccessList;
import iosim.dataplane.acl.CompiledAcl;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Brings a {@link Node} in line with a {@link DataplaneState}, changing only what differs from
 * the state applied last (level-triggered, idempotent). Runs on the node's event loop.
 * Interface state changes are reported to {@code lineEvents} ({@code name}, up) for syslog.
 */
final class DataplaneApplier {
    private final Node node;
    private final Consumer<String> interfaceAdded;
    private final LineEvents lineEvents;
    private Map<String, DataplaneState.Iface> applied = new LinkedHashMap<>();
    private Set<StaticRoute> routes = new HashSet<>();
    private final Map<String, CompiledAcl> compiled = new HashMap<>();
    private Map<String, AccessList> acls = new HashMap<>();
    private List<DataplaneState.Pat> pat = List.of();

    /** Told when an interface's administrative state changes. */
    interface LineEvents {
        void adminChanged(String ifName, boolean up, boolean virtual);
    }

    DataplaneApplier(Node node, Consumer<String> interfaceAdded, LineEvents lineEvents) {
        this.node = node;
        this.interfaceAdded = interfaceAdded;
        this.lineEvents = lineEvents;
    }

    void apply(DataplaneState want) {
        for (Map.Entry<String, AccessList> e : want.acls().entrySet()) {
            if (!e.getValue().equals(acls.get(e.getKey()))) {
                compiled.put(e.getKey(), e.getValue().compile());
            }
        }
        compiled.keySet().retainAll(want.acls().keySet());
        Map<String, AccessList> oldAcls = acls;
        acls = new HashMap<>(want.acls());
        for (String gone : applied.keySet()) {
            if (!want.interfaces().containsKey(gone) && node.iface(gone) != null) {
                node.removeInterface(gone);
            }
        }
        for (DataplaneState.Iface w : want.interfaces().values()) {
            iface(w, applied.get(w.name()), oldAcls);
        }
        applied = new LinkedHashMap<>(want.interfaces());
        Set<StaticRoute> wantRoutes = new HashSet<>(want.routes());
        for (StaticRoute r : routes) {
            if (!wantRoutes.contains(r)) {
                node.removeStaticRoute(r);
            }
        }
        for (StaticRoute r : wantRoutes) {
            if (!routes.contains(r)) {
                node.addStaticRoute(r);
            }
        }
        routes = wantRoutes;
        if (!want.pat().equals(pat) || want.pat().stream().anyMatch(p -> !Objects.equals(oldAcls.get(p.acl()),
                acls.get(p.acl())))) {
            for (DataplaneState.Pat p : want.pat()) {
                CompiledAcl acl = compiled.get(p.acl());
                if (acl != null) {
                    node.setNatOverload(acl, p.outsideInterface());
                }
            }
            pat = want.pat();
        }
    }

    private void iface(DataplaneState.Iface w, DataplaneState.Iface old, Map<String, AccessList> oldAcls) {
        if (node.iface(w.name()) == null) {
            switch (w.kind()) {
                case LOOPBACK -> node.addLoopback(w.name()).join();
                case TUNNEL -> node.addTunnel(w.name()).join();
                case ETHERNET -> node.addEthernet(w.name(), RouterRuntime.macFor(node.name(), w.name())).join();
            }
            interfaceAdded.accept(w.name());
            old = null;
        }
        if (w.kind() == DataplaneState.Kind.TUNNEL && (old == null || !Objects.equals(old.gre(), w.gre()))) {
            node.setGre(w.name(), w.gre());
        }
        if (old == null || old.address() != w.address() || old.prefixLength() != w.prefixLength()) {
            if (w.address() == 0) {
                node.clearAddress(w.name());
            } else {
                node.setAddress(w.name(), w.address(), w.prefixLength());
            }
        }
        if (old == null || !Objects.equals(old.description(), w.description())) {
            node.setDescription(w.name(), w.description());
        }
        if (old == null || old.adminUp() != w.adminUp()) {
            node.setAdminUp(w.name(), w.adminUp());
            if (old != null || w.kind() != DataplaneState.Kind.ETHERNET || w.adminUp()) {
                lineEvents.adminChanged(w.name(), w.adminUp(), w.kind() != DataplaneState.Kind.ETHERNET);
            }
        }
        if (old == null || !Objects.equals(old.aclIn(), w.aclIn()) || aclChanged(w.aclIn(), oldAcls)) {
            node.setAccessGroup(w.name(), Node.Direction.IN, w.aclIn() == null ? null : compiled.get(w.aclIn()));
        }
        if (old == null || !Objects.equals(old.aclOut(), w.aclOut()) || aclChanged(w.aclOut(), oldAcls)) {
            node.setAccessGroup(w.name(), Node.Direction.OUT, w.aclOut() == null ? null : compiled.get(w.aclOut()));
        }
        if (old == null || old.natRole() != w.natRole()) {
            node.setNatRole(w.name(), w.natRole() == null ? NatRole.NONE : w.natRole());
        }
        if (old == null ? w.ipMtu() != 0 : old.ipMtu() != w.ipMtu()) {
            node.setMtu(w.name(), w.ipMtu() != 0 ? w.ipMtu() : defaultMtu(w.kind()));
        }
        if (old == null ? w.tcpAdjustMss() != 0 : old.tcpAdjustMss() != w.tcpAdjustMss()) {
            node.setTcpAdjustMss(w.name(), w.tcpAdjustMss());
        }
        if (w.kind() == DataplaneState.Kind.TUNNEL && (old == null || old.tunnelSource() != w.tunnelSource()
                || old.tunnelDestination() != w.tunnelDestination())) {
            node.setTunnelEndpoints(w.name(), w.tunnelSource(), w.tunnelDestination());
        }
    }

    /** The IP MTU an interface has without {@code ip mtu} (as the dataplane creates it). */
    private static int defaultMtu(DataplaneState.Kind kind) {
        return switch (kind) {
            case ETHERNET -> 1500;
            case LOOPBACK -> 1514;
            case TUNNEL -> 1438;
        };
    }

    private boolean aclChanged(String name, Map<String, AccessList> oldAcls) {
        return name != null && !Objects.equals(oldAcls.get(name), acls.get(name));
    }
}
