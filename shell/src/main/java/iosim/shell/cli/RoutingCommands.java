package iosim.shell.cli;

import iosim.grammar.IosParser;
import java.util.Locale;

/** The routing EXEC commands: show ip route variants, show ip ospf ..., show ip protocols, clear and debug ip ospf. */
final class RoutingCommands {
    private RoutingCommands() {}

    static String showRoute(RoutingExec r, IosParser.Show_ip_routeContext c) {
        IosParser.Show_ip_route_filterContext f = c.show_ip_route_filter();
        if (f == null) {
            return r.showIpRoute(null);
        }
        if (f.show_route_address() != null) {
            return r.showIpRouteEntry(f.show_route_address().getText());
        }
        return r.showIpRoute(f.getText().toLowerCase(Locale.ROOT));
    }

    static String showOspf(RoutingExec r, IosParser.Show_ip_ospfContext c, String ifName) {
        if (c.show_ospf_neighbor() != null) {
            return r.showIpOspfNeighbor(c.show_ospf_neighbor().getChildCount() > 1);
        }
        if (c.show_ospf_interface() != null) {
            boolean brief = c.show_ospf_interface().getChildCount() > 1 && ifName == null;
            return r.showIpOspfInterface(brief, ifName);
        }
        if (c.show_ospf_database() != null) {
            IosParser.Show_ospf_lsa_typeContext t = c.show_ospf_database().show_ospf_lsa_type();
            return r.showIpOspfDatabase(t == null ? null : t.getText());
        }
        return r.showIpOspf();
    }

    /** {@code debug ip ospf adj|hello|events} (and the undebug forms): the flag and IOS's confirmation line. */
    static String debug(DebugFlags flags, IosParser.Debug_ip_ospfContext d, boolean on) {
        String what = d.getChild(2).getText();
        flags.set("ospf " + what, on);
        String name = switch (what) {
            case "adj" -> "adjacency";
            case "hello" -> "hello";
            default -> "event";
        };
        return "OSPF " + name + " debugging is " + (on ? "on" : "off") + "\n";
    }
}
