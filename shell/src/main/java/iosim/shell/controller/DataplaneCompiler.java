package iosim.shell.controller;

import iosim.config.RunningConfig;
import iosim.config.model.AclRule;
import iosim.config.model.InterfaceConfig;
import iosim.config.model.InterfaceType;
import iosim.config.model.NatRule;
import iosim.config.model.NatSide;
import iosim.config.model.TunnelMode;
import iosim.dataplane.GreSettings;
import iosim.dataplane.NatRole;
import iosim.dataplane.StaticRoute;
import iosim.dataplane.acl.AccessList;
import iosim.dataplane.acl.AclAction;
import iosim.dataplane.acl.AclEntry;
import iosim.dataplane.acl.AddressMatch;
import iosim.dataplane.acl.PortMatch;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Compiles interfaces, static routes, ACLs and NAT of a {@link RunningConfig} into a {@link DataplaneState}. */
public final class DataplaneCompiler {
    private DataplaneCompiler() {}

    public static DataplaneState compile(RunningConfig config) {
        Map<String, DataplaneState.Iface> ifs = new LinkedHashMap<>();
        for (InterfaceConfig i : config.interfaces().values()) {
            if (i.name().type() == InterfaceType.VIRTUAL_TEMPLATE) {
                continue; // a template: Virtual-Access interfaces are cloned from it per remote-access client
            }
            DataplaneState.Kind kind = switch (i.name().type()) {
                case GIGABIT_ETHERNET -> DataplaneState.Kind.ETHERNET;
                case LOOPBACK -> DataplaneState.Kind.LOOPBACK;
                case TUNNEL, VIRTUAL_TEMPLATE -> DataplaneState.Kind.TUNNEL;
            };
            int addr = i.address() == null ? 0 : i.address().address().bits();
            int len = i.address() == null ? 0 : i.address().mask().prefixLength();
            NatRole nat = i.natSide() == null ? NatRole.NONE
                    : i.natSide() == NatSide.INSIDE ? NatRole.INSIDE : NatRole.OUTSIDE;
            int tsrc = 0;
            if (i.tunnelSource() != null) {
                if (i.tunnelSource().address() != null) {
                    tsrc = i.tunnelSource().address().bits();
                } else {
                    InterfaceConfig s = config.iface(i.tunnelSource().iface());
                    tsrc = s == null || s.address() == null ? 0 : s.address().address().bits();
                }
            }
            int tdst = i.tunnelDestination() == null ? 0 : i.tunnelDestination().bits();
            String name = i.name().toString();
            GreSettings gre = kind == DataplaneState.Kind.TUNNEL && i.tunnelMode() == TunnelMode.GRE_IP ? gre(i) : null;
            int mtu = i.ipMtu() != null ? i.ipMtu() : gre != null ? GRE_TRANSPORT_MTU - gre.overhead() : 0;
            ifs.put(name, new DataplaneState.Iface(name, kind, addr, len, !i.shutdown(), i.description(),
                    i.accessGroupIn(), i.accessGroupOut(), nat, tsrc, tdst,
                    mtu, i.tcpAdjustMss() == null ? 0 : i.tcpAdjustMss(), gre));
        }
        List<StaticRoute> routes = new ArrayList<>();
        for (iosim.config.model.StaticRoute r : config.routes()) {
            routes.add(new StaticRoute(r.prefix().bits(), r.mask().prefixLength(),
                    r.nextHop() == null ? 0 : r.nextHop().bits(), r.iface() == null ? null : r.iface().toString(),
                    r.distance() == null ? 1 : r.distance()));
        }
        Map<String, AccessList> acls = new LinkedHashMap<>();
        for (iosim.config.model.AccessList a : config.accessLists().values()) {
            acls.put(a.name(), acl(a));
        }
        List<DataplaneState.Pat> pat = new ArrayList<>();
        for (NatRule n : config.natRules()) {
            if (n.iface() != null) {
                pat.add(new DataplaneState.Pat(n.accessList(), n.iface().toString()));
            }
        }
        return new DataplaneState(ifs, routes, acls, pat);
    }

    /** The MTU of the path GRE runs over (an Ethernet's): a GRE tunnel's IP MTU is this less its headers (1476). */
    static final int GRE_TRANSPORT_MTU = 1500;

    /** A GRE tunnel's key, checksum and keepalives. */
    static GreSettings gre(InterfaceConfig i) {
        int period = i.keepalivePeriod() == null ? 0 : i.keepalivePeriod();
        int retries = i.keepaliveRetries() == null ? 0 : i.keepaliveRetries();
        return new GreSettings(i.tunnelKey() != null, i.tunnelKey() == null ? 0 : i.tunnelKey(), i.tunnelChecksum(),
                period, retries, i.tunnelProtection() != null);
    }

    static AccessList acl(iosim.config.model.AccessList a) {
        List<AclEntry> entries = new ArrayList<>();
        for (Map.Entry<Integer, AclRule> e : a.entries().entrySet()) {
            AclRule r = e.getValue();
            if (r.isRemark()) {
                continue;
            }
            AclAction act = r.action() == iosim.config.model.AclAction.PERMIT ? AclAction.PERMIT : AclAction.DENY;
            AddressMatch src = new AddressMatch(r.source().address().bits(), r.source().wildcard().bits());
            if (r.isStandard()) {
                entries.add(AclEntry.standard(e.getKey(), act, src));
                continue;
            }
            AddressMatch dst = new AddressMatch(r.destination().address().bits(), r.destination().wildcard().bits());
            int proto = r.protocol() == 0 ? AclEntry.ANY_PROTOCOL : r.protocol();
            entries.add(new AclEntry(e.getKey(), act, proto, src, port(r.sourcePort()), dst, port(r.destinationPort()),
                    r.icmpType() == null ? -1 : r.icmpType(), -1, r.established()));
        }
        return new AccessList(a.name(), !a.extended(), entries);
    }

    private static PortMatch port(iosim.config.model.PortMatch p) {
        if (p == null) {
            return PortMatch.ANY;
        }
        return switch (p.operator()) {
            case "eq" -> PortMatch.eq(p.low());
            case "neq" -> PortMatch.neq(p.low());
            case "lt" -> PortMatch.lt(p.low());
            case "gt" -> PortMatch.gt(p.low());
            case "range" -> PortMatch.range(p.low(), p.high());
            default -> PortMatch.ANY;
        };
    }

    static boolean isVirtual(InterfaceType t) {
        return t != InterfaceType.GIGABIT_ETHERNET;
    }
}
