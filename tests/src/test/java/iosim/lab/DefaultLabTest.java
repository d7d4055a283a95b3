package iosim.lab;

import static org.assertj.core.api.Assertions.assertThat;

import iosim.shell.lab.LabConsole;
import iosim.shell.lab.RunningLab;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default lab end to end through the stdin console: SITE-A pings SITE-B's LAN across the
 * ISP, the IKEv2 tunnel comes up, and both ends count the ESP packets; then write memory and
 * reload on one router.
 */
class DefaultLabTest {
    @TempDir
    Path tmp;

    @Test
    void pingAcrossBringsTheTunnelUpAndBothEndsCountIt() throws Exception {
        Path dir = LabFixtures.defaultLab(tmp);
        ByteArrayOutputStream boot = new ByteArrayOutputStream();
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        String savedIsp;
        try (RunningLab lab = RunningLab.start(dir, new PrintStream(boot, true, StandardCharsets.UTF_8))) {
            assertThat(boot.toString(StandardCharsets.UTF_8)).contains("SITE-A: booted from SITE-A.cfg")
                    .contains("ISP: booted from ISP.cfg").contains("SITE-B: booted from SITE-B.cfg")
                    .doesNotContain("error");
            String input = String.join("\n",
                    "enable", "class",
                    "ping 10.0.0.1 source GigabitEthernet0/1",
                    "ping 10.0.0.1 source GigabitEthernet0/1",
                    "show crypto ipsec sa",
                    "~SITE-B",
                    "enable", "class",
                    "show crypto ipsec sa",
                    "~ISP",
                    "enable", "class",
                    "configure terminal", "hostname ISP-2", "end",
                    "write memory",
                    "reload",
                    "enable", "class",
                    "show running-config | include hostname",
                    "") + "\n";
            new LabConsole(lab, new PrintStream(console, true, StandardCharsets.UTF_8))
                    .runLines(new BufferedReader(new StringReader(input)), lab.spec().console());
            savedIsp = Files.readString(lab.state().router("ISP").startupConfig());
        }
        String out = console.toString(StandardCharsets.UTF_8);
        int siteB = out.indexOf("[SITE-B console]");
        int isp = out.indexOf("[ISP console]");
        assertThat(siteB).as(out).isPositive();
        assertThat(isp).isGreaterThan(siteB);
        String a = out.substring(0, siteB);
        String b = out.substring(siteB, isp);
        assertThat(a).contains("SITE-A#ping 10.0.0.1 source GigabitEthernet0/1");
        assertThat(a).as(a).contains("Success rate is 100 percent (5/5)");
        assertThat(a).contains("Crypto tunnel v2 is UP");
        long encapsA = LabFixtures.counter(a, "#pkts encaps: ");
        long decapsA = LabFixtures.counter(a, "#pkts decaps: ");
        long encapsB = LabFixtures.counter(b, "#pkts encaps: ");
        long decapsB = LabFixtures.counter(b, "#pkts decaps: ");
        assertThat(encapsA).as(a).isPositive();
        assertThat(decapsA).isPositive();
        // what SITE-A encrypted SITE-B decrypted, and the other way round
        assertThat(decapsB).isEqualTo(encapsA);
        assertThat(encapsB).isEqualTo(decapsA);
        // persistence: write memory wrote ISP's startup-config in the state folder (the lab's ISP.cfg
        // is untouched); reload booted ISP alone from it
        String isp2 = out.substring(isp);
        assertThat(isp2).contains("[OK]").contains("ISP-2#show running-config | include hostname")
                .contains("hostname ISP-2");
        assertThat(savedIsp).contains("hostname ISP-2");
        assertThat(Files.readString(dir.resolve("ISP.cfg"))).contains("hostname ISP\n").doesNotContain("ISP-2");
        assertThat(Files.readString(dir.resolve("SITE-A.cfg"))).contains("hostname SITE-A");
    }
}
