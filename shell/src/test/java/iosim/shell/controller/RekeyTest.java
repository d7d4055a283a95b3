package iosim.shell.controller;

import static org.assertj.core.api.Assertions.assertThat;

import iosim.dataplane.ipsec.IpsecFlowSnapshot;
import iosim.ikev2.api.IkeSaSnapshot;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rekeys end to end between two routers, with IOS's shortest lifetimes (120 s) in the lab's
 * virtual time ({@link LabClock}): the test moves the clock a second at a time and pings between
 * steps, so nothing depends on how busy the machine is. A Child SA rekey (with PFS) installs the
 * new pair before the old one goes, traffic keeps flowing and the flow's counters keep counting;
 * an IKE SA rekey keeps its Child SAs.
 */
class RekeyTest {
    /** Virtual seconds the tests let pass at most (the 120-s lifetimes rekey at 102-108 s). */
    static final int MAX_VIRTUAL_SECONDS = 200;
    final LabClock clock = new LabClock(1_000_000);
    @TempDir
    Path tmp;
    LabFixture lab;
    RouterRuntime r1;
    RouterRuntime r2;

    void boot(String mapExtra, String profileExtra) {
        lab = new LabFixture(tmp, clock);
        r1 = lab.bootText("R1", TwoRouterConfigs.r1(mapExtra, profileExtra));
        r2 = lab.bootText("R2", TwoRouterConfigs.r2(mapExtra, profileExtra));
        lab.link("R1", "GigabitEthernet0/0", "R2", "GigabitEthernet0/0");
        lab.settle();
        assertThat(r1.bootErrors()).isEmpty();
        assertThat(r2.bootErrors()).isEmpty();
        assertThat(lab.prime("R1", "10.0.12.2")).isTrue();
    }

    @AfterEach
    void down() {
        if (lab != null) {
            lab.close();
        }
    }

    private int ping(int count) {
        return ping(count, 100);
    }

    private int ping(int count, int size) {
        StringBuilder out = new StringBuilder();
        return r1.exec().ping(new PingRunner.Options("10.0.0.1", "GigabitEthernet0/1", count, size, 1, false),
                out::append);
    }

    /**
     * One ping, then one virtual second, until {@code done} (at most {@code seconds} virtual
     * seconds); returns {sent, replies}.
     */
    private int[] pingUntil(BooleanSupplier done, int seconds) {
        return pingUntil(done, seconds, 100, 1000);
    }

    private int[] pingUntil(BooleanSupplier done, int seconds, int size, long stepMillis) {
        int sent = 0;
        int replies = 0;
        for (long passed = 0; !done.getAsBoolean() && passed < seconds * 1000L; passed += stepMillis) {
            replies += ping(1, size);
            sent++;
            clock.advance(stepMillis);
        }
        return new int[] {sent, replies};
    }

    private static IpsecFlowSnapshot flow(RouterRuntime r) {
        return r.onLoop(() -> r.ipsec().snapshot()).get(0);
    }

    @Test
    void childSaRekeyWithPfsIsMakeBeforeBreak() {
        boot(" set security-association lifetime seconds 120\n set pfs group14\n", "");
        LabScenariosTest.firstLostThenReplies(pingText());
        IpsecFlowSnapshot before = flow(r1);
        long oldOut = before.currentOutboundSpi();
        long oldIn = before.inbound().get(0).spi();
        long encapsBefore = before.counters().encaps();
        String showBefore = r1.exec().showIpsecSa(false, null, null, null);
        assertThat(showBefore).contains(String.format("current outbound spi: 0x%X(%d)", oldOut, oldOut));

        // traffic all through the rekey (soft lifetime 102-108 s) until the old SA is gone
        int[] counts = pingUntil(() -> {
            IpsecFlowSnapshot f = flow(r1);
            return f.currentOutboundSpi() != oldOut && f.inbound().stream().noneMatch(s -> s.spi() == oldIn);
        }, MAX_VIRTUAL_SECONDS);
        assertThat(counts[0]).as("rekeyed within the lifetime (virtual seconds)").isBetween(90, 120);
        lab.settle();
        IpsecFlowSnapshot after = flow(r1);
        assertThat(after.currentOutboundSpi()).as("new outbound SPI").isNotEqualTo(oldOut);
        assertThat(after.inbound()).as("old inbound SA removed, new one in").hasSize(1)
                .noneMatch(s -> s.spi() == oldIn);
        assertThat(counts[1]).as("pings during the rekey answered").isGreaterThanOrEqualTo(counts[0] - 1);
        assertThat(after.counters().encaps()).as("counters keep going").isEqualTo(encapsBefore + counts[0]);
        assertThat(after.pfsGroup()).as("the rekey ran a group 14 exchange").isEqualTo(14);
        long newOut = after.currentOutboundSpi();
        String show = r1.exec().showIpsecSa(false, null, null, null);
        assertThat(show).contains(String.format("current outbound spi: 0x%X(%d)", newOut, newOut))
                .doesNotContain(String.format("0x%X(", oldOut)).contains("PFS (Y/N): Y, DH group: group14");
        IpsecFlowSnapshot peer = flow(r2);
        assertThat(peer.inbound()).hasSize(1);
        assertThat(peer.inbound().get(0).spi()).isEqualTo(newOut);
        assertThat(peer.counters().decaps()).isEqualTo(after.counters().encaps());
        assertThat(r1.onLoop(() -> r1.ike().snapshots())).hasSize(1);
    }

