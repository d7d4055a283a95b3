package iosim.shell.controller;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * GRE over IPsec both ways IOS builds it (the gre-over-ipsec and gre-crypto-map labs): OSPF comes
 * up over the GRE tunnel only once IKEv2 has installed the transport-mode SAs protecting the
 * tunnel's GRE packets, the loopbacks ping 5/5 through it, and show crypto ipsec sa counts them.
 */
class GreOverIpsecLabTest {
    @TempDir
    Path tmp;
    LabFixture lab;

    @AfterEach
    void down() {
        if (lab != null) {
            lab.close();
        }
    }

    @ParameterizedTest
    @CsvSource({"gre-over-ipsec, Tunnel0, Tunnel0-head-0", "gre-crypto-map, GigabitEthernet0/0, CMAP"})
    void ospfAndPingsThroughGreInEsp(String dir, String cryptoInterface, String mapTag) throws Exception {
        lab = new LabFixture(tmp);
        lab.create("SITE-A", dir + "/SITE-A.cfg");
        lab.create("ISP", dir + "/ISP.cfg");
        lab.create("SITE-B", dir + "/SITE-B.cfg");
        lab.link("SITE-A", "GigabitEthernet0/0", "ISP", "GigabitEthernet0/0");
        lab.link("ISP", "GigabitEthernet0/1", "SITE-B", "GigabitEthernet0/0");
        var full = lab.logged("SITE-A", "%OSPF-5-ADJCHG: Process 1, Nbr 2.2.2.2 on Tunnel0 from LOADING to FULL");
        lab.bootAll();
        for (String r : new String[] {"SITE-A", "ISP", "SITE-B"}) {
            assertThat(lab.get(r).bootErrors()).as(r + " boots its startup-config cleanly").isEmpty();
        }
        full.get(60, TimeUnit.SECONDS);
        Console a = new Console(lab.get("SITE-A"));
        Console b = new Console(lab.get("SITE-B"));
        for (int i = 0; i < 100 && !(a.run("show ip route ospf").contains("2.2.2.2")
                && b.run("show ip route ospf").contains("1.1.1.1")); i++) {
            Thread.sleep(100);
        }
        StringBuilder out = new StringBuilder();
        int ok = lab.get("SITE-A").exec().ping(new PingRunner.Options("2.2.2.2", "Loopback0", 5, 100, 2, false),
                out::append);
        assertThat(ok).as(out.toString()).isEqualTo(5);
        String sa = a.run("show crypto ipsec sa");
        assertThat(sa).contains("interface: " + cryptoInterface + "\n")
                .contains("Crypto map tag: " + mapTag + ", local addr 203.0.113.10\n")
                .contains("local  ident (addr/mask/prot/port): (203.0.113.10/255.255.255.255/47/0)\n")
                .contains("remote ident (addr/mask/prot/port): (203.0.113.20/255.255.255.255/47/0)\n")
                .contains("in use settings ={Transport, }");
        Matcher m = Pattern.compile("#pkts encaps: (\\d+)").matcher(sa);
        assertThat(m.find()).isTrue();
        assertThat(Long.parseLong(m.group(1))).as("hellos, updates and 5 echoes went out in ESP").isGreaterThanOrEqualTo(7);
        assertThat(a.run("show interfaces Tunnel0")).startsWith("Tunnel0 is up, line protocol is up \n")
                .contains("  Tunnel protocol/transport GRE/IP\n");
        assertThat(lab.get("SITE-A").ospfInternalErrors()).isZero();
    }
}
