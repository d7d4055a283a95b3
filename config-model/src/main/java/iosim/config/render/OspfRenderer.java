package iosim.config.render;

import iosim.config.RunningConfig;
import iosim.config.model.InterfaceName;
import iosim.config.model.OspfArea;
import iosim.config.model.OspfInterfaceSettings;
import iosim.config.model.OspfNetwork;
import iosim.config.model.OspfProcessConfig;
import iosim.config.model.OspfRedistribution;
import java.util.Map;

/** The {@code router ospf N} blocks and an interface's {@code ip ospf} lines, in IOS order. */
final class OspfRenderer {
    private OspfRenderer() {
    }

    static void render(RunningConfig c, ConfigText out) {
        for (OspfProcessConfig p : c.ospfProcesses().values()) {
            out.line("router ospf " + p.processId());
            if (p.routerId() != null) {
                out.sub(1, "router-id " + p.routerId());
            }
            if (p.logAdjacency() == OspfProcessConfig.LogAdjacency.OFF) {
                out.sub(1, "no log-adjacency-changes");
            } else if (p.logAdjacency() == OspfProcessConfig.LogAdjacency.DETAIL) {
                out.sub(1, "log-adjacency-changes detail");
            }
            if (p.referenceBandwidth() != null) {
                out.sub(1, "auto-cost reference-bandwidth " + p.referenceBandwidth());
            }
            for (Map.Entry<OspfArea, Boolean> a : p.stubAreas().entrySet()) {
                out.sub(1, "area " + a.getKey() + " stub" + (a.getValue() ? " no-summary" : ""));
            }
            int[] spf = p.spfThrottle();
            if (spf != null) {
                out.sub(1, "timers throttle spf " + spf[0] + " " + spf[1] + " " + spf[2]);
            }
            for (OspfRedistribution r : p.redistribute().values()) {
                out.sub(1, r.toString());
            }
            if (p.passiveDefault()) {
                out.sub(1, "passive-interface default");
                for (InterfaceName n : p.notPassive()) {
                    out.sub(1, "no passive-interface " + n);
                }
            } else {
                for (InterfaceName n : p.passive()) {
                    out.sub(1, "passive-interface " + n);
                }
            }
            for (OspfNetwork n : p.networks()) {
                out.sub(1, n.toString());
            }
            if (p.defaultInformation() != null) {
                out.sub(1, p.defaultInformation().toString());
            }
            out.bang();
        }
    }

    static void interfaceLines(OspfInterfaceSettings o, ConfigText out) {
        if (o.authentication() != null) {
            out.sub(1, "ip ospf authentication" + switch (o.authentication()) {
                case SIMPLE -> "";
                case MESSAGE_DIGEST -> " message-digest";
                case NULL -> " null";
            });
        }
        if (o.authenticationKey() != null) {
            out.sub(1, "ip ospf authentication-key " + o.authenticationKey());
        }
        for (Map.Entry<Integer, String> k : o.md5Keys().entrySet()) {
            out.sub(1, "ip ospf message-digest-key " + k.getKey() + " md5 " + k.getValue());
        }
        if (o.mtuIgnore()) {
            out.sub(1, "ip ospf mtu-ignore");
        }
        if (o.network() != null) {
            out.sub(1, "ip ospf network " + o.network().iosText());
        }
        if (o.deadInterval() != null) {
            out.sub(1, "ip ospf dead-interval " + o.deadInterval());
        }
        if (o.helloInterval() != null) {
            out.sub(1, "ip ospf hello-interval " + o.helloInterval());
        }
        if (o.priority() != null) {
            out.sub(1, "ip ospf priority " + o.priority());
        }
        if (o.processId() != null) {
            out.sub(1, "ip ospf " + o.processId() + " area " + o.area());
        }
        if (o.cost() != null) {
            out.sub(1, "ip ospf cost " + o.cost());
        }
    }
}
