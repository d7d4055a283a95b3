package iosim.shell.cli;

import iosim.shell.cli.ConfigEngine.InterfaceView;
import java.util.List;
import java.util.Objects;

/**
 * {@code show ip interface brief} and, for a CLI without a dataplane, {@code show interfaces}
 * (link state from the configuration only, counters at zero). With a router runtime the live
 * Status/Protocol columns and {@code show interfaces} come through {@link LiveExec}. Pure functions.
 */
public final class InterfaceText {
    private InterfaceText() {}

    /** IOS-XE layout: Interface padded to 23 characters; Status/Protocol from the configuration alone. */
    static String brief(List<InterfaceView> interfaces, List<InterfaceView> atBoot) {
        return brief(interfaces, atBoot, java.util.Map.of());
    }

    /**
     * IOS-XE layout: Interface padded to 23 characters. Status and Protocol come from {@code live}
     * (the dataplane: link attached, tunnel SA up) when it knows the interface, else from the
     * configuration.
     */
    static String brief(List<InterfaceView> interfaces, List<InterfaceView> atBoot,
            java.util.Map<String, LiveExec.LineState> live) {
        interfaces = showOrder(interfaces);
        StringBuilder sb = new StringBuilder();
        sb.append(pad("Interface", 23)).append(pad("IP-Address", 16)).append("OK? Method Status                Protocol\n");
        for (InterfaceView i : interfaces) {
            String ip = i.address() == null ? "unassigned" : i.address();
            String method = i.address() == null ? "unset" : fromBoot(i, atBoot) ? "NVRAM" : "manual";
            LiveExec.LineState state = live.get(i.name());
            sb.append(pad(i.name(), 23)).append(pad(ip, 16)).append("YES ").append(pad(method, 7))
                    .append(pad(state == null ? status(i) : state.status(), 22))
                    .append(pad(state == null ? protocol(i) : state.protocol(), 8)).append('\n');
        }
        return sb.toString();
    }

    /** The order of IOS's interface lists: GigabitEthernet, Loopback, Tunnel, each by number. */
    static List<InterfaceView> showOrder(List<InterfaceView> interfaces) {
        List<InterfaceView> out = new java.util.ArrayList<>(interfaces);
        out.sort(java.util.Comparator.comparing(InterfaceView::name, InterfaceText::compareNames));
        return out;
    }

    /** IOS's order of interface names: GigabitEthernet, Loopback, Tunnel, each by number ({@code 0/2} before {@code 0/10}). */
    public static int compareNames(String a, String b) {
        int byType = Integer.compare(typeRank(a), typeRank(b));
        return byType != 0 ? byType : numberKey(a).compareTo(numberKey(b));
    }

    private static int typeRank(String name) {
        if (name.startsWith("GigabitEthernet")) {
            return 0;
        }
        return name.startsWith("Loopback") ? 1 : 2;
    }

    /** {@code 0/1.10} as a string that sorts numerically (each part zero-padded). */
    private static String numberKey(String name) {
        int d = 0;
        while (d < name.length() && !Character.isDigit(name.charAt(d))) {
            d++;
        }
        StringBuilder sb = new StringBuilder();
        for (String part : name.substring(d).split("[/.]")) {
            sb.append(String.format("%10s", part)).append('/');
        }
        return sb.toString();
    }

    private static boolean fromBoot(InterfaceView i, List<InterfaceView> atBoot) {
        for (InterfaceView b : atBoot) {
            if (b.name().equals(i.name())) {
                return Objects.equals(b.address(), i.address()) && Objects.equals(b.mask(), i.mask());
            }
        }
        return false;
    }

    static String status(InterfaceView i) {
        if (i.shutdown()) {
            return "administratively down";
        }
        // a template is never up itself: its Virtual-Access clones are
        return i.name().startsWith("Virtual-Template") ? "down" : "up";
    }

    /** A tunnel's line protocol follows its IPsec SA, of which there is none yet. */
    static String protocol(InterfaceView i) {
        if (i.shutdown() || i.name().startsWith("Tunnel") || i.name().startsWith("Virtual-Template")) {
            return "down";
        }
        return "up";
    }

    /** {@code show interfaces [NAME]}. */
    static String interfaces(List<InterfaceView> interfaces, String only) {
        return interfaces(interfaces, only, iosim.config.Platform.IOSV);
    }

