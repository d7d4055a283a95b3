package iosim.shell.controller;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The gre-ospf lab: a plain GRE tunnel (key 12, keepalive 10 3) between two sites across an ISP,
 * OSPF over it; then the far end goes away and keepalives bring the line protocol down.
 */
class GreOspfLabTest {
    @TempDir
    Path tmp;
    LabFixture lab;

    @AfterEach
    void down() {
        lab.close();
    }

    @Test
    void ospfOverGreThenKeepalivesNoticeTheFarEndGoing() throws Exception {
        lab = new LabFixture(tmp);
        lab.create("SITE-A", "gre-ospf/SITE-A.cfg");
        lab.create("ISP", "gre-ospf/ISP.cfg");
        lab.create("SITE-B", "gre-ospf/SITE-B.cfg");
        lab.link("SITE-A", "GigabitEthernet0/0", "ISP", "GigabitEthernet0/0");
        lab.link("ISP", "GigabitEthernet0/1", "SITE-B", "GigabitEthernet0/0");
        var lineUp = lab.logged("SITE-A", "%LINEPROTO-5-UPDOWN: Line protocol on Interface Tunnel0, changed state to up");
        var full = lab.logged("SITE-A", "%OSPF-5-ADJCHG: Process 1, Nbr 2.2.2.2 on Tunnel0 from");
        lab.bootAll();
        for (String r : new String[] {"SITE-A", "ISP", "SITE-B"}) {
            assertThat(lab.get(r).bootErrors()).as(r + " boots its startup-config cleanly").isEmpty();
        }
        lineUp.get(10, TimeUnit.SECONDS);
        String line = full.get(60, TimeUnit.SECONDS);
        assertThat(line).endsWith("to FULL, Loading Done");
        Console a = new Console(lab.get("SITE-A"));
        String route = "";
        for (int i = 0; i < 100 && !route.contains("2.2.2.2"); i++) {
            Thread.sleep(100);
            route = a.run("show ip route ospf");
        }
        assertThat(route).contains("O        2.2.2.2 [110/1001] via 172.16.12.2, ").contains(", Tunnel0\n");
        assertThat(a.run("show ip ospf neighbor"))
                .containsPattern("2\\.2\\.2\\.2 +0   FULL/  -  +00:00:\\d\\d    172\\.16\\.12\\.2 +Tunnel0\n");
        Console b = new Console(lab.get("SITE-B"));
        for (int i = 0; i < 100 && !b.run("show ip route ospf").contains("1.1.1.1"); i++) {
            Thread.sleep(100);
        }
        StringBuilder out = new StringBuilder();
        int ok = lab.get("SITE-A").exec().ping(new PingRunner.Options("2.2.2.2", "Loopback0", 5, 100, 2, false),
                out::append);
        assertThat(ok).as(out.toString()).isEqualTo(5);
        // 1400-byte pings with DF clear fit the 1400-byte ip mtu; 1500 are fragmented before encapsulation
        out.setLength(0);
        ok = lab.get("SITE-A").exec().ping(new PingRunner.Options("2.2.2.2", "Loopback0", 3, 1500, 2, false), out::append);
        assertThat(ok).as(out.toString()).isEqualTo(3);
        String tun = a.run("show interfaces Tunnel0");
        assertThat(tun).startsWith("Tunnel0 is up, line protocol is up \n")
                .contains("  Keepalive set (10 sec), retries 3\n  Tunnel linestate evaluation up\n")
                .contains("  Tunnel source 203.0.113.10 (GigabitEthernet0/0), destination 203.0.113.20\n")
                .contains("  Tunnel protocol/transport GRE/IP\n    Key 0xC, sequencing disabled\n"
                        + "    Checksumming of packets disabled\n  Tunnel TTL 255, Fast tunneling enabled\n")
                .contains("  Tunnel transport MTU 1400 bytes\n")
                .doesNotContain("Tunnel protection");
        assertThat(a.run("show ip interface brief")).containsPattern("Tunnel0 +172\\.16\\.12\\.1 +YES \\w+ +up +up");
        // the far end's tunnel is shut: fast keepalives (1 s, 2 retries) take the line down, OSPF follows
        var lineDown = lab.logged("SITE-A", "%LINEPROTO-5-UPDOWN: Line protocol on Interface Tunnel0, changed state to down");
        a.configure("interface Tunnel0", "keepalive 1 2");
        b.configure("interface Tunnel0", "shutdown");
        lineDown.get(15, TimeUnit.SECONDS);
        assertThat(a.run("show interfaces Tunnel0")).startsWith("Tunnel0 is up, line protocol is down \n")
                .contains("  Keepalive set (1 sec), retries 2\n  Tunnel linestate evaluation down - keepalive down\n");
        for (int i = 0; i < 50 && a.run("show ip route").contains("2.2.2.2"); i++) {
            Thread.sleep(100);
        }
        assertThat(a.run("show ip route")).doesNotContain("2.2.2.2").doesNotContain("172.16.12.0/30 is directly");
        // and back
        var upAgain = lab.logged("SITE-A", "%LINEPROTO-5-UPDOWN: Line protocol on Interface Tunnel0, changed state to up");
        b.configure("interface Tunnel0", "no shutdown");
        upAgain.get(15, TimeUnit.SECONDS);
        assertThat(lab.get("SITE-A").ospfInternalErrors()).isZero();
    }
}
