package iosim.shell.controller.show;

import static org.assertj.core.api.Assertions.assertThat;

import iosim.dataplane.InterfaceCounters;
import iosim.dataplane.InterfaceKind;
import iosim.dataplane.InterfaceStatus;
import iosim.dataplane.packet.Ipv4Address;
import iosim.dataplane.packet.MacAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

class InterfacesTextTest {
    private static final InterfaceCounters.Snapshot TRAFFIC = new InterfaceCounters.Snapshot(9, 1116, 1, 2, 3, 8, 1032,
            4, 0, 5);
    private static final InterfaceCounters.Snapshot NONE = new InterfaceCounters.Snapshot(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    private static InterfaceStatus eth(String name, boolean admin, boolean line) {
        return new InterfaceStatus(name, InterfaceKind.ETHERNET, Ipv4Address.parse("198.51.100.1"), 24, admin, line,
                1500, MacAddress.parse("52:54:00:12:34:56"), "", "wire", TRAFFIC);
    }

    @Test
    void ethernetWithTrafficPrintsEveryCounterInPlace() {
        InterfacesText.Load load = new InterfacesText.Load(2000, 1, 3000, 2, "00:00:01", "00:00:02", "00:05:12");
        String out = InterfacesText.render(List.of(new InterfacesText.Row(eth("GigabitEthernet0/0", true, true),
                "to ISP", load, null)), null);
        assertThat(out).isEqualTo("""
                GigabitEthernet0/0 is up, line protocol is up\s
                  Hardware is iGbE, address is 5254.0012.3456 (bia 5254.0012.3456)
                  Description: to ISP
                  Internet address is 198.51.100.1/24
                  MTU 1500 bytes, BW 1000000 Kbit/sec, DLY 10 usec,\s
                     reliability 255/255, txload 1/255, rxload 1/255
                  Encapsulation ARPA, loopback not set
                  Keepalive set (10 sec)
                  Full Duplex, 1000Mbps, link type is auto, media type is RJ45
                  output flow-control is unsupported, input flow-control is unsupported
                  ARP type: ARPA, ARP Timeout 04:00:00
                  Last input 00:00:01, output 00:00:02, output hang never
                  Last clearing of "show interface" counters 00:05:12
                  Input queue: 0/75/3/0 (size/max/drops/flushes); Total output drops: 4
                  Queueing strategy: fifo
                  Output queue: 0/40 (size/max)
                  5 minute input rate 2000 bits/sec, 1 packets/sec
                  5 minute output rate 3000 bits/sec, 2 packets/sec
                     9 packets input, 1116 bytes, 0 no buffer
                     Received 1 broadcasts (0 IP multicasts)
                     0 runts, 0 giants, 0 throttles\s
                     2 input errors, 0 CRC, 0 frame, 0 overrun, 0 ignored
                     0 watchdog, 0 multicast, 0 pause input
                     8 packets output, 1032 bytes, 0 underruns
                     Output 0 broadcasts (0 IP multicasts)
                     0 output errors, 0 collisions, 0 interface resets
                     5 unknown protocol drops
                     0 babbles, 0 late collision, 0 deferred
                     0 lost carrier, 0 no carrier, 0 pause output
                     0 output buffer failures, 0 output buffers swapped out
                """);
    }

    @Test
    void linkStatesAndOrder() {
        InterfaceStatus noLink = eth("GigabitEthernet0/10", true, false);
        InterfaceStatus shut = eth("GigabitEthernet0/2", false, false);
        InterfaceStatus lo = new InterfaceStatus("Loopback0", InterfaceKind.LOOPBACK, 0, -1, true, true, 1514, null,
                "", null, NONE);
        String out = InterfacesText.render(List.of(new InterfacesText.Row(lo, null, null, null),
                new InterfacesText.Row(noLink, null, null, null), new InterfacesText.Row(shut, null, null, null)), null);
        assertThat(out).contains("GigabitEthernet0/10 is down, line protocol is down \n")
                .contains("  Auto Duplex, Auto Speed, link type is auto, media type is RJ45\n")
                .contains("GigabitEthernet0/2 is administratively down, line protocol is down \n")
                .contains("Loopback0 is up, line protocol is up \n  Hardware is Loopback\n")
                .contains("  Last input never, output never, output hang never\n");
        assertThat(out.indexOf("GigabitEthernet0/2 ")).isLessThan(out.indexOf("GigabitEthernet0/10 "));
        assertThat(out.indexOf("GigabitEthernet0/10 ")).isLessThan(out.indexOf("Loopback0 "));
        assertThat(out).doesNotContain("Internet address is 0.0.0.0");
        assertThat(InterfacesText.render(List.of(new InterfacesText.Row(lo, null, null, null)), "Loopback1")).isEmpty();
    }

    @Test
    void tunnelShowsItsTransportProtectionAndWhyItIsDown() {
        InterfaceStatus down = new InterfaceStatus("Tunnel0", InterfaceKind.TUNNEL, Ipv4Address.parse("172.16.12.1"), 30,
                true, false, 1438, null, "", null, NONE);
        InterfacesText.Tunnel t = new InterfacesText.Tunnel("203.0.113.10 (GigabitEthernet0/0)", "203.0.113.20", true,
                "IPSEC-VTI");
        String out = InterfacesText.render(List.of(new InterfacesText.Row(down, null, null, t)), "Tunnel0");
        assertThat(out).startsWith("Tunnel0 is up, line protocol is down \n  Hardware is Tunnel\n"
                + "  Internet address is 172.16.12.1/30\n  MTU 9938 bytes, BW 100 Kbit/sec, DLY 50000 usec, \n")
                .contains("  Tunnel linestate evaluation down - no IPsec SA\n"
                        + "  Tunnel source 203.0.113.10 (GigabitEthernet0/0), destination 203.0.113.20\n"
                        + "  Tunnel protocol/transport IPSEC/IP\n  Tunnel TTL 255\n"
                        + "  Tunnel transport MTU 1438 bytes\n  Tunnel transmit bandwidth 8000 (kbps)\n"
                        + "  Tunnel receive bandwidth 8000 (kbps)\n"
                        + "  Tunnel protection via IPSec (profile \"IPSEC-VTI\")\n")
                .contains("  Input queue: 0/375/0/0 (size/max/drops/flushes); Total output drops: 0\n")
                .contains("  Output queue: 0/0 (size/max)\n")
                .contains("0 ignored, 0 abort\n");
        InterfacesText.Tunnel gre = new InterfacesText.Tunnel(null, null, false, null);
        assertThat(InterfacesText.render(List.of(new InterfacesText.Row(down, null, null, gre)), null))
                .contains("  Tunnel linestate evaluation down - no source\n")
                .contains("  Tunnel source UNKNOWN, destination UNKNOWN\n  Tunnel protocol/transport GRE/IP\n")
                .doesNotContain("Tunnel protection");
    }

    @Test
    void elapsedTimeAndLoad() {
        assertThat(InterfacesText.elapsed(-1)).isEqualTo("never");
        assertThat(InterfacesText.elapsed(2_500)).isEqualTo("00:00:02");
        assertThat(InterfacesText.elapsed(26 * 3_600_000L)).isEqualTo("1d02h");
        assertThat(InterfacesText.elapsed(9 * 86_400_000L)).isEqualTo("1w2d");
        assertThat(InterfacesText.load255(0, 1_000_000_000L)).isEqualTo(1);
        assertThat(InterfacesText.load255(500_000_000L, 1_000_000_000L)).isEqualTo(127);
        assertThat(InterfacesText.load255(5_000_000_000L, 1_000_000_000L)).isEqualTo(255);
    }
}
