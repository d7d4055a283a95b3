package iosim.config.render;

import iosim.config.model.AclAction;
import iosim.config.model.AclAddress;
import iosim.config.model.AclRule;
import iosim.config.model.PortMatch;
import iosim.config.model.WellKnownPorts;
import java.util.Map;

/**
 * IOS text of one access-list entry, without sequence number: {@code permit ip 10.0.0.0
 * 0.0.0.255 any}, {@code deny tcp any host 10.1.1.1 eq www log}, {@code remark text}. Also used
 * by {@code show access-lists}.
 */
public final class AclText {
    private static final Map<Integer, String> PROTOCOL_NAMES = Map.of(
            0, "ip", 1, "icmp", 6, "tcp", 17, "udp", 47, "gre", 50, "esp", 51, "ahp");
    private AclText() {
    }

    public static String of(AclRule r) {
        if (r.isRemark()) {
            return "remark " + r.remark();
        }
        StringBuilder s = new StringBuilder(r.action().iosText());
        if (r.isStandard()) {
            // IOS pads "deny" so that standard entries line up with "permit "
            s.append(r.action() == AclAction.DENY ? "   " : " ").append(standardAddress(r.source()));
        } else {
            s.append(' ').append(protocol(r.protocol()));
            s.append(' ').append(r.source().iosText());
            port(s, r.protocol(), r.sourcePort());
            s.append(' ').append(r.destination().iosText());
            port(s, r.protocol(), r.destinationPort());
            if (r.icmpType() != null) {
                s.append(' ').append(WellKnownPorts.icmpDisplay(r.icmpType()));
            }
            if (r.established()) {
                s.append(" established");
            }
        }
        if (r.log()) {
            s.append(" log");
        }
        return s.toString();
    }

    /** Protocol name as IOS shows it ({@code ip}, {@code esp}...) or its number. */
    public static String protocol(int number) {
        return PROTOCOL_NAMES.getOrDefault(number, String.valueOf(number));
    }

    /** Standard lists show a host without the {@code host} keyword. */
    static String standardAddress(AclAddress a) {
        if (a.isAny()) {
            return "any";
        }
        return a.isHost() ? a.address().toString() : a.address() + " " + a.wildcard();
    }

    private static void port(StringBuilder s, int protocol, PortMatch p) {
        if (p == null) {
            return;
        }
        s.append(' ').append(p.operator()).append(' ').append(WellKnownPorts.display(protocol, p.low()));
        if (p.operator().equals("range")) {
            s.append(' ').append(WellKnownPorts.display(protocol, p.high()));
        }
    }
}
