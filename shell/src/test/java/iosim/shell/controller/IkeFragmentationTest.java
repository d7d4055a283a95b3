package iosim.shell.controller;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code crypto ikev2 fragmentation [mtu N]} over the seed's lab: as on IOS a router announces
 * RFC 7383 fragmentation only once it is configured, the change applies to the next IKE SA
 * without a restart, and {@code show crypto ikev2 sa detailed} says what the SA negotiated.
 */
class IkeFragmentationTest {
    @TempDir
    Path tmp;
    LabFixture lab;
    RouterRuntime a;
    RouterRuntime b;

    @BeforeEach
    void up() {
        lab = new LabFixture(tmp);
        a = lab.boot("SITE-A", "seed-site-to-site/SITE-A.cfg");
        lab.boot("ISP", "seed-site-to-site/ISP.cfg");
        b = lab.boot("SITE-B", "seed-site-to-site/SITE-B.cfg");
        lab.link("SITE-A", "GigabitEthernet0/0", "ISP", "GigabitEthernet0/0");
        lab.link("ISP", "GigabitEthernet0/1", "SITE-B", "GigabitEthernet0/0");
        lab.settle();
        assertThat(lab.prime("SITE-A", "203.0.113.1")).isTrue();
        assertThat(lab.prime("SITE-B", "203.0.113.17")).isTrue();
    }

    @AfterEach
    void down() {
        lab.close();
    }

    private void tunnel() {
        int replies = a.exec().ping(new PingRunner.Options("10.0.0.1", "GigabitEthernet0/1", 5, 100, 2, false), s -> { });
        assertThat(replies).isGreaterThan(0);
    }

    /** The seed's routers have {@code enable secret class}. */
    private static Console console(RouterRuntime r) {
        return new Console(r, "class");
    }

    private String detail(RouterRuntime r) {
        return r.exec().showIkev2Sa(true, null);
    }

    @Test
    void announcedOnlyWhenConfiguredAndShownPerSa() {
        tunnel();
        assertThat(detail(a)).contains("      Fragmentation not  configured.\n");
        assertThat(a.onLoop(() -> a.ike().snapshots().get(0).fragmentation())).isFalse();

        // configured on one side only: announced, but the SA does not use it
        assertThat(console(a).configure("crypto ikev2 fragmentation mtu 200")).doesNotContain("%");
        console(a).run("clear crypto session");
        lab.settle();
        tunnel();
        assertThat(detail(a)).contains("      Fragmentation configured, not negotiated with the peer.\n")
                .doesNotContain("Fragmentation not  configured.");
        assertThat(detail(b)).contains("      Fragmentation not  configured.\n");

        // both sides: negotiated, and SITE-A's IKE_AUTH (larger than 200 octets) goes out in fragments
        assertThat(console(b).configure("crypto ikev2 fragmentation mtu 200")).doesNotContain("%");
        long fragmentsBefore = a.onLoop(() -> a.ike().counters().fragmentsSent);
        console(a).run("clear crypto session");
        lab.settle();
        tunnel();
        assertThat(detail(a)).contains("      IETF Std Fragmentation MTU in use: 200 bytes.\n");
        assertThat(detail(b)).contains("      IETF Std Fragmentation MTU in use: 200 bytes.\n");
        assertThat(a.onLoop(() -> a.ike().counters().fragmentsSent)).isGreaterThan(fragmentsBefore);
        assertThat(b.onLoop(() -> b.ike().counters().messagesReassembled)).isPositive();

        // removed: the next SA neither announces nor uses it
        console(a).configure("no crypto ikev2 fragmentation");
        console(a).run("clear crypto session");
        lab.settle();
        tunnel();
        assertThat(detail(a)).contains("      Fragmentation not  configured.\n");
        assertThat(a.onLoop(() -> a.ike().snapshots()).stream().noneMatch(s -> s.fragmentation())).isTrue();
    }
}
