package iosim.shell.cli;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Show commands automation getters read (NAPALM's ios driver, Ansible facts): {@code show ip
 * interface [IF]}, {@code show hosts}, {@code show snmp [chassis]}. Each renders what it is given.
 */
final class AutomationShowText {
    private AutomationShowText() {}

    /** {@code show ip interface [IF]}: per interface its state, address and the IP settings IOS lists. */
    static String ipInterface(List<ConfigEngine.InterfaceView> interfaces, Map<String, LiveExec.LineState> live,
            String onlyOrNull) {
        StringBuilder b = new StringBuilder();
        for (ConfigEngine.InterfaceView i : InterfaceText.showOrder(interfaces)) {
            if (onlyOrNull != null && !onlyOrNull.equalsIgnoreCase(i.name())) {
                continue;
            }
            LiveExec.LineState s = live.get(i.name());
            String status = s == null ? InterfaceText.status(i) : s.status();
            String protocol = s == null ? InterfaceText.protocol(i) : s.protocol();
            b.append(i.name()).append(" is ").append(status).append(", line protocol is ").append(protocol).append('\n');
            if (i.address() == null) {
                b.append("  Internet protocol processing disabled\n");
                continue;
            }
            b.append("  Internet address is ").append(i.address()).append('/').append(prefixLength(i.mask())).append('\n');
            b.append("  Broadcast address is 255.255.255.255\n");
            b.append("  Address determined by non-volatile memory\n");
            b.append("  MTU is 1500 bytes\n");
            b.append("  Helper address is not set\n");
            b.append("  Directed broadcast forwarding is disabled\n");
            b.append("  Outgoing Common access list is not set \n");
            b.append("  Outgoing access list is not set\n");
            b.append("  Inbound Common access list is not set \n");
            b.append("  Inbound  access list is not set\n");
            b.append("  Proxy ARP is enabled\n");
            b.append("  Local Proxy ARP is disabled\n");
            b.append("  Security level is default\n");
            b.append("  Split horizon is enabled\n");
            b.append("  ICMP redirects are always sent\n");
            b.append("  ICMP unreachables are always sent\n");
            b.append("  ICMP mask replies are never sent\n");
            b.append("  IP fast switching is enabled\n");
            b.append("  IP Flow switching is disabled\n");
            b.append("  IP CEF switching is enabled\n");
            b.append("  IP multicast fast switching is enabled\n");
            b.append("  IP multicast distributed fast switching is disabled\n");
            b.append("  Router Discovery is disabled\n");
            b.append("  IP output packet accounting is disabled\n");
            b.append("  IP access violation accounting is disabled\n");
            b.append("  TCP/IP header compression is disabled\n");
            b.append("  RTP/IP header compression is disabled\n");
            b.append("  Probe proxy name replies are disabled\n");
            b.append("  Policy routing is disabled\n");
            b.append("  Network address translation is disabled\n");
            b.append("  BGP Policy Mapping is disabled\n");
            b.append("  Input features: MCI Check\n");
        }
        return b.toString();
    }

    static int prefixLength(String mask) {
        int bits = 0;
        for (String octet : mask.split("\\.")) {
            bits += Integer.bitCount(Integer.parseInt(octet) & 0xff);
        }
        return bits;
    }

    /** {@code show hosts}: the resolver settings and the (empty) host cache. */
    static String hosts(String domainOrNull, boolean domainLookup) {
        return "Default domain is " + (domainOrNull == null ? "not set" : domainOrNull) + "\n"
                + "Name/address lookup uses " + (domainLookup ? "domain service" : "static mappings") + "\n"
                + (domainLookup ? "Name servers are 255.255.255.255\n" : "")
                + "\n"
                + "Codes: UN - unknown, EX - expired, OK - OK, ?? - revalidate\n"
                + "       temp - temporary, perm - permanent\n"
                + "       NA - Not Applicable None - Not defined\n"
                + "\n"
                + "Host                      Port  Flags      Age Type   Address(es)\n";
    }

    /** {@code show snmp [chassis]} with no {@code snmp-server} configured. */
    static String snmpNotEnabled() {
        return "%SNMP agent not enabled\n";
    }

    /**
     * {@code show interfaces summary}: IOS's legend, then one row per interface ({@code *} when
     * up) with the input/output hold queues (always empty here), the drops, the 5-minute rates.
     */
    static String interfacesSummary(List<LiveExec.SummaryRow> rows) {
        StringBuilder b = new StringBuilder("\n");
        b.append(" *: interface is up\n");
        b.append(" IHQ: pkts in input hold queue     IQD: pkts dropped from input queue\n");
        b.append(" OHQ: pkts in output hold queue    OQD: pkts dropped from output queue\n");
        b.append(" RXBS: rx rate (bits/sec)          RXPS: rx rate (pkts/sec)\n");
        b.append(" TXBS: tx rate (bits/sec)          TXPS: tx rate (pkts/sec)\n");
        b.append(" TRTL: throttle count\n\n");
        b.append(String.format(Locale.ROOT, "  %-26s%5s%10s%10s%10s%10s%10s%10s%10s%10s%n", "Interface", "IHQ", "IQD", "OHQ",
                "OQD", "RXBS", "RXPS", "TXBS", "TXPS", "TRTL"));
        b.append("-".repeat(113)).append('\n');
        for (LiveExec.SummaryRow r : rows) {
            b.append(String.format(Locale.ROOT, "%s %-26s%5d%10d%10d%10d%10d%10d%10d%10d%10d%n", r.up() ? "*" : " ",
                    r.name(), 0, r.inputDrops(), 0, r.outputDrops(), r.rxBits(), r.rxPackets(), r.txBits(),
                    r.txPackets(), 0));
        }
        return b.toString();
    }

    /**
     * {@code show ipv6 interface brief}: every interface with its state; none has IPv6 here, so
     * each says {@code unassigned} (plain {@code show ipv6 interface} prints nothing then, as IOS).
     */
    static String ipv6InterfaceBrief(List<ConfigEngine.InterfaceView> interfaces, Map<String, LiveExec.LineState> live) {
        StringBuilder b = new StringBuilder();
        for (ConfigEngine.InterfaceView i : InterfaceText.showOrder(interfaces)) {
            LiveExec.LineState s = live.get(i.name());
            String status = s == null ? InterfaceText.status(i) : s.status();
            String protocol = s == null ? InterfaceText.protocol(i) : s.protocol();
            b.append(String.format(Locale.ROOT, "%-23s[%s/%s]%n", i.name(), status, protocol));
            b.append("    unassigned\n");
        }
        return b.toString();
    }

    /** {@code show lldp [neighbors [detail]]} while LLDP is off (IOS's default). */
    static String lldpNotEnabled() {
        return "% LLDP is not enabled\n";
    }
}
