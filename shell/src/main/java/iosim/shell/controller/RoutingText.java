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
        List<Route> sorted = new ArrayList<>(routes);
        sorted.sort(Comparator.comparingLong((Route r) -> Integer.toUnsignedLong(r.prefix()))
                .thenComparingInt(Route::prefixLength).thenComparing(r -> r.code().ordinal()));
        StringBuilder sb = new StringBuilder(RouteText.CODES).append('\n');
        Route def = sorted.stream().filter(r -> r.prefixLength() == 0).findFirst().orElse(null);
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
            boolean topLevel = group.size() == 1 && group.get(0).prefixLength() <= classLen;
            if (topLevel) {
                sb.append(line(group.get(0), 6));
                continue;
            }
            Set<Integer> masks = new HashSet<>();
            group.forEach(r -> masks.add(r.prefixLength()));
            String major = Ipv4Address.format(e.getKey()) + "/" + classLen;
            if (masks.size() == 1) {
                sb.append(String.format(Locale.ROOT, "      %s is subnetted, %d subnets%n", 
                        Ipv4Address.format(e.getKey()) + "/" + group.get(0).prefixLength(), group.size()));
            } else {
                sb.append(String.format(Locale.ROOT, "      %s is variably subnetted, %d subnets, %d masks%n",
                        major, group.size(), masks.size()));
            }
            for (Route r : group) {
                sb.append(line(r, 9));
            }
        }
        return sb.toString();
    }

    private static String line(Route r, int codeWidth) {
        String code = r.code().name() + (r.prefixLength() == 0 ? "*" : "");
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-" + codeWidth + "s%s", code, r.prefixText()));
        if (r.code() == Route.Code.S && r.nextHop() != 0) {
            sb.append(" [").append(r.distance()).append("/0] via ").append(Ipv4Address.format(r.nextHop()));
            if (r.interfaceName() != null) {
                sb.append(", ").append(r.interfaceName());
            }
        } else {
            sb.append(" is directly connected, ").append(r.interfaceName());
        }
        return sb.append('\n').toString();
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
