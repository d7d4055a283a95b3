package iosim.shell.controller;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The vti-hub-3-spokes lab: three static VTIs on one hub, OSPF FULL with every spoke,
 * and spoke-to-spoke traffic through the hub (two tunnels, two ESP SA pairs).
 */
class VtiHubSpokesLabTest {
    private static final List<String> ROUTERS = List.of("HUB", "ISP", "SPOKE1", "SPOKE2", "SPOKE3");
    @TempDir
    Path tmp;
    LabFixture lab;

    @AfterEach
    void down() {
        if (lab != null) {
            lab.close();
        }
    }

    @Test
    void everySpokeIsFullWithTheHubAndSpokesReachEachOther() throws Exception {
        lab = new LabFixture(tmp);
        for (String r : ROUTERS) {
            lab.create(r, "vti-hub-3-spokes/" + r + ".cfg");
        }
        lab.link("HUB", "GigabitEthernet0/0", "ISP", "GigabitEthernet0/0");
        for (int n = 1; n <= 3; n++) {
            lab.link("ISP", "GigabitEthernet0/" + n, "SPOKE" + n, "GigabitEthernet0/0");
        }
        List<CompletableFuture<String>> full = new java.util.ArrayList<>();
        for (int n = 1; n <= 3; n++) {
            full.add(lab.logged("HUB", "%OSPF-5-ADJCHG: Process 1, Nbr 10.255.0." + (n + 1) + " on Tunnel" + n
                    + " from LOADING to FULL"));
        }
        lab.bootAll();
        for (String r : ROUTERS) {
            assertThat(lab.get(r).bootErrors()).as(r + " boots its startup-config cleanly").isEmpty();
        }
        for (CompletableFuture<String> f : full) {
            f.get(90, TimeUnit.SECONDS);
        }
        Console hub = new Console(lab.get("HUB"));
        String nbrs = hub.run("show ip ospf neighbor");
        for (int n = 1; n <= 3; n++) {
            assertThat(nbrs).containsPattern("10\\.255\\.0\\." + (n + 1) + " +0   FULL/  -  +00:00:\\d\\d    172\\.16\\."
                    + n + "\\.2 +Tunnel" + n + "\n");
        }
        Console s1 = new Console(lab.get("SPOKE1"));
        Console s3 = new Console(lab.get("SPOKE3"));
        for (int i = 0; i < 150 && !(s1.run("show ip route ospf").contains("10.255.0.4")
                && s3.run("show ip route ospf").contains("10.255.0.2")); i++) {
            Thread.sleep(100);
        }
        assertThat(s1.run("show ip route ospf")).contains("O        10.255.0.4 [110/2001] via 172.16.1.1, ");
        StringBuilder out = new StringBuilder();
        // one echo first, as in GreHubSpokesLabTest
        lab.get("SPOKE1").exec().ping(new PingRunner.Options("10.255.0.4", "Loopback0", 1, 100, 2, false), out::append);
        out.setLength(0);
        int ok = lab.get("SPOKE1").exec().ping(new PingRunner.Options("10.255.0.4", "Loopback0", 5, 100, 2, false),
                out::append);
        assertThat(ok).as(out.toString()).isEqualTo(5);
        String sa = hub.run("show crypto ipsec sa");
        for (int n = 1; n <= 3; n++) {
            assertThat(sa).contains("interface: Tunnel" + n + "\n")
                    .contains("Crypto map tag: Tunnel" + n + "-head-0, local addr 203.0.113.10\n");
        }
        for (String r : ROUTERS) {
            assertThat(lab.get(r).ospfInternalErrors()).isZero();
        }
    }
}
