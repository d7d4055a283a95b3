package iosim.shell.controller;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code set peer} with two peers: the first (10.0.12.9) never answers, so after IOS's
 * retransmissions (in the lab's virtual time, {@link LabClock}) the router tries the next peer at once and the tunnel
 * comes up there.
 */
class PeerFailoverTest {
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
    void aPeerThatDoesNotAnswerFailsOverToTheNext() {
        LabClock clock = new LabClock(1_000_000);
        lab = new LabFixture(tmp, clock);
        String r1cfg = TwoRouterConfigs.r1("", "")
                .replace(" set peer 10.0.12.2\n", " set peer 10.0.12.9\n set peer 10.0.12.2\n")
                .replace("  pre-shared-key s3cret!\n", "  pre-shared-key s3cret!\n peer DEAD\n  address 10.0.12.9\n"
                        + "  pre-shared-key s3cret!\n")
                .replace(" match identity remote address 10.0.12.2 255.255.255.255\n",
                        " match identity remote address 10.0.12.2 255.255.255.255\n"
                                + " match identity remote address 10.0.12.9 255.255.255.255\n");
        RouterRuntime r1 = lab.bootText("R1", r1cfg);
        RouterRuntime r2 = lab.bootText("R2", TwoRouterConfigs.r2("", ""));
        lab.link("R1", "GigabitEthernet0/0", "R2", "GigabitEthernet0/0");
        lab.settle();
        assertThat(r1.bootErrors()).isEmpty();
        assertThat(r1.exec().problems()).isEmpty();
        assertThat(new Console(r1).run("show crypto map")).contains("10.0.12.9").contains("10.0.12.2");
        assertThat(lab.prime("R1", "10.0.12.2")).isTrue();
        r1.router().debug().set(CryptoDebug.IPSEC, true);

        StringBuilder out = new StringBuilder();
        // the first packet starts IKE with 10.0.12.9, which never answers: its retransmissions run out
        // in virtual time (2, 4, 8, 16, 32 s, then 64 s for the last answer: 126 s), then the entry
        // fails over to 10.0.12.2 at once
        r1.exec().ping(new PingRunner.Options("10.0.0.1", "GigabitEthernet0/1", 1, 100, 1, false), out::append);
        int seconds = 0;
        while (!String.join("\n", r1.router().syslog().lines()).contains("failed for map") && seconds < 300) {
            clock.advance(1000);
            seconds++;
        }
        assertThat(seconds).as("virtual seconds until the failover").isBetween(120, 130);
        int replies = r1.exec().ping(new PingRunner.Options("10.0.0.1", "GigabitEthernet0/1", 5, 100, 1, false),
                out::append);
        assertThat(replies).as(out.toString()).isGreaterThanOrEqualTo(4);
        lab.settle();
        String ike = r1.exec().showIkev2Sa(false, null);
        assertThat(ike).contains("10.0.12.1/500         10.0.12.2/500").contains("READY").doesNotContain("10.0.12.9");
        assertThat(String.join("\n", r1.router().syslog().lines()))
                .contains("IPSEC: peer 10.0.12.9 failed for map CM 10, next peer 10.0.12.2");
        assertThat(r2.exec().showCryptoSession(false)).contains("Session status: UP-ACTIVE");
        assertThat(r1.exec().showIpsecSa(false, null, null, null)).contains("current_peer 10.0.12.2 port 500");
    }
}
