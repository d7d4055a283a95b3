package iosim.config.model;

import java.util.Map;

/** IOS's well-known port and ICMP type names used in access lists, per protocol. */
public final class WellKnownPorts {
    public static final Map<String, Integer> TCP = Map.of(
            "bgp", 179, "domain", 53, "ftp", 21, "ftp-data", 20, "pop3", 110, "smtp", 25, "telnet", 23, "www", 80);
    public static final Map<String, Integer> UDP = Map.of(
            "bootpc", 68, "bootps", 67, "domain", 53, "isakmp", 500, "non500-isakmp", 4500, "ntp", 123,
            "snmp", 161, "syslog", 514, "tftp", 69);
    public static final Map<String, Integer> ICMP = Map.of(
            "echo", 8, "echo-reply", 0, "unreachable", 3, "time-exceeded", 11);

    private WellKnownPorts() {
    }

    /** The port names of a protocol (6 TCP, 17 UDP), empty for others. */
    public static Map<String, Integer> forProtocol(int protocol) {
        return protocol == 6 ? TCP : protocol == 17 ? UDP : Map.of();
    }

    /** The name IOS shows for a port of a protocol, or the number. */
    public static String display(int protocol, int port) {
        return nameOf(forProtocol(protocol), port);
    }

    public static String icmpDisplay(int type) {
        return nameOf(ICMP, type);
    }

    private static String nameOf(Map<String, Integer> names, int value) {
        String best = null;
        for (Map.Entry<String, Integer> e : names.entrySet()) {
            if (e.getValue() == value && (best == null || e.getKey().compareTo(best) < 0)) {
                best = e.getKey();
            }
        }
        return best != null ? best : String.valueOf(value);
    }
}
