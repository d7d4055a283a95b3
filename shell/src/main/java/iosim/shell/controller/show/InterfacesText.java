package iosim.shell.controller.show;

import iosim.dataplane.InterfaceCounters;
import iosim.dataplane.InterfaceKind;
import iosim.dataplane.InterfaceStatus;
import iosim.dataplane.packet.Ipv4Address;
import iosim.shell.cli.InterfaceText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * {@code show interfaces [IF]} from the dataplane's live interface status and counters, in the
 * layout of an IOS-XE virtual router (IOSv-style names): line protocol as the dataplane has it
 * (Ethernet: admin up with a link; Tunnel: its IPsec SA; Loopback: up), packet and byte
 * counters, drops, errors, the 5-minute rates, and for a tunnel its source, destination,
 * transport and protection. Pure function of its arguments.
 */
public final class InterfacesText {
    private InterfacesText() {}

    /** Rates (already averaged) and times (IOS text: {@code never}, {@code 00:00:02}, ...). */
    public record Load(long inBitsPerSec, long inPacketsPerSec, long outBitsPerSec, long outPacketsPerSec,
                       String lastInput, String lastOutput, String lastClearing) {
        public static final Load IDLE = new Load(0, 0, 0, 0, "never", "never", "never");
    }

    /**
     * A tunnel's configuration as {@code show interfaces TunnelN} prints it.
     *
     * @param source      {@code 198.51.100.1 (GigabitEthernet0/0)}, an address, or null when unset
     * @param destination an address, or null when unset
     * @param ipsec       {@code tunnel mode ipsec ipv4} (else GRE)
     * @param protection  the {@code tunnel protection ipsec profile} name, or null
     * @param gre         a GRE tunnel's key, checksum, keepalive and line state, or null
     */
    public record Tunnel(String source, String destination, boolean ipsec, String protection, Gre gre) {
        public Tunnel(String source, String destination, boolean ipsec, String protection) {
            this(source, destination, ipsec, protection, null);
        }
    }

    /**
     * What {@code show interfaces} prints of a GRE tunnel.
     *
     * @param key              {@code tunnel key}, or null
     * @param keepalivePeriod  {@code keepalive} seconds (0: not set)
     * @param downReason       why the line protocol is down (the linestate evaluation's words), or null when up
     */
    public record Gre(Long key, boolean checksum, int keepalivePeriod, int keepaliveRetries, String downReason) {}

    /** One interface: its live status, its description (or null), its load, its tunnel settings (or null). */
    public record Row(InterfaceStatus status, String description, Load load, Tunnel tunnel) {}

    /** {@code show interfaces [only]}; {@code only} null = every interface, in IOS order. */
    public static String render(List<Row> rows, String only) {
        return render(rows, only, iosim.config.Platform.IOSV);
    }

