package iosim.shell.controller;

import iosim.config.RunningConfig;
import iosim.config.model.InterfaceConfig;
import iosim.config.model.InterfaceType;
import iosim.config.model.OspfArea;
import iosim.config.model.OspfInterfaceSettings;
import iosim.config.model.OspfNetwork;
import iosim.config.model.OspfProcessConfig;
import iosim.config.model.OspfRedistribution;
import iosim.ospf.NetworkType;
import iosim.ospf.packet.Auth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Compiles the {@code router ospf} blocks and the interfaces' {@code ip ospf} commands into an {@link OspfIntent}. */
final class OspfCompiler {
    private OspfCompiler() {}

    static OspfIntent compile(RunningConfig c) {
        List<OspfIntent.Process> out = new ArrayList<>();
        for (OspfProcessConfig p : c.ospfProcesses().values()) {
            List<OspfIntent.Iface> ifs = new ArrayList<>();
            List<String> passive = new ArrayList<>();
            for (InterfaceConfig i : c.interfaces().values()) {
                OspfInterfaceSettings o = i.ospf();
                OspfArea area = null;
                boolean viaCommand = false;
                if (o.processId() != null) {
                    if (o.processId() != p.processId()) {
                        continue;
                    }
                    area = o.area();
                    viaCommand = true;
                } else if (i.address() != null) {
                    area = networkArea(p, i);
                }
                if (area == null || i.address() == null) {
                    continue;
                }
                boolean isPassive = p.isPassive(i.name());
                if (isPassive) {
                    passive.add(i.name().toString());
                }
                NetworkType type = i.name().type() == InterfaceType.LOOPBACK ? NetworkType.LOOPBACK
                        : i.name().type() == InterfaceType.TUNNEL ? NetworkType.POINT_TO_POINT : NetworkType.BROADCAST;
                if (o.network() != null && type != NetworkType.LOOPBACK) {
                    type = switch (o.network()) {
                        case BROADCAST -> NetworkType.BROADCAST;
                        case POINT_TO_POINT -> NetworkType.POINT_TO_POINT;
                        case POINT_TO_MULTIPOINT -> NetworkType.POINT_TO_MULTIPOINT;
                    };
                }
                ifs.add(new OspfIntent.Iface(i.name().toString(), area.bits(), area.toString(), o.cost(),
                        o.helloInterval(), o.deadInterval(), o.priority() == null ? 1 : o.priority(), type, isPassive,
                        auth(o), o.mtuIgnore(), viaCommand));
            }
            Set<Integer> stub = new HashSet<>();
            Set<Integer> totally = new HashSet<>();
            for (Map.Entry<OspfArea, Boolean> a : p.stubAreas().entrySet()) {
                (a.getValue() ? totally : stub).add(a.getKey().bits());
            }
            int[] spf = p.spfThrottle();
            OspfIntent.LogMode log = switch (p.logAdjacency()) {
                case OFF -> OspfIntent.LogMode.OFF;
                case ON -> OspfIntent.LogMode.CHANGES;
                case DETAIL -> OspfIntent.LogMode.DETAIL;
            };
            OspfIntent.Redistribute def = null;
            if (p.defaultInformation() != null) {
                var d = p.defaultInformation();
                def = new OspfIntent.Redistribute(true, d.metric() == null ? 1 : d.metric(),
                        d.metricType() == null || d.metricType() == 2);
            }
            List<String> nets = new ArrayList<>();
            for (OspfNetwork n : p.networks()) {
                nets.add(n.address() + " " + n.wildcard() + " area " + n.area());
            }
            out.add(new OspfIntent.Process(p.processId(), p.routerId() == null ? 0 : p.routerId().bits(), log, ifs, stub,
                    totally, redistribute(p.redistribute().get("connected")), redistribute(p.redistribute().get("static")),
                    def, p.defaultInformation() != null && p.defaultInformation().always(),
                    spf == null ? 50 : spf[0], spf == null ? 200 : spf[1], spf == null ? 5000 : spf[2],
                    p.referenceBandwidth() == null ? 100 : p.referenceBandwidth(), nets, passive));
        }
        return new OspfIntent(out);
    }

    private static OspfIntent.Redistribute redistribute(OspfRedistribution r) {
        if (r == null) {
            return null;
        }
        return new OspfIntent.Redistribute(r.subnets(), r.metric() == null ? 20 : r.metric(),
                r.metricType() == null || r.metricType() == 2);
    }

    /** IOS: the most specific matching {@code network} statement decides the area. */
    private static OspfArea networkArea(OspfProcessConfig p, InterfaceConfig i) {
        OspfNetwork best = null;
        for (OspfNetwork n : p.networks()) {
            if (n.matches(i.address().address())
                    && (best == null || Integer.bitCount(n.wildcard().bits()) < Integer.bitCount(best.wildcard().bits()))) {
                best = n;
            }
        }
        return best == null ? null : best.area();
    }

    private static Auth auth(OspfInterfaceSettings o) {
        if (o.authentication() == OspfInterfaceSettings.Authentication.MESSAGE_DIGEST) {
            if (o.md5Keys().isEmpty()) {
                return new Auth(Auth.Type.MD5, 0, new byte[0]);
            }
            Map.Entry<Integer, String> k = o.md5Keys().lastEntry();
            return Auth.md5(k.getKey(), k.getValue());
        }
        if (o.authentication() == OspfInterfaceSettings.Authentication.SIMPLE) {
            return Auth.simple(o.authenticationKey() == null ? "" : o.authenticationKey());
        }
        return Auth.NONE;
    }
}
