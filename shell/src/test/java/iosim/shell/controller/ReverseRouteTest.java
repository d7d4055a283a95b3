package iosim.shell.controller;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code reverse-route} on a crypto map entry: a route per permit line via the peer while its SA is up. */
class ReverseRouteTest {
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
    void routesFollowTheSasAndStaticKeepsThem() {
        lab = new LabFixture(tmp);
        RouterRuntime r1 = lab.bootText("R1", TwoRouterConfigs.r1(" reverse-route\n", ""));
        lab.bootText("R2", TwoRouterConfigs.r2("", ""));
        lab.link("R1", "GigabitEthernet0/0", "R2", "GigabitEthernet0/0");
        lab.settle();
        assertThat(lab.prime("R1", "10.0.12.2")).isTrue();
        String line = "10.0.0.0/24 [1/0] via 10.0.12.2";
        assertThat(r1.exec().showIpRoute()).doesNotContain(line);

        StringBuilder out = new StringBuilder();
        r1.exec().ping(new PingRunner.Options("10.0.0.1", "GigabitEthernet0/1", 5, 100, 2, false), out::append);
        LabScenariosTest.firstLostThenReplies(out.toString());
        lab.settle();
        assertThat(r1.exec().showIpRoute()).contains(line).doesNotContain("10.0.10.0/24 [1/0]");

        r1.exec().clearSa(null);
        long end = System.nanoTime() + 5_000_000_000L; // the Delete exchange, bounded
        while (r1.exec().showIpRoute().contains(line) && System.nanoTime() < end) {
            lab.settle();
        }
        assertThat(r1.exec().showIpRoute()).as("the SA went, so did its route").doesNotContain(line);

        new Console(r1).configure("crypto map CM 10", "reverse-route static");
        lab.settle();
        assertThat(r1.exec().showIpRoute()).contains(line).contains("10.0.10.0/24 [1/0] via 10.0.12.2");
        new Console(r1).configure("crypto map CM 10", "no reverse-route");
        lab.settle();
        assertThat(r1.exec().showIpRoute()).doesNotContain(line);
    }
}
