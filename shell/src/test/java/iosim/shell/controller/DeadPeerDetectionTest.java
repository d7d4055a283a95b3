package iosim.shell.controller;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dpd 10 2 periodic|on-demand} in the ikev2 profile, in the lab's virtual time
 * ({@link LabClock}, moved by the test): periodic checks go out on an idle tunnel and are answered;
 * on-demand checks only when traffic goes out unanswered; a peer that stops answering is declared
 * dead, its SAs are removed and the session-down syslog line is logged.
 */
class DeadPeerDetectionTest {
    @TempDir
    Path tmp;
    LabFixture lab;
    RouterRuntime r1;
    RouterRuntime r2;
    final LabClock clock = new LabClock(1_000_000);

    void boot(String dpd) {
        lab = new LabFixture(tmp, clock);
        r1 = lab.bootText("R1", TwoRouterConfigs.r1("", " dpd " + dpd + "\n"));
        r2 = lab.bootText("R2", TwoRouterConfigs.r2("", ""));
        lab.link("R1", "GigabitEthernet0/0", "R2", "GigabitEthernet0/0");
        lab.settle();
        assertThat(r1.bootErrors()).isEmpty();
        assertThat(lab.prime("R1", "10.0.12.2")).isTrue();
        StringBuilder out = new StringBuilder();
        r1.exec().ping(new PingRunner.Options("10.0.0.1", "GigabitEthernet0/1", 5, 100, 2, false), out::append);
        LabScenariosTest.firstLostThenReplies(out.toString());
        r1.router().debug().set(CryptoDebug.DEFAULT, true);
    }

    @AfterEach
    void down() {
        if (lab != null) {
            lab.close();
        }
    }

    /**
     * Moves virtual time a second at a time (at most {@code seconds}) until {@code condition}
     * holds, pinging once per step when {@code traffic}; returns the virtual seconds it took.
     */
    private int advanceUntil(String what, int seconds, boolean traffic, java.util.function.BooleanSupplier condition) {
        for (int i = 0; i <= seconds; i++) {
            if (condition.getAsBoolean()) {
                return i;
            }
            if (traffic) {
                ping(1);
            }
            clock.advance(1000);
        }
        throw new AssertionError("waited " + seconds + " virtual seconds for " + what + "; R1 logged:\n"
                + String.join("\n", r1.router().syslog().lines()));
    }

    /** INFORMATIONAL responses {@code r} received (DPD answers: no other INFORMATIONAL here). */
    private static long informationalResponses(RouterRuntime r) {
        return r.onLoop(() -> IkeStatsSource.take(r)).exchanges().getOrDefault("INFORMATIONAL", new long[4])[3];
    }

    /** How long {@code r}'s IKE SA has been up, on the engine's clock. */
    private static long ikeAgeMillis(RouterRuntime r) {
        return r.onLoop(() -> r.ike().snapshots().get(0).ageMillis());
    }

    private int ping(int n) {
        StringBuilder out = new StringBuilder();
        return r1.exec().ping(new PingRunner.Options("10.0.0.1", "GigabitEthernet0/1", n, 100, 1, false), out::append);
    }

    private void deadPeerTearsDown(boolean traffic) throws Exception {
        var down = lab.logged("R1", "Crypto tunnel v2 is DOWN");
        // the peer goes silent (the link stays up, so traffic still goes out encrypted): R2 drops IKE and ESP
        String out = new Console(r2).configure("ip access-list extended SILENT", "deny udp any any eq 500",
                "deny esp any any", "permit ip any any", "exit", "interface GigabitEthernet0/0",
                "ip access-group SILENT in");
        assertThat(out).doesNotContain("%");
        lab.settle();
        ping(3); // on-demand needs outbound traffic (and gets it each second); periodic does not mind it
        int took = advanceUntil("session down", 120, traffic, down::isDone);
        assertThat(down.get()).contains("Peer 10.0.12.2");
        assertThat(took).as("virtual seconds to declare the peer dead").isLessThanOrEqualTo(60);
        lab.settle();
        assertThat(r1.exec().showIkev2Sa(false, null)).doesNotContain("READY");
        assertThat(r1.onLoop(() -> r1.ipsec().snapshot())).allSatisfy(f -> assertThat(f.inbound()).isEmpty());
        assertThat(String.join("\n", r1.router().syslog().lines())).contains("did not answer dead peer detection");
    }

    @Test
    void periodicChecksAnIdleTunnelAndTearsDownADeadPeer() throws Exception {
        boot("10 2 periodic");
        var sent = lab.logged("R1", "Sending DPD/liveness query");
        int first = advanceUntil("the first DPD check", 30, false, sent::isDone);
        assertThat(first).as("first check after the 10-s interval").isBetween(10, 12);
        assertThat(sent.get()).contains("IKEv2:(SESSION ID = 1,SA ID = 1):Sending DPD/liveness query");
        // a few more intervals: R1's checks are answered (R2's responses counted), the tunnel stays
        advanceUntil("three DPD checks answered", 40, false, () -> informationalResponses(r1) >= 3);
        assertThat(r1.exec().showIkev2Sa(true, null)).contains("READY")
                .contains("      DPD configured for 10 seconds, retry 2\n");
        assertThat(r2.exec().showIkev2Sa(true, null)).contains("READY")
                .contains("      DPD configured for 0 seconds, retry 0\n");
        assertThat(ping(3)).isEqualTo(3);
        deadPeerTearsDown(false);
    }

    @Test
    void onDemandChecksOnlyUnansweredTraffic() throws Exception {
        boot("10 2 on-demand");
        // ten intervals (and so several controller ticks) of an idle tunnel: no check
        long upAt = ikeAgeMillis(r1);
        advanceUntil("ten DPD intervals", 110, false, () -> ikeAgeMillis(r1) - upAt >= 100_000);
        assertThat(informationalResponses(r1)).isZero();
        assertThat(String.join("\n", r1.router().syslog().lines())).doesNotContain("DPD/liveness");
        assertThat(ping(3)).isEqualTo(3); // traffic answered: still no check
        assertThat(String.join("\n", r1.router().syslog().lines())).doesNotContain("DPD/liveness");
        var sent = lab.logged("R1", "Sending DPD/liveness query");
        deadPeerTearsDown(true);
        assertThat(sent).isDone();
    }
}
