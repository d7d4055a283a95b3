package iosim.shell.controller;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ospf-over-vti lab: OSPF hellos and updates cross the IPsec VTI; each site learns the other's loopback. */
class OspfOverVtiTest {
    @TempDir
    Path tmp;
    LabFixture lab;

    @AfterEach
    void down() {
        lab.close();
    }

    @Test
    void adjacencyOverTheTunnelAndRoutesThroughIt() throws Exception {
        lab = new LabFixture(tmp);
        lab.create("SITE-A", "ospf-over-vti/SITE-A.cfg");
        lab.create("ISP", "ospf-over-vti/ISP.cfg");
        lab.create("SITE-B", "ospf-over-vti/SITE-B.cfg");
        lab.link("SITE-A", "GigabitEthernet0/0", "ISP", "GigabitEthernet0/0");
        lab.link("ISP", "GigabitEthernet0/1", "SITE-B", "GigabitEthernet0/0");
        var full = lab.logged("SITE-A", "%OSPF-5-ADJCHG: Process 1, Nbr 2.2.2.2 on Tunnel0 from");
        lab.bootAll();
        String line = full.get(60, TimeUnit.SECONDS);
        assertThat(line).endsWith("to FULL, Loading Done").as(line);
        Console c = new Console(lab.get("SITE-A"));
        String route = "";
        for (int i = 0; i < 100 && !route.contains("2.2.2.2"); i++) {
            Thread.sleep(100);
            route = c.run("show ip route ospf");
        }
        assertThat(route).contains("O        2.2.2.2 [110/1001] via 172.16.12.2, ").contains(", Tunnel0\n");
        assertThat(c.run("show ip ospf neighbor")).containsPattern("2\\.2\\.2\\.2 +0   FULL/  -  +00:00:\\d\\d    172\\.16\\.12\\.2 +Tunnel0\n");
        assertThat(c.run("show ip ospf interface brief")).contains("Tu0          1      0               172.16.12.1/30    1000  P2P   1/1\n");
        Console b = new Console(lab.get("SITE-B"));
        for (int i = 0; i < 100 && !b.run("show ip route ospf").contains("1.1.1.1"); i++) {
            Thread.sleep(100);
        }
        StringBuilder out = new StringBuilder();
        int ok = lab.get("SITE-A").exec().ping(new PingRunner.Options("2.2.2.2", "Loopback0", 5, 100, 2, false), out::append);
        assertThat(ok).as(out.toString()).isEqualTo(5);
        assertThat(lab.get("SITE-A").exec().showIpsecSa(false, null, null, null)).contains("interface: Tunnel0");
    }
}
