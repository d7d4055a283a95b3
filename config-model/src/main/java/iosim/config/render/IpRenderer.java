package iosim.config.render;

import iosim.config.RunningConfig;
import iosim.config.model.AccessList;
import iosim.config.model.AclRule;
import iosim.config.model.NatRule;
import iosim.config.model.StaticRoute;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** ip nat / ip route / ip ssh lines, then named access lists, then numbered access-list lines. */
final class IpRenderer {
    private IpRenderer() {
    }

    static void render(RunningConfig c, ConfigText out) {
        boolean any = RemoteAccessRenderer.pools(c, out);
        for (NatRule n : c.natRules()) {
            out.line("ip nat inside source list " + n.accessList() + " interface " + n.iface()
                    + (n.overload() ? " overload" : ""));
            any = true;
        }
        for (StaticRoute r : c.routes()) {
            out.line(route(r));
            any = true;
        }
        if (c.system().sshTimeoutSeconds() != null) {
            out.line("ip ssh time-out " + c.system().sshTimeoutSeconds());
            any = true;
        }
        if (c.system().sshAuthenticationRetries() != null) {
            out.line("ip ssh authentication-retries " + c.system().sshAuthenticationRetries());
            any = true;
        }
        if (c.system().sshVersion() != null) {
            out.line("ip ssh version " + c.system().sshVersion());
            any = true;
        }
        if (c.system().scpServer()) {
            out.line("ip scp server enable");
            any = true;
        }
        if (any) {
            out.bang();
        }
        for (AccessList acl : c.accessLists().values()) {
            if (acl.numbered()) {
                continue;
            }
            out.line("ip access-list " + (acl.extended() ? "extended " : "standard ") + acl.name());
            for (Map.Entry<Integer, AclRule> e : acl.entries().entrySet()) {
                out.sub(1, e.getKey() + " " + AclText.of(e.getValue()));
            }
            out.bang();
        }
        List<AccessList> numbered = c.accessLists().values().stream()
                .filter(AccessList::numbered)
                .sorted(Comparator.comparingLong(a -> Long.parseLong(a.name())))
                .toList();
        for (AccessList acl : numbered) {
            for (AclRule r : acl.entries().values()) {
                out.line("access-list " + acl.name() + " " + AclText.of(r));
            }
        }
        if (!numbered.isEmpty()) {
            out.bang();
        }
    }

    static String route(StaticRoute r) {
        StringBuilder l = new StringBuilder("ip route ").append(r.prefix()).append(' ').append(r.mask());
        if (r.iface() != null) {
            l.append(' ').append(r.iface());
        }
        if (r.nextHop() != null) {
            l.append(' ').append(r.nextHop());
        }
        if (r.distance() != null) {
            l.append(' ').append(r.distance());
        }
        if (r.name() != null) {
            l.append(" name ").append(r.name());
        }
        return l.toString();
    }
}