    /** {@code show interfaces [NAME]} on a router of {@code platform}. */
    static String interfaces(List<InterfaceView> interfaces, String only, iosim.config.Platform platform) {
        interfaces = showOrder(interfaces);
        StringBuilder sb = new StringBuilder();
        for (InterfaceView i : interfaces) {
            if (only != null && !i.name().equals(only)) {
                continue;
            }
            sb.append(i.name()).append(" is ").append(status(i)).append(", line protocol is ").append(protocol(i)).append(" \n");
            if (i.name().startsWith("GigabitEthernet")) {
                String mac = mac(i.name());
                sb.append("  Hardware is ").append(PlatformText.ethernetHardware(platform)).append(", address is ").append(mac).append(" (bia ").append(mac).append(")\n");
            } else if (i.name().startsWith("Loopback")) {
                sb.append("  Hardware is Loopback\n");
            } else {
                sb.append("  Hardware is Tunnel\n");
            }
            if (i.description() != null) {
                sb.append("  Description: ").append(i.description()).append('\n');
            }
            if (i.address() != null) {
                sb.append("  Internet address is ").append(i.address()).append('/').append(prefixLength(i.mask())).append('\n');
            }
            if (i.name().startsWith("GigabitEthernet")) {
                sb.append("  MTU 1500 bytes, BW 1000000 Kbit/sec, DLY 10 usec, \n");
                sb.append("     reliability 255/255, txload 1/255, rxload 1/255\n");
                sb.append("  Encapsulation ARPA, loopback not set\n");
                sb.append("  Keepalive set (10 sec)\n");
                sb.append("  Auto Duplex, Auto Speed, link type is auto, media type is ")
                        .append(PlatformText.mediaType(platform)).append('\n');
                sb.append("  output flow-control is unsupported, input flow-control is unsupported\n");
                sb.append("  ARP type: ARPA, ARP Timeout 04:00:00\n");
            } else if (i.name().startsWith("Loopback")) {
                sb.append("  MTU 1514 bytes, BW 8000000 Kbit/sec, DLY 5000 usec, \n");
                sb.append("     reliability 255/255, txload 1/255, rxload 1/255\n");
                sb.append("  Encapsulation LOOPBACK, loopback not set\n");
                sb.append("  Keepalive set (10 sec)\n");
            } else {
                sb.append("  MTU 9976 bytes, BW 100 Kbit/sec, DLY 50000 usec, \n");
                sb.append("     reliability 255/255, txload 1/255, rxload 1/255\n");
                sb.append("  Encapsulation TUNNEL, loopback not set\n");
                sb.append("  Keepalive not set\n");
                sb.append("  Tunnel linestate evaluation down - no IPsec SA\n");
            }
            sb.append("  Last input never, output never, output hang never\n");
            sb.append("  Last clearing of \"show interface\" counters never\n");
            int queue = i.name().startsWith("GigabitEthernet") ? PlatformText.ethernetInputQueue(platform) : 75;
            sb.append("  Input queue: 0/").append(queue).append("/0/0 (size/max/drops/flushes); Total output drops: 0\n");
            sb.append("  Queueing strategy: fifo\n");
            sb.append("  Output queue: 0/40 (size/max)\n");
            sb.append("  5 minute input rate 0 bits/sec, 0 packets/sec\n");
            sb.append("  5 minute output rate 0 bits/sec, 0 packets/sec\n");
            sb.append("     0 packets input, 0 bytes, 0 no buffer\n");
            sb.append("     Received 0 broadcasts (0 IP multicasts)\n");
            sb.append("     0 runts, 0 giants, 0 throttles \n");
            sb.append("     0 input errors, 0 CRC, 0 frame, 0 overrun, 0 ignored\n");
            sb.append("     0 packets output, 0 bytes, 0 underruns\n");
            sb.append("     0 output errors, 0 collisions, 0 interface resets\n");
            sb.append("     0 unknown protocol drops\n");
            sb.append("     0 output buffer failures, 0 output buffers swapped out\n");
        }
        return sb.toString();
    }

    /** A stable MAC per interface name, in IOS's dotted form ({@code 5254.00ab.cdef}). */
    static String mac(String name) {
        int h = name.hashCode();
        return String.format("5254.00%02x.%04x", (h >>> 16) & 0xff, h & 0xffff);
    }

    static int prefixLength(String mask) {
        if (mask == null) {
            return 32;
        }
        int bits = 0;
        for (String octet : mask.split("\\.")) {
            try {
                bits += Integer.bitCount(Integer.parseInt(octet) & 0xff);
            } catch (NumberFormatException e) {
                return 32;
            }
        }
        return bits;
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s + " " : s + " ".repeat(width - s.length());
    }
}
