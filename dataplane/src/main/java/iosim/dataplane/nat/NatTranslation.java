package iosim.dataplane.nat;

import iosim.dataplane.packet.Ipv4Address;

/**
 * One line of {@code show ip nat translations}: protocol, inside global, inside local,
 * outside local, outside global (ports are ICMP ids for ICMP).
 */
public record NatTranslation(String protocol, int insideGlobal, int insideGlobalPort, int insideLocal,
        int insideLocalPort, int outside, int outsidePort, long idleSeconds, long timeoutSeconds) {

    /** Formats the line the way IOS prints it. */
    public String render() {
        String out = Ipv4Address.format(outside) + ":" + outsidePort;
        return String.format("%-4s %-21s %-21s %-21s %s", protocol,
                Ipv4Address.format(insideGlobal) + ":" + insideGlobalPort,
                Ipv4Address.format(insideLocal) + ":" + insideLocalPort, out, out);
    }

    /** The header line of {@code show ip nat translations}. */
    public static String header() {
        return String.format("%-4s %-21s %-21s %-21s %s", "Pro", "Inside global", "Inside local", "Outside local",
                "Outside global");
    }
}