    /** {@code show interfaces [only]} on a router of {@code platform} (its Ethernet hardware). */
    public static String render(List<Row> rows, String only, iosim.config.Platform platform) {
        List<Row> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparing((Row r) -> r.status().name(), InterfaceText::compareNames));
        StringBuilder sb = new StringBuilder();
        for (Row r : sorted) {
            if (only == null || r.status().name().equals(only)) {
                one(sb, r, platform);
            }
        }
        return sb.toString();
    }

    private static void one(StringBuilder sb, Row r, iosim.config.Platform platform) {
        InterfaceStatus s = r.status();
        InterfaceCounters.Snapshot c = s.counters();
        Load load = r.load() == null ? Load.IDLE : r.load();
        sb.append(s.name()).append(" is ").append(status(s)).append(", line protocol is ")
                .append(s.protocolText()).append(" \n");
        switch (s.kind()) {
            case ETHERNET -> {
                String mac = s.mac() == null ? "0000.0000.0000" : s.mac().toCisco();
                sb.append("  Hardware is ").append(iosim.shell.cli.PlatformText.ethernetHardware(platform))
                        .append(", address is ").append(mac).append(" (bia ").append(mac).append(")\n");
            }
            case LOOPBACK -> sb.append("  Hardware is Loopback\n");
            case TUNNEL -> sb.append("  Hardware is Tunnel\n");
        }
        if (r.description() != null && !r.description().isEmpty()) {
            sb.append("  Description: ").append(r.description()).append('\n');
        }
        if (s.prefixLength() >= 0) {
            sb.append("  Internet address is ").append(Ipv4Address.format(s.address())).append('/')
                    .append(s.prefixLength()).append('\n');
        }
        switch (s.kind()) {
            case ETHERNET -> {
                sb.append("  MTU ").append(s.mtu()).append(" bytes, BW 1000000 Kbit/sec, DLY 10 usec, \n");
                sb.append("     reliability 255/255, txload ").append(load255(load.outBitsPerSec(), 1_000_000_000L))
                        .append("/255, rxload ").append(load255(load.inBitsPerSec(), 1_000_000_000L)).append("/255\n");
                sb.append("  Encapsulation ARPA, loopback not set\n");
                sb.append("  Keepalive set (10 sec)\n");
                if (s.lineProtocolUp()) {
                    sb.append("  Full Duplex, 1000Mbps, link type is auto, media type is ")
                            .append(iosim.shell.cli.PlatformText.mediaType(platform)).append('\n');
                } else {
                    sb.append("  Auto Duplex, Auto Speed, link type is auto, media type is ")
                            .append(iosim.shell.cli.PlatformText.mediaType(platform)).append('\n');
                }
                sb.append("  output flow-control is unsupported, input flow-control is unsupported\n");
                sb.append("  ARP type: ARPA, ARP Timeout 04:00:00\n");
            }
            case LOOPBACK -> {
                sb.append("  MTU 1514 bytes, BW 8000000 Kbit/sec, DLY 5000 usec, \n");
                sb.append("     reliability 255/255, txload 1/255, rxload 1/255\n");
                sb.append("  Encapsulation LOOPBACK, loopback not set\n");
                sb.append("  Keepalive set (10 sec)\n");
            }
            case TUNNEL -> tunnel(sb, s, r.tunnel(), load);
        }
        sb.append("  Last input ").append(load.lastInput()).append(", output ").append(load.lastOutput())
                .append(", output hang never\n");
        sb.append("  Last clearing of \"show interface\" counters ").append(load.lastClearing()).append('\n');
        int inputQueueMax = s.kind() == InterfaceKind.TUNNEL ? 375
                : s.kind() == InterfaceKind.ETHERNET ? iosim.shell.cli.PlatformText.ethernetInputQueue(platform) : 75;
        sb.append("  Input queue: 0/").append(inputQueueMax).append('/').append(c.inputDrops())
                .append("/0 (size/max/drops/flushes); Total output drops: ").append(c.outputDrops()).append('\n');
        sb.append("  Queueing strategy: fifo\n");
        sb.append("  Output queue: 0/").append(s.kind() == InterfaceKind.TUNNEL ? 0 : 40).append(" (size/max)\n");
        sb.append("  5 minute input rate ").append(load.inBitsPerSec()).append(" bits/sec, ")
                .append(load.inPacketsPerSec()).append(" packets/sec\n");
        sb.append("  5 minute output rate ").append(load.outBitsPerSec()).append(" bits/sec, ")
                .append(load.outPacketsPerSec()).append(" packets/sec\n");
        sb.append("     ").append(c.inputPackets()).append(" packets input, ").append(c.inputBytes())
                .append(" bytes, 0 no buffer\n");
        sb.append("     Received ").append(c.inputBroadcasts()).append(" broadcasts (0 IP multicasts)\n");
        sb.append("     0 runts, 0 giants, 0 throttles \n");
        sb.append("     ").append(c.inputErrors()).append(" input errors, 0 CRC, 0 frame, 0 overrun, 0 ignored");
        sb.append(s.kind() == InterfaceKind.TUNNEL ? ", 0 abort\n" : "\n");
        if (s.kind() == InterfaceKind.ETHERNET) {
            sb.append("     0 watchdog, 0 multicast, 0 pause input\n");
        }
        sb.append("     ").append(c.outputPackets()).append(" packets output, ").append(c.outputBytes())
                .append(" bytes, 0 underruns\n");
        if (s.kind() != InterfaceKind.LOOPBACK) {
            sb.append("     Output 0 broadcasts (0 IP multicasts)\n");
        }
        sb.append("     ").append(c.outputErrors()).append(" output errors, 0 collisions, 0 interface resets\n");
        sb.append("     ").append(c.unknownProtocolDrops()).append(" unknown protocol drops\n");
        if (s.kind() == InterfaceKind.ETHERNET) {
            sb.append("     0 babbles, 0 late collision, 0 deferred\n");
            sb.append("     0 lost carrier, 0 no carrier, 0 pause output\n");
        }
        sb.append("     0 output buffer failures, 0 output buffers swapped out\n");
    }

    /**
     * IOS's interface status: {@code administratively down}, else for a tunnel {@code up} (its line
     * protocol follows the SA, reference 1.7: "up down"), for Ethernet {@code up} only with a link.
     */
    public static String status(InterfaceStatus s) {
        if (s.kind() == InterfaceKind.TUNNEL) {
            return s.adminUp() ? "up" : "administratively down";
        }
        return s.statusText();
    }

    private static void tunnel(StringBuilder sb, InterfaceStatus s, Tunnel t, Load load) {
        sb.append("  MTU 9938 bytes, BW 100 Kbit/sec, DLY 50000 usec, \n");
        sb.append("     reliability 255/255, txload ").append(load255(load.outBitsPerSec(), 100_000L))
                .append("/255, rxload ").append(load255(load.inBitsPerSec(), 100_000L)).append("/255\n");
        sb.append("  Encapsulation TUNNEL, loopback not set\n");
        Gre gre = t == null ? null : t.gre();
        if (gre != null && gre.keepalivePeriod() > 0) {
            sb.append("  Keepalive set (").append(gre.keepalivePeriod()).append(" sec), retries ")
                    .append(gre.keepaliveRetries()).append('\n');
        } else {
            sb.append("  Keepalive not set\n");
        }
        sb.append("  Tunnel linestate evaluation ").append(s.lineProtocolUp() ? "up" : "down");
        if (!s.lineProtocolUp() && s.adminUp()) {
            sb.append(" - ").append(downReason(t));
        }
        sb.append('\n');
        String src = t == null || t.source() == null ? "UNKNOWN" : t.source();
        String dst = t == null || t.destination() == null ? "UNKNOWN" : t.destination();
        sb.append("  Tunnel source ").append(src).append(", destination ").append(dst).append('\n');
        boolean ipsec = t != null && t.ipsec();
        sb.append("  Tunnel protocol/transport ").append(ipsec ? "IPSEC/IP" : "GRE/IP").append('\n');
        if (!ipsec) {
            Long key = gre == null ? null : gre.key();
            sb.append("    Key ").append(key == null ? "disabled" : "0x" + Long.toHexString(key).toUpperCase(Locale.ROOT))
                    .append(", sequencing disabled\n");
            sb.append("    Checksumming of packets ").append(gre != null && gre.checksum() ? "enabled" : "disabled")
                    .append('\n');
            sb.append("  Tunnel TTL 255, Fast tunneling enabled\n");
        } else {
            sb.append("  Tunnel TTL 255\n");
        }
        sb.append("  Tunnel transport MTU ").append(s.mtu()).append(" bytes\n");
        sb.append("  Tunnel transmit bandwidth 8000 (kbps)\n");
        sb.append("  Tunnel receive bandwidth 8000 (kbps)\n");
        if (t != null && t.protection() != null) {
            sb.append("  Tunnel protection via IPSec (profile \"").append(t.protection()).append("\")\n");
        }
    }

    private static String downReason(Tunnel t) {
        if (t != null && t.gre() != null && t.gre().downReason() != null) {
            return t.gre().downReason();
        }
        if (t == null || t.source() == null) {
            return "no source";
        }
        if (t.destination() == null) {
            return "no destination";
        }
        return t.ipsec() ? "no IPsec SA" : "no route to tunnel destination";
    }

    /** txload/rxload: the rate as a fraction of the bandwidth, 1..255 (IOS never prints 0). */
    static int load255(long bitsPerSec, long bandwidthBits) {
        long l = bitsPerSec * 255 / bandwidthBits;
        return (int) Math.max(1, Math.min(255, l));
    }

    /** IOS's elapsed-time text: {@code 00:00:02} under a day, then {@code 1d02h}, then {@code 1w2d}. */
    public static String elapsed(long millis) {
        if (millis < 0) {
            return "never";
        }
        long s = millis / 1000;
        long days = s / 86_400;
        if (days == 0) {
            return String.format(Locale.ROOT, "%02d:%02d:%02d", s / 3600, (s / 60) % 60, s % 60);
        }
        if (days < 7) {
            return String.format(Locale.ROOT, "%dd%02dh", days, (s / 3600) % 24);
        }
        return String.format(Locale.ROOT, "%dw%dd", days / 7, days % 7);
    }
}
