package iosim.scenario;

import static iosim.scenario.StrongSwanLab.lab;
import static iosim.scenario.StrongSwanLab.number;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A router configured with the classic IOS IKEv1 commands (crypto isakmp policy, crypto isakmp
 * key, a crypto map without an ikev2 profile) against a real strongSwan 5.9 ({@code version =
 * 1}): the router runs in netns {@code left} with GigabitEthernet0/0 attached to veth-l,
 * strongSwan in {@code right} protects 10.0.0.0/24. The router initiates from a ping (Main Mode,
 * Quick Mode, NAT-T float to 4500 since strongSwan's libipsec forces UDP encapsulation), both
 * sides count the same ESP packets, {@code show crypto isakmp sa} names the SA as IOS does; then
 * strongSwan initiates and the router responds. Run under {@code flock /tmp/sslab.lock}.
 */
@Tag("root")
class StrongSwanIkev1ConsoleInteropTest {
    @TempDir
    Path tmp;
    RouterProcess router;

    static final String CONF = """
            connections {
                sut {
                    version = 1
                    local_addrs = @RIGHT_IP@
                    remote_addrs = @LEFT_IP@
                    proposals = @IKE_PROPOSALS@
                    encap = @ENCAP@
                    keyingtries = 1
                    local {
                        auth = psk
                        id = @RIGHT_IP@
                    }
                    remote {
                        auth = psk
                        id = @LEFT_IP@
                    }
                    children {
                        net {
                            mode = tunnel
                            local_ts = @RIGHT_LAN@
                            remote_ts = @LEFT_LAN@
                            esp_proposals = @ESP_PROPOSALS@
                            start_action = none
                        }
                    }
                }
            }
            secrets {
                ike-sut {
                    id-left = @LEFT_IP@
                    id-right = @RIGHT_IP@
                    secret = "@PSK@"
                }
            }
            """;

    static String routerConfig(String policy, String transform) {
        return "hostname SITE-A\n"
                + "crypto isakmp policy 10\n" + policy
                + "crypto isakmp key cisco123 address 203.0.113.20\n"
                + "crypto ipsec transform-set TS " + transform + "\n mode tunnel\n"
                + "crypto map VPN-MAP 10 ipsec-isakmp\n set peer 203.0.113.20\n set transform-set TS\n"
                + " match address VPN-ACL\n"
                + "interface GigabitEthernet0/0\n ip address 203.0.113.10 255.255.255.0\n no shutdown\n crypto map VPN-MAP\n"
                + "interface GigabitEthernet0/1\n ip address 192.168.1.1 255.255.255.0\n no shutdown\n"
                + "ip access-list extended VPN-ACL\n permit ip 192.168.1.0 0.0.0.255 10.0.0.0 0.0.0.255\n"
                + "ip route 10.0.0.0 255.255.255.0 203.0.113.20\n";
    }

    private void start(String ike, String esp, String policy, String transform) throws Exception {
        Prerequisites.requireStrongSwanLab();
        Path conf = tmp.resolve("right.swanctl.conf");
        Files.writeString(conf, CONF);
        lab("up", "--mode", "single", "--left-addr", "none", "--psk", "cisco123", "--ike", ike, "--esp", esp,
                "--right-conf", conf.toString());
        Path cfg = tmp.resolve("SITE-A.cfg");
        Files.writeString(cfg, routerConfig(policy, transform));
        router = new RouterProcess("left", cfg, List.of("--attach", "GigabitEthernet0/0=veth-l"));
        router.send("enable", 60);
        router.send("ping 203.0.113.20 repeat 1 timeout 1", 20);
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
    void aes256Sha256Group14RouterInitiatesThenResponds() throws Exception {
        start("aes256-sha256-modp2048", "aes256-sha256",
                " encryption aes 256\n hash sha256\n authentication pre-share\n group 14\n", "esp-aes 256 esp-sha256-hmac");
        String ping = router.send("ping 10.0.0.1 source GigabitEthernet0/1", 30);
        long replies = number(ping, "Success rate is \\d+ percent \\((\\d)/5\\)");
        assertThat(replies).as("IOS loses the packet that starts IKE\n" + ping).isBetween(3L, 5L);
        String isakmp = router.send("show crypto isakmp sa", 10);
        assertThat(isakmp).containsPattern("203\\.0\\.113\\.20   +203\\.0\\.113\\.10   +QM_IDLE +\\d+ ACTIVE");
        String detail = router.send("show crypto isakmp sa detail", 10);
        assertThat(detail).containsPattern("203\\.0\\.113\\.10 +203\\.0\\.113\\.20 +ACTIVE aes  sha256 psk  14 ");
        String sa = router.send("show crypto ipsec sa", 10);
        assertThat(sa).contains("current_peer 203.0.113.20 port 4500").contains("in use settings ={Tunnel UDP-Encaps, }");
        long encaps = number(sa, "#pkts encaps: (\\d+)");
        long decaps = number(sa, "#pkts decaps: (\\d+)");
        assertThat(encaps).isEqualTo(replies);
        assertThat(decaps).isEqualTo(replies);
        String sas = lab("swanctl", "right", "--list-sas", "--raw");
        assertThat(sas).contains("version=1");
        assertThat(number(sas, "packets-in=(\\d+)")).as(sas).isEqualTo(encaps);
        assertThat(number(sas, "packets-out=(\\d+)")).as(sas).isEqualTo(decaps);
        String session = router.send("show crypto session", 10);
        assertThat(session).contains("Session status: UP-ACTIVE").contains("IKEv1 SA: local 203.0.113.10/4500 remote "
                + "203.0.113.20/4500 Active");

        router.send("clear crypto session", 10);
        lab("initiate", "right", "net", "10");
        String responder = router.send("show crypto isakmp sa", 10);
        assertThat(responder).containsPattern("203\\.0\\.113\\.10   +203\\.0\\.113\\.20   +QM_IDLE +\\d+ ACTIVE");
        String ping2 = router.send("ping 10.0.0.1 source GigabitEthernet0/1", 30);
        assertThat(ping2).contains("Success rate is 100 percent (5/5)");
    }

    @Test
    void ccnaRecipe3desMd5Group2() throws Exception {
        start("3des-md5-modp1024", "3des-md5",
                " encryption 3des\n hash md5\n authentication pre-share\n group 2\n", "esp-3des esp-md5-hmac");
        router.send("ping 10.0.0.1 source GigabitEthernet0/1", 30);
        String ping = router.send("ping 10.0.0.1 source GigabitEthernet0/1", 30);
        assertThat(ping).contains("Success rate is 100 percent (5/5)");
        assertThat(router.send("show crypto isakmp sa detail", 10))
                .containsPattern("203\\.0\\.113\\.10 +203\\.0\\.113\\.20 +ACTIVE 3des md5    psk  2  ");
        assertThat(lab("swanctl", "right", "--list-sas", "--raw")).contains("encr-alg=3DES_CBC").contains("integ-alg=HMAC_MD5_96");
    }
}
