package iosim.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SITE-A and SITE-B (the default lab's configs, their WAN interfaces directly connected) in two
 * JVMs joined by a UDP link ({@code --link GigabitEthernet0/0=udp:...}): the ping brings the
 * tunnel up and crosses it.
 */
class TwoProcessUdpLinkTest {
    @TempDir
    Path tmp;

    /**
     * The lab config with the routes through the ISP replaced by a default route to the peer (the
     * WANs share one /24 here, directly connected).
     */
    private Path config(String router) throws Exception {
        Path src = LabFixtures.root().resolve("running-configs/seed-site-to-site/" + router + ".cfg");
        String peer = router.equals("SITE-A") ? "203.0.113.20" : "203.0.113.10";
        String text = Files.readAllLines(src).stream().filter(l -> !l.startsWith("ip route"))
                .collect(Collectors.joining("\n")) + "\nip route 0.0.0.0 0.0.0.0 " + peer + "\n";
        Path dst = tmp.resolve(router + ".cfg");
        Files.writeString(dst, text);
        return dst;
    }

    @Test
    void pingCrossesATunnelBetweenTwoProcesses() throws Exception {
        int pa = LabFixtures.freeUdpPort();
        int pb = LabFixtures.freeUdpPort();
        try (IosimProcess b = new IosimProcess(List.of("router", "--startup-config", config("SITE-B").toString(),
                "--link", "GigabitEthernet0/0=udp:" + pb + ":127.0.0.1:" + pa));
             IosimProcess a = new IosimProcess(List.of("router", "--startup-config", config("SITE-A").toString(),
                     "--link", "Gi0/0=udp:" + pa + ":127.0.0.1:" + pb))) {
            assertThat(b.await("SITE-B>", 60)).as(b.output()).isTrue();
            assertThat(a.await("SITE-A>", 60)).as(a.output()).isTrue();
            a.type("enable", "class");
            // ping until a whole round gets through (the first may be lost while IKE negotiates)
            // (and, right after boot, until the controller has configured the LAN interface)
            assertThat(a.awaitCount("SITE-A#", 1, 30)).isTrue();
            for (int round = 1; round <= 12 && !a.output().contains("Success rate is 100 percent (5/5)"); round++) {
                a.type("ping 10.0.0.1 source GigabitEthernet0/1");
                assertThat(a.awaitCount("SITE-A#", round + 1, 30)).as(a.output()).isTrue();
            }
            a.type("show crypto ipsec sa");
            assertThat(a.await("#pkts decaps", 60)).as(a.output()).isTrue();
            assertThat(a.finish(30)).isZero();
            String out = a.output();
            assertThat(out).contains("Success rate is 100 percent (5/5)");
            assertThat(LabFixtures.counter(out, "#pkts encaps: ")).isPositive();
            assertThat(LabFixtures.counter(out, "#pkts decaps: ")).isPositive();
            b.type("enable", "class", "show crypto ipsec sa");
            assertThat(b.await("#pkts decaps", 30)).as(b.output()).isTrue();
            assertThat(LabFixtures.counter(b.output(), "#pkts decaps: "))
                    .isEqualTo(LabFixtures.counter(out, "#pkts encaps: "));
            assertThat(b.finish(30)).isZero();
        }
    }

    /** Log lines are shown after the next typed line: press Return until it shows (bounded). */
    private static boolean awaitLog(IosimProcess p, String text) throws Exception {
        for (int i = 0; i < 30; i++) {
            p.type("");
            if (p.await(text, 2)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void aMalformedLinkIsAnsweredNotStarted() throws Exception {
        try (IosimProcess a = new IosimProcess(List.of("router", "--startup-config", config("SITE-A").toString(),
                "--link", "GigabitEthernet0/0=udp:notaport:127.0.0.1:1"))) {
            assertThat(a.finish(60)).isEqualTo(2);
            assertThat(a.output()).contains("--link wants IF=udp:LOCALPORT:REMOTEHOST:REMOTEPORT")
                    .doesNotContain("Exception");
        }
    }
}
