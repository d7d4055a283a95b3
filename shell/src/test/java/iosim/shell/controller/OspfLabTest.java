package iosim.shell.controller;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two and three routers running OSPF over in-process Ethernet, in real time with fast timers
 * (hello 1, dead 4): adjacency, DR election, routes in the RIB, traffic, shows and syslog.
 */
class OspfLabTest {
    @TempDir
    Path tmp;
    LabFixture lab;

    @AfterEach
    void down() {
        lab.close();
    }

    private static String router(String name, String lan, String loop, String extra) {
        return String.join("\n", "hostname " + name, "interface Loopback0", " ip address " + loop + " 255.255.255.255",
                "interface GigabitEthernet0/0", " ip address " + lan + " 255.255.255.0", " ip ospf hello-interval 1",
                " ip ospf dead-interval 4", " no shutdown", extra, "router ospf 1", " network 10.0.12.0 0.0.0.255 area 0",
                " network " + loop + " 0.0.0.0 area 0", "end", "");
    }

    @Test
    void twoRoutersFormFullElectADrInstallRoutesAndPing() throws Exception {
        lab = new LabFixture(tmp);
        lab.createText("R1", router("R1", "10.0.12.1", "1.1.1.1", "!"));
        lab.createText("R2", router("R2", "10.0.12.2", "2.2.2.2", "!"));
        lab.link("R1", "GigabitEthernet0/0", "R2", "GigabitEthernet0/0");
        var full = lab.logged("R1", "%OSPF-5-ADJCHG: Process 1, Nbr 2.2.2.2 on GigabitEthernet0/0 from LOADING to FULL, Loading Done");
        var full2 = lab.logged("R1", "to FULL");
        lab.bootAll();
        String line = full2.get(30, TimeUnit.SECONDS);
        assertThat(line).contains("%OSPF-5-ADJCHG: Process 1, Nbr 2.2.2.2 on GigabitEthernet0/0 from");
        RouterRuntime r1 = lab.get("R1");
        Console c = new Console(r1);
        String route = "";
        for (int i = 0; i < 100 && !route.contains("2.2.2.2"); i++) {
            Thread.sleep(100);
            route = c.run("show ip route ospf");
        }
        assertThat(route).contains("      2.0.0.0/32 is subnetted, 1 subnets\n"
                + "O        2.2.2.2 [110/2] via 10.0.12.2, ");
        assertThat(route).contains(", GigabitEthernet0/0\n");
        String nbr = c.run("show ip ospf neighbor");
        assertThat(nbr).contains("Neighbor ID     Pri   State           Dead Time   Address         Interface\n");
        assertThat(nbr).containsPattern("2\\.2\\.2\\.2" + " ".repeat(11) + "1   FULL/DR         00:00:0[0-4]    10\\.0\\.12\\.2       GigabitEthernet0/0\n");
        String brief = c.run("show ip ospf interface brief");
        assertThat(brief).contains("Gi0/0        1      0               10.0.12.1/24      1     BDR   1/1\n");
        assertThat(brief).contains("Lo0          1      0               1.1.1.1/32        1     LOOP  0/0\n");
        String entry = c.run("show ip route 2.2.2.2");
        assertThat(entry).startsWith("Routing entry for 2.2.2.2/32\n  Known via \"ospf\", distance 110, metric 2, type intra area\n");
        assertThat(c.run("show ip ospf database")).contains("Router Link States (Area 0)").contains("Net Link States (Area 0)")
                .containsPattern("10\\.0\\.12\\.2       2\\.2\\.2\\.2         \\d+ +0x8000000\\d 0x[0-9A-F]{6}\n");
        assertThat(c.run("show ip protocols")).contains("Routing Protocol is \"ospf 1\"").contains("    10.0.12.0 0.0.0.255 area 0\n");
        assertThat(c.run("show ip ospf")).contains(" Routing Process \"ospf 1\" with ID 1.1.1.1\n");
        Console c2 = new Console(lab.get("R2"));
        for (int i = 0; i < 100 && !c2.run("show ip route ospf").contains("1.1.1.1"); i++) {
            Thread.sleep(100); // R2 learns R1's loopback too (its LSA may wait for MinLSArrival)
        }
        StringBuilder out = new StringBuilder();
        int ok = r1.exec().ping(new PingRunner.Options("2.2.2.2", "Loopback0", 5, 100, 2, false), out::append);
        assertThat(ok).isEqualTo(5);
        assertThat(r1.ospfInternalErrors()).isZero();
        // the neighbour goes away: dead timer, route withdrawn
        var dead = lab.logged("R1", "from FULL to DOWN, Neighbor Down: Dead timer expired");
        new Console(lab.get("R2")).configure("interface GigabitEthernet0/0", "shutdown");
        dead.get(10, TimeUnit.SECONDS);
        for (int i = 0; i < 50 && c.run("show ip route").contains("2.2.2.2"); i++) {
            Thread.sleep(100);
        }
        assertThat(c.run("show ip route")).doesNotContain("2.2.2.2");
    }

    @Test
    void helloMismatchNeverFormsAndDebugSaysWhy() throws Exception {
        lab = new LabFixture(tmp);
        lab.createText("R1", router("R1", "10.0.12.1", "1.1.1.1", "!"));
        lab.createText("R2", router("R2", "10.0.12.2", "2.2.2.2", "interface GigabitEthernet0/0\n ip ospf hello-interval 2"));
        lab.link("R1", "GigabitEthernet0/0", "R2", "GigabitEthernet0/0");
        Console c = new Console(lab.get("R1"));
        var mismatch = lab.logged("R1", "OSPF-1 HELLO Gi0/0: Mismatched hello parameters from 10.0.12.2");
        lab.bootAll();
        assertThat(c.run("debug ip ospf hello")).isEqualTo("OSPF hello debugging is on\n");
        mismatch.get(10, TimeUnit.SECONDS);
        Thread.sleep(3000);
        assertThat(c.run("show ip ospf neighbor")).doesNotContain("2.2.2.2");
        assertThat(c.run("show debugging")).contains("IP routing:\n  OSPF hello debugging is on\n");
    }
}