    @Test
    void ikeSaRekeyKeepsItsChildSas() {
        boot("", " lifetime 120\n");
        LabScenariosTest.firstLostThenReplies(pingText());
        IkeSaSnapshot ike = r1.onLoop(() -> r1.ike().snapshots()).get(0);
        long childIn = flow(r1).inbound().get(0).spi();
        long encapsBefore = flow(r1).counters().encaps();
        int[] counts = pingUntil(() -> {
            List<IkeSaSnapshot> s = r1.onLoop(() -> r1.ike().snapshots());
            return s.size() == 1 && s.get(0).localSpi() != ike.localSpi();
        }, MAX_VIRTUAL_SECONDS);
        assertThat(counts[0]).as("IKE SA rekeyed within its lifetime (virtual seconds)").isBetween(90, 120);
        lab.settle();
        List<IkeSaSnapshot> now = r1.onLoop(() -> r1.ike().snapshots());
        assertThat(now).as("one IKE SA, the new one").hasSize(1);
        assertThat(now.get(0).localSpi()).isNotEqualTo(ike.localSpi());
        assertThat(r2.onLoop(() -> r2.ike().snapshots())).hasSize(1);
        IpsecFlowSnapshot f = flow(r1);
        assertThat(f.inbound()).as("the Child SA survived the IKE rekey").hasSize(1);
        assertThat(f.inbound().get(0).spi()).isEqualTo(childIn);
        assertThat(counts[1]).isGreaterThanOrEqualTo(counts[0] - 1);
        assertThat(ping(5)).isEqualTo(5);
        assertThat(flow(r1).counters().encaps()).isEqualTo(encapsBefore + counts[0] + 5);
        assertThat(r1.exec().showCryptoSession(false)).contains("Session status: UP-ACTIVE");
        // the Child SA's later rekey or delete must find it on the new IKE SA
        r1.exec().clearSa(null);
        lab.settle();
        assertThat(r2.onLoop(() -> r2.ipsec().snapshot()).get(0).inbound()).isEmpty();
    }

    @Test
    void volumeLifetimeRekeysTheChildSa() {
        boot(" set security-association lifetime kilobytes 2560\n", "");
        LabScenariosTest.firstLostThenReplies(pingText());
        long oldOut = flow(r1).currentOutboundSpi();
        long encapsBefore = flow(r1).counters().encaps();
        // 2560 kB, soft at 90 %: some 130 echo requests of 18000 bytes
        int[] counts = pingUntil(() -> flow(r1).currentOutboundSpi() != oldOut, 300, 18_000, 100);
        lab.settle();
        IpsecFlowSnapshot after = flow(r1);
        assertThat(after.currentOutboundSpi()).as("rekeyed by volume after %d pings", counts[0]).isNotEqualTo(oldOut);
        assertThat(counts[1]).isGreaterThanOrEqualTo(counts[0] - 1);
        // each 18 000-byte echo is fragmented before encryption (IOS's default) into 13 ESP packets:
        // 17 980 bytes of data in fragments of 1 416 (1 438 - 20, rounded down to 8)
        assertThat(after.counters().encaps()).isEqualTo(encapsBefore + counts[0] * 13L);
        assertThat(ping(5)).isEqualTo(5);
    }

    private String pingText() {
        StringBuilder out = new StringBuilder();
        r1.exec().ping(new PingRunner.Options("10.0.0.1", "GigabitEthernet0/1", 5, 100, 2, false), out::append);
        return out.toString();
    }
}
