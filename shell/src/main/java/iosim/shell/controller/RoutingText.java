package iosim.shell.controller;

import iosim.dataplane.ArpEntry;
import iosim.dataplane.Route;
import iosim.dataplane.nat.NatTranslation;
import iosim.dataplane.packet.Ipv4Address;
import iosim.shell.cli.RouteText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** {@code show ip route}, {@code show ip arp} and {@code show ip nat translations} from dataplane snapshots. */
final class RoutingText {
    private RoutingText() {}

    static String routes(List<Route> routes) {
        return routes(routes, null);
    }

    /**
     * {@code show ip route [ospf|static|connected]}: the legend, the gateway of last resort and
     * the routes (only the given source's when {@code filter} is set).
     */
    static String routes(List<Route> all, String filter) {
        List<Route> routes = new ArrayList<>();
        for (Route r : all) {
            if (filter == null || filter.equals("ospf") && r.code().ospf() || filter.equals("static") && r.code() == Route.Code.S
                    || filter.equals("connected") && (r.code() == Route.Code.C || r.code() == Route.Code.L)) {
                routes.add(r);
            }
        }
        List<Route> sorted = new ArrayList<>(routes);
        sorted.sort(Comparator.comparingLong((Route r) -> Integer.toUnsignedLong(r.prefix()))
                .thenComparingInt(Route::prefixLength).thenComparing(r -> r.code().ordinal()));
        StringBuilder sb = new StringBuilder(RouteText.CODES).append('\n');
        Route def = all.stream().filter(r -> r.prefixLength() == 0).findFirst().orElse(null);
        if (def == null) {
            sb.append("Gateway of last resort is not set\n\n");
        } else if (def.nextHop() != 0) {
            sb.append("Gateway of last resort is ").append(Ipv4Address.format(def.nextHop()))
                    .append(" to network 0.0.0.0\n\n");
        } else {
            sb.append("Gateway of last resort is 0.0.0.0 to network 0.0.0.0\n\n");
        }
        Map<Integer, List<Route>> byMajor = new LinkedHashMap<>();
        for (Route r : sorted) {
            byMajor.computeIfAbsent(majorNet(r), k -> new ArrayList<>()).add(r);
        }
        for (Map.Entry<Integer, List<Route>> e : byMajor.entrySet()) {
            List<Route> group = e.getValue();
            int classLen = classfulLength(e.getKey());
            Set<Long> prefixes = new java.util.LinkedHashSet<>();
            group.forEach(r -> prefixes.add(((long) r.prefixLength() << 32) | (r.prefix() & 0xffffffffL)));
            boolean topLevel = prefixes.size() == 1 && group.get(0).prefixLength() <= classLen;
            if (topLevel) {
                appendPaths(sb, group, 6, true);
                continue;
            }
            Set<Integer> masks = new HashSet<>();
            group.forEach(r -> masks.add(r.prefixLength()));
            String major = Ipv4Address.format(e.getKey()) + "/" + classLen;
            if (masks.size() == 1) {
                sb.append(String.format(Locale.ROOT, "      %s is subnetted, %d subnets%n", 
                        Ipv4Address.format(e.getKey()) + "/" + group.get(0).prefixLength(), prefixes.size()));
            } else {
                sb.append(String.format(Locale.ROOT, "      %s is variably subnetted, %d subnets, %d masks%n",
                        major, prefixes.size(), masks.size()));
            }
            appendPaths(sb, group, 9, masks.size() > 1);
        }
        return sb.toString();
    }

    /** The routes of one group; equal-cost paths of one prefix continue on lines indented under the first. */
    private static void appendPaths(StringBuilder sb, List<Route> group, int codeWidth, boolean withMask) {
        Route prev = null;
        for (Route r : group) {
            if (prev != null && prev.prefix() == r.prefix() && prev.prefixLength() == r.prefixLength()
                    && prev.code() == r.code()) {
                String first = line(prev, codeWidth, withMask);
                int at = first.indexOf(" [");
                String cont = line(r, codeWidth, withMask);
                int at2 = cont.indexOf(" [");
                if (at > 0 && at2 > 0) {
                    sb.append(" ".repeat(at + 1)).append(cont.substring(at2 + 1));
                    continue;
                }
            }
            sb.append(line(r, codeWidth, withMask));
            prev = r;
        }
    }

    /** One route line; IOS leaves the mask out under a "is subnetted" (single mask) header. */
    private static String line(Route r, int codeWidth, boolean withMask) {
        String code = r.code().text() + (r.prefixLength() == 0 ? "*" : "");
        String prefix = withMask ? r.prefixText() : Ipv4Address.format(r.prefix());
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-" + codeWidth + "s%s", code, prefix));
        if (r.code().ospf()) {
            sb.append(" [").append(r.distance()).append('/').append(r.metric()).append("] via ")
                    .append(Ipv4Address.format(r.nextHop())).append(", ")
                    .append(OspfText.age(System.currentTimeMillis() - r.sinceMillis())).append(", ")
                    .append(r.interfaceName());
        } else if (r.code() == Route.Code.S && r.nextHop() != 0) {
            sb.append(" [").append(r.distance()).append("/0] via ").append(Ipv4Address.format(r.nextHop()));
            if (r.interfaceName() != null) {
                sb.append(", ").append(r.interfaceName());
            }
        } else {
            sb.append(" is directly connected, ").append(r.interfaceName());
        }
        return sb.append('\n').toString();
    }

