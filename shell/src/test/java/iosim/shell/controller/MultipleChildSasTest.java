package iosim.shell.controller;

import static org.assertj.core.api.Assertions.assertThat;

import iosim.dataplane.ipsec.IpsecFlowSnapshot;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One Child SA per ACL permit line, as IOS: the first in IKE_AUTH, the next with CREATE_CHILD_SA
 * on the same IKE SA, and either end may ask for the second one (so the IKE initiator must answer
 * a CREATE_CHILD_SA for a line other than the one it negotiated first).
 */
class MultipleChildSasTest {
    @TempDir
    Path tmp;
    LabFixture lab;
    RouterRuntime r1;
    RouterRuntime r2;

    @BeforeEach
    void up() {
        lab = new LabFixture(tmp);
        r1 = lab.bootText("R1", TwoRouterConfigs.r1("", ""));
        r2 = lab.bootText("R2", TwoRouterConfigs.r2("", ""));
        lab.link("R1", "GigabitEthernet0/0", "R2", "GigabitEthernet0/0");
        lab.settle();
        assertThat(r1.bootErrors()).isEmpty();
        assertThat(r1.exec().problems()).isEmpty();
        assertThat(lab.prime("R1", "10.0.12.2")).isTrue();
    }

    @AfterEach
    void down() {
        lab.close();
    }

    static int ping(RouterRuntime r, String dest, String source) {
        StringBuilder out = new StringBuilder();
        r.exec().ping(new PingRunner.Options(dest, source, 5, 100, 2, false), out::append);
        return LabScenariosTest.firstLostThenReplies(out.toString());
    }

    @Test
    void ikeInitiatorStartsTheFirstLineAndTheResponderTheSecond() {
        int first = ping(r1, "10.0.0.1", "GigabitEthernet0/1");
        int second = ping(r2, "192.168.11.1", "GigabitEthernet0/2");
        lab.settle();

        assertThat(r1.exec().showIkev2Sa(false, null).split("READY", -1)).as("one IKE SA").hasSize(2);
        assertThat(r2.exec().showIkev2Sa(false, null).split("READY", -1)).as("one IKE SA").hasSize(2);
        List<IpsecFlowSnapshot> f1 = r1.onLoop(() -> r1.ipsec().snapshot());
        List<IpsecFlowSnapshot> f2 = r2.onLoop(() -> r2.ipsec().snapshot());
        assertThat(f1).hasSize(2).allSatisfy(f -> assertThat(f.inbound()).hasSize(1));
        assertThat(f2).hasSize(2).allSatisfy(f -> assertThat(f.inbound()).hasSize(1));
        assertThat(f1.get(0).counters().encaps()).isEqualTo(first);
        assertThat(f2.get(0).counters().decaps()).isEqualTo(first);
        assertThat(f2.get(1).counters().encaps()).isEqualTo(second);
        assertThat(f1.get(1).counters().decaps()).isEqualTo(second);
        assertThat(f1.get(0).inbound().get(0).spi()).isNotEqualTo(f1.get(1).inbound().get(0).spi());

        String sa = r1.exec().showIpsecSa(false, null, null, null);
        assertThat(sa).contains("remote ident (addr/mask/prot/port): (10.0.0.0/255.255.255.0/0/0)")
                .contains("remote ident (addr/mask/prot/port): (10.0.10.0/255.255.255.0/0/0)");
        assertThat(r1.exec().problems()).isEmpty();
        assertThat(r2.exec().problems()).isEmpty();

        // both lines now pass without a new negotiation
        StringBuilder out = new StringBuilder();
        assertThat(r1.exec().ping(new PingRunner.Options("10.0.10.1", "GigabitEthernet0/2", 5, 100, 2, false),
                out::append)).as(out.toString()).isEqualTo(5);

        // R1 drops its second line: that Child SA goes on both ends (Delete), the first one and the IKE SA stay
        assertThat(new Console(r1).configure("ip access-list extended VPN",
                "no permit ip 192.168.11.0 0.0.0.255 10.0.10.0 0.0.0.255")).doesNotContain("%");
        long end = System.nanoTime() + 5_000_000_000L;
        while (!r2.onLoop(() -> r2.ipsec().snapshot()).get(1).inbound().isEmpty() && System.nanoTime() < end) {
            lab.settle();
        }
        assertThat(r2.onLoop(() -> r2.ipsec().snapshot()).get(1).inbound()).as("R2's second SA deleted").isEmpty();
        assertThat(r2.onLoop(() -> r2.ipsec().snapshot()).get(0).inbound()).hasSize(1);
        assertThat(r1.exec().showIkev2Sa(false, null)).contains("READY");
        assertThat(r1.exec().problems()).isEmpty();
    }

    @Test
    void aLineWhoseTrafficCameDuringTheNegotiationGetsItsSaWhenIkeIsUp() {
        // one packet for each line at once: the first starts IKE, the second waits for it (no 10-s quiet period)
        StringBuilder out = new StringBuilder();
        r1.exec().ping(new PingRunner.Options("10.0.0.1", "GigabitEthernet0/1", 1, 100, 0, false), out::append);
        r1.exec().ping(new PingRunner.Options("10.0.10.1", "GigabitEthernet0/2", 1, 100, 0, false), out::append);
        long end = System.nanoTime() + 10_000_000_000L;
        while (r1.onLoop(() -> r1.ipsec().snapshot()).stream().anyMatch(f -> f.inbound().isEmpty())
                && System.nanoTime() < end) {
            lab.settle();
        }
        assertThat(r1.onLoop(() -> r1.ipsec().snapshot())).hasSize(2).allSatisfy(f -> assertThat(f.inbound()).hasSize(1));
        assertThat(r1.exec().showIkev2Sa(false, null).split("READY", -1)).hasSize(2);
        StringBuilder again = new StringBuilder();
        assertThat(r1.exec().ping(new PingRunner.Options("10.0.10.1", "GigabitEthernet0/2", 5, 100, 2, false),
                again::append)).as(again.toString()).isEqualTo(5);
    }

    @Test
    void aLineThatIsNotInTheResponderAclIsRefused() {
        ping(r1, "10.0.0.1", "GigabitEthernet0/1");
        // R2 loses its second line: R1's request for it must get TS_UNACCEPTABLE, not a cross-over SA
        String out0 = new Console(r2).configure("ip access-list extended VPN",
                "no permit ip 10.0.10.0 0.0.0.255 192.168.11.0 0.0.0.255");
        assertThat(out0).doesNotContain("%");
        lab.settle();
        StringBuilder out = new StringBuilder();
        r1.exec().ping(new PingRunner.Options("10.0.10.1", "GigabitEthernet0/2", 3, 100, 1, false), out::append);
        lab.settle();
        assertThat(r1.onLoop(() -> r1.ipsec().snapshot()).stream().filter(f -> !f.inbound().isEmpty())).hasSize(1);
        assertThat(String.join("\n", r1.exec().problems())).contains("TS_UNACCEPTABLE");
    }
}
