package iosim.scenario;

import static iosim.scenario.StrongSwanLab.lab;
import static iosim.scenario.StrongSwanLab.number;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed's SITE-A against a real strongSwan: the router runs in netns {@code left} with
 * GigabitEthernet0/0 attached to veth-l at layer 2 (it owns 203.0.113.10), strongSwan in
 * {@code right} protects 10.0.0.0/24 (the lab's selectors mirror the seed's ACL). A ping from
 * GigabitEthernet0/1 brings the tunnel up (IKE floats to 4500: strongSwan's libipsec forces
 * UDP encapsulation); the router's ESP counters agree with {@code swanctl --list-sas}; then
 * strongSwan initiates and the router responds.
 */
@Tag("root")
class StrongSwanSeedInteropTest {
    @TempDir
    Path tmp;
    RouterProcess router;

    @BeforeEach
    void up() throws Exception {
        Prerequisites.requireStrongSwanLab();
        lab("up", "--mode", "single", "--left-addr", "none", "--psk", "cisco123!", "--ike", "aes256-sha256-modp2048",
                "--esp", "aes256-sha256");
        Path cfg = tmp.resolve("SITE-A.cfg");
        Files.copy(Prerequisites.locate("running-configs/seed-site-a.cfg"), cfg);
        router = new RouterProcess("left", cfg, List.of("--attach", "GigabitEthernet0/0=veth-l"));
    }

    @AfterEach
    void down() throws Exception {
        try {
            if (router != null) {
                router.close();
            }
        } finally {
            if (Prerequisites.LAB_SCRIPT != null && "root".equals(System.getProperty("user.name"))) {
                lab("down");
            }
        }
    }

    @Test
    void routerInitiatesThenResponds() throws Exception {
        router.send("enable", 60);
        router.send("configure terminal", 10);
        router.send("ip route 10.0.0.0 255.255.255.0 203.0.113.20", 10);
        router.send("end", 10);
        router.send("ping 203.0.113.20 repeat 1 timeout 1", 20);
        String ping = router.send("ping 10.0.0.1 source GigabitEthernet0/1", 30);
        long replies = number(ping, "Success rate is \\d+ percent \\((\\d)/5\\)");
        assertThat(replies).as("IOS loses the packet that starts IKE; a cold JVM may lose two\n" + ping)
                .isBetween(3L, 4L);

        String sa = router.send("show crypto ipsec sa", 10);
        assertThat(sa).contains("current_peer 203.0.113.20 port 4500").contains("in use settings ={Tunnel UDP-Encaps, }");
        long encaps = number(sa, "#pkts encaps: (\\d+)");
        long decaps = number(sa, "#pkts decaps: (\\d+)");
        assertThat(encaps).isEqualTo(replies);
        assertThat(decaps).isEqualTo(replies);
        String sas = lab("swanctl", "right", "--list-sas", "--raw");
        assertThat(number(sas, "packets-in=(\\d+)")).as(sas).isEqualTo(encaps);
        assertThat(number(sas, "packets-out=(\\d+)")).as(sas).isEqualTo(decaps);
        String ike = router.send("show crypto ikev2 sa detailed", 10);
        assertThat(ike).contains("203.0.113.10/4500     203.0.113.20/4500     none/none            READY")
                .contains("Initiator of SA : Yes");

        router.send("clear crypto session", 10);
        lab("initiate", "right", "net", "10");
        String responder = router.send("show crypto ikev2 sa detailed", 10);
        assertThat(responder).contains("READY").contains("Initiator of SA : No");
        String ping2 = router.send("ping 10.0.0.1 source GigabitEthernet0/1", 30);
        assertThat(ping2).contains("Success rate is 100 percent (5/5)");
    }
}