    /** {@code show ip route A.B.C.D}: the entry of the longest matching prefix, or IOS's not-in-table line. */
    static String entry(List<Route> all, int address) {
        Route best = null;
        for (Route r : all) {
            int mask = r.prefixLength() == 0 ? 0 : (int) (0xFFFF_FFFFL << (32 - r.prefixLength()));
            if ((address & mask) == r.prefix() && (best == null || r.prefixLength() > best.prefixLength())) {
                best = r;
            }
        }
        if (best == null) {
            return "% Network not in table\n";
        }
        List<Route> paths = new ArrayList<>();
        for (Route r : all) {
            if (r.prefix() == best.prefix() && r.prefixLength() == best.prefixLength() && r.code() == best.code()) {
                paths.add(r);
            }
        }
        Route b = paths.get(0);
        StringBuilder sb = new StringBuilder("Routing entry for ").append(b.prefixText()).append('\n');
        long now = System.currentTimeMillis();
        switch (b.code()) {
            case C, L -> sb.append("  Known via \"connected\", distance 0, metric 0 (connected, via interface)\n");
            case S -> sb.append("  Known via \"static\", distance ").append(b.distance()).append(", metric 0")
                    .append(b.nextHop() == 0 ? " (connected)" : "").append('\n');
            default -> {
                String type = switch (b.code()) {
                    case O -> "intra area";
                    case O_IA -> "inter area";
                    case O_E1 -> "extern 1, forward metric " + b.metric();
                    default -> "extern 2, forward metric " + b.metric();
                };
                sb.append("  Known via \"ospf\", distance 110, metric ").append(b.metric()).append(", type ")
                        .append(type).append('\n');
                sb.append("  Last update from ").append(Ipv4Address.format(b.nextHop())).append(" on ")
                        .append(b.interfaceName()).append(", ").append(OspfText.age(now - b.sinceMillis()))
                        .append(" ago\n");
            }
        }
        sb.append("  Routing Descriptor Blocks:\n");
        boolean first = true;
        for (Route r : paths) {
            sb.append(first ? "  * " : "    ");
            first = false;
            if (r.code().ospf()) {
                sb.append(Ipv4Address.format(r.nextHop())).append(", ").append(OspfText.age(now - r.sinceMillis()))
                        .append(" ago, via ").append(r.interfaceName()).append('\n');
            } else if (r.nextHop() != 0) {
                sb.append(Ipv4Address.format(r.nextHop())).append(r.interfaceName() == null ? "" : ", via " + r.interfaceName())
                        .append('\n');
            } else {
                sb.append("directly connected, via ").append(r.interfaceName()).append('\n');
            }
            sb.append("      Route metric is ").append(r.metric()).append(", traffic share count is 1\n");
        }
        return sb.toString();
    }

    /** The classful network an address belongs to (0.0.0.0 for the default route). */
    private static int majorNet(Route r) {
        if (r.prefixLength() == 0) {
            return 0;
        }
        int len = classfulLength(r.prefix());
        return len == 32 ? r.prefix() : r.prefix() & (int) (0xFFFF_FFFFL << (32 - len));
    }

    private static int classfulLength(int addr) {
        int first = (addr >>> 24) & 0xff;
        if (addr == 0) {
            return 0;
        }
        if (first < 128) {
            return 8;
        }
        if (first < 192) {
            return 16;
        }
        return first < 224 ? 24 : 32;
    }

    static String arp(List<ArpEntry> entries) {
        List<ArpEntry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparingLong(a -> Integer.toUnsignedLong(a.address())));
        StringBuilder sb = new StringBuilder("Protocol  Address          Age (min)  Hardware Addr   Type   Interface\n");
        for (ArpEntry a : sorted) {
            sb.append(String.format(Locale.ROOT, "Internet  %-17s%8s   %-16s%-7s%s%n", Ipv4Address.format(a.address()),
                    a.ageMinutes() < 0 ? "-" : Integer.toString(a.ageMinutes()),
                    a.mac() == null ? "Incomplete" : a.mac().toCisco(), "ARPA", a.interfaceName()));
        }
        return sb.toString();
    }

    static String nat(List<NatTranslation> translations) {
        if (translations.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder(NatTranslation.header()).append('\n');
        translations.forEach(t -> sb.append(t.render()).append('\n'));
        return sb.toString();
    }
}
