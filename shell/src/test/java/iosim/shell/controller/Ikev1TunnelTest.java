package iosim.shell.controller;

import static org.assertj.core.api.Assertions.assertThat;

import iosim.dataplane.ipsec.IpsecFlowSnapshot;
import iosim.ikev1.api.IsakmpSaSnapshot;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two routers with a classic IKEv1 recipe (crypto isakmp policy + key, a crypto map without an
 * ikev2 profile): the first ping brings up Main Mode and Quick Mode, ESP carries the rest.
 */
class Ikev1TunnelTest {
    @TempDir
    Path tmp;
    LabFixture lab;

    static String router(String name, String wan, String peer, String lan, String far, String policy, String psk,
                         String transform, String mapExtra, String routes) {
        return "hostname " + name + "\n"
                + "crypto isakmp policy 10\n" + policy
                + "crypto isakmp key " + psk + " address " + peer + "\n"
                + "crypto ipsec transform-set TS " + transform + "\n mode tunnel\n"
                + "crypto map CM 10 ipsec-isakmp\n set peer " + peer + "\n set transform-set TS\n match address VPN\n"
                + mapExtra
                + "interface GigabitEthernet0/0\n ip address " + wan + " 255.255.255.0\n no shutdown\n crypto map CM\n"
                + "interface GigabitEthernet0/1\n ip address " + lan + ".1 255.255.255.0\n no shutdown\n"
                + "ip access-list extended VPN\n permit ip " + lan + ".0 0.0.0.255 " + far + ".0 0.0.0.255\n"
                + routes;
    }

    static final String CCNA_POLICY = " encryption 3des\n hash md5\n authentication pre-share\n group 2\n";

    RouterRuntime[] pair(String policy1, String policy2, String psk2, String transform1, String transform2,
                         String map1, String map2) {
        lab = new LabFixture(tmp);
        RouterRuntime r1 = lab.bootText("R1", router("R1", "10.0.12.1", "10.0.12.2", "192.168.1", "10.0.0", policy1,
                "cisco123", transform1, map1, "ip route 10.0.0.0 255.0.0.0 10.0.12.2\n"));
        RouterRuntime r2 = lab.bootText("R2", router("R2", "10.0.12.2", "10.0.12.1", "10.0.0", "192.168.1", policy2,
                psk2, transform2, map2, "ip route 192.168.0.0 255.255.0.0 10.0.12.1\n"));
        lab.link("R1", "GigabitEthernet0/0", "R2", "GigabitEthernet0/0");
        lab.settle();
        assertThat(r1.bootErrors()).isEmpty();
        assertThat(r2.bootErrors()).isEmpty();
        assertThat(lab.prime("R1", "10.0.12.2")).isTrue();
        return new RouterRuntime[] {r1, r2};
    }

    @AfterEach
    void down() {
        if (lab != null) {
            lab.close();
        }
    }

    static String ping(RouterRuntime r, String dest, String source) {
        StringBuilder out = new StringBuilder();
        r.exec().ping(new PingRunner.Options(dest, source, 5, 100, 2, false), out::append);
        return out.toString();
    }

    @Test
    void ccnaRecipe3desMd5Group2BringsUpTheTunnelAndCarriesPings() {
        RouterRuntime[] r = pair(CCNA_POLICY, CCNA_POLICY, "cisco123", "esp-3des esp-md5-hmac", "esp-3des esp-md5-hmac",
                "", "");
        assertThat(r[0].exec().problems()).isEmpty();
        ping(r[0], "10.0.0.1", "GigabitEthernet0/1");
        String second = ping(r[0], "10.0.0.1", "GigabitEthernet0/1");
        assertThat(second).contains("Success rate is 100 percent (5/5)");
        RouterRuntime r1 = r[0];
        RouterRuntime r2 = r[1];
        List<IsakmpSaSnapshot> sas = r1.onLoop(() -> r1.ikev1().snapshots());
        assertThat(sas).hasSize(1);
        assertThat(sas.get(0).state()).isEqualTo("QM_IDLE");
        assertThat(sas.get(0).children()).hasSize(1);
        List<IpsecFlowSnapshot> f1 = r1.onLoop(() -> r1.ipsec().snapshot());
        assertThat(f1).hasSize(1);
        assertThat(f1.get(0).counters().encaps()).isGreaterThanOrEqualTo(5);
        List<IpsecFlowSnapshot> f2 = r2.onLoop(() -> r2.ipsec().snapshot());
        assertThat(f2.get(0).counters().decaps()).isGreaterThanOrEqualTo(5);
    }

    @Test
    void withoutAnyIsakmpPolicyTheDefaultPoliciesNegotiate() {
        RouterRuntime[] r = pair("", "", "cisco123", "esp-aes esp-sha-hmac", "esp-aes esp-sha-hmac", "", "");
        RouterRuntime r1 = r[0];
        new Console(r1).configure("no crypto isakmp policy 10");
        new Console(r[1]).configure("no crypto isakmp policy 10");
        assertThat(r1.config().isakmp().policies()).isEmpty();
        assertThat(r1.exec().problems()).isEmpty();
        ping(r1, "10.0.0.1", "GigabitEthernet0/1");
        assertThat(ping(r1, "10.0.0.1", "GigabitEthernet0/1")).contains("(5/5)");
        IsakmpSaSnapshot sa = r1.onLoop(() -> r1.ikev1().snapshots()).get(0);
        assertThat(sa.policy().priority()).isEqualTo(65508); // AES-128, SHA, pre-share, group 5
        assertThat(sa.policy().group().id()).isEqualTo(5);
    }

    @Test
    void awsStyleKeyringAndIsakmpProfileWithAggressiveModeAndAPlainKeyringOnTheOtherSide() {
        lab = new LabFixture(tmp);
        String a = router("R1", "10.0.12.1", "10.0.12.2", "192.168.1", "10.0.0", CCNA_POLICY, "unused",
                "esp-aes esp-sha-hmac", " set isakmp-profile isakmp-vpn-0\n", "ip route 10.0.0.0 255.0.0.0 10.0.12.2\n")
                .replace("crypto isakmp key unused address 10.0.12.2\n",
                        "crypto keyring keyring-vpn-0\n local-address 10.0.12.1\n pre-shared-key address 10.0.12.2 key Aws_Key0\n"
                                + "crypto isakmp profile isakmp-vpn-0\n match identity address 10.0.12.2 255.255.255.255\n"
                                + " keyring keyring-vpn-0\n keepalive 10 retry 10\n initiate mode aggressive\n");
        String b = router("R2", "10.0.12.2", "10.0.12.1", "10.0.0", "192.168.1", CCNA_POLICY, "unused",
                "esp-aes esp-sha-hmac", "", "ip route 192.168.0.0 255.255.0.0 10.0.12.1\n")
                .replace("crypto isakmp key unused address 10.0.12.1\n",
                        "crypto keyring OTHER\n pre-shared-key address 10.0.12.0 255.255.255.0 key Aws_Key0\n");
        RouterRuntime r1 = lab.bootText("R1", a);
        RouterRuntime r2 = lab.bootText("R2", b);
        lab.link("R1", "GigabitEthernet0/0", "R2", "GigabitEthernet0/0");
        lab.settle();
        assertThat(r1.bootErrors()).isEmpty();
        assertThat(r2.bootErrors()).isEmpty();
        assertThat(r1.exec().problems()).isEmpty();
        assertThat(r2.exec().problems()).isEmpty();
        assertThat(lab.prime("R1", "10.0.12.2")).isTrue();
        ping(r1, "10.0.0.1", "GigabitEthernet0/1");
        assertThat(ping(r1, "10.0.0.1", "GigabitEthernet0/1")).contains("(5/5)");
        IsakmpSaSnapshot sa = r1.onLoop(() -> r1.ikev1().snapshots()).get(0);
        assertThat(sa.aggressive()).isTrue();
        assertThat(sa.state()).isEqualTo("QM_IDLE");
        // the profile's keyring is the only place R1 looks: a wrong key there and nothing comes up
        new Console(r1).configure("crypto keyring keyring-vpn-0", "pre-shared-key address 10.0.12.2 key wrong");
        new Console(r1).run("clear crypto session");
        lab.settle();
        assertThat(ping(r1, "10.0.0.1", "GigabitEthernet0/1")).doesNotContain("(5/5)");
        assertThat(r1.onLoop(() -> r1.ikev1().snapshots())).noneMatch(s -> s.established() && !s.deleted());
        new Console(r1).configure("crypto map CM 10", "set isakmp-profile NOPE");
        assertThat(r1.exec().problems()).anyMatch(p -> p.contains("isakmp profile NOPE does not exist"));
    }

    @Test
    void aes256Sha256Group14WithPfs() {
        String policy = " encryption aes 256\n hash sha256\n authentication pre-share\n group 14\n";
        RouterRuntime[] r = pair(policy, policy, "cisco123", "esp-aes 256 esp-sha-hmac", "esp-aes 256 esp-sha-hmac",
                " set pfs group14\n", " set pfs group14\n");
        ping(r[0], "10.0.0.1", "GigabitEthernet0/1");
        assertThat(ping(r[0], "10.0.0.1", "GigabitEthernet0/1")).contains("(5/5)");
        RouterRuntime r2 = r[1];
        assertThat(r2.onLoop(() -> r2.ikev1().snapshots()).get(0).children().get(0).pfs()).isNotNull();
    }

    @Test
    void wrongKeyPhase1MismatchAndTransformMismatchBringNothingUp() {
        RouterRuntime[] r = pair(CCNA_POLICY, CCNA_POLICY, "wrong", "esp-3des esp-md5-hmac", "esp-3des esp-md5-hmac",
                "", "");
        assertThat(ping(r[0], "10.0.0.1", "GigabitEthernet0/1")).doesNotContain("(5/5)");
        RouterRuntime first = r[0];
        assertThat(first.onLoop(() -> first.ikev1().snapshots())).noneMatch(IsakmpSaSnapshot::established);
        lab.close();
        r = pair(CCNA_POLICY, " encryption aes\n hash sha\n authentication pre-share\n group 5\n", "cisco123",
                "esp-3des esp-md5-hmac", "esp-3des esp-md5-hmac", "", "");
        assertThat(ping(r[0], "10.0.0.1", "GigabitEthernet0/1")).contains("(0/5)");
        lab.close();
        r = pair(CCNA_POLICY, CCNA_POLICY, "cisco123", "esp-3des esp-md5-hmac", "esp-aes esp-sha-hmac", "", "");
        assertThat(ping(r[0], "10.0.0.1", "GigabitEthernet0/1")).contains("(0/5)");
        RouterRuntime r1 = r[0];
        assertThat(r1.onLoop(() -> r1.ikev1().snapshots())).anyMatch(s -> s.state().equals("QM_IDLE"));
    }

    @Test
    void ccnaLabFolderBringsUpTheTunnelThroughTheIsp() {
        lab = new LabFixture(tmp);
        RouterRuntime a = lab.boot("SITE-A", "ccna-ikev1-site-to-site/SITE-A.cfg");
        lab.boot("ISP", "ccna-ikev1-site-to-site/ISP.cfg");
        RouterRuntime b = lab.boot("SITE-B", "ccna-ikev1-site-to-site/SITE-B.cfg");
        lab.link("SITE-A", "GigabitEthernet0/0", "ISP", "GigabitEthernet0/0");
        lab.link("ISP", "GigabitEthernet0/1", "SITE-B", "GigabitEthernet0/0");
        lab.settle();
        assertThat(a.bootErrors()).isEmpty();
        assertThat(b.bootErrors()).isEmpty();
        assertThat(a.exec().problems()).isEmpty();
        assertThat(lab.prime("SITE-A", "203.0.113.20")).isTrue();
        ping(a, "10.0.0.1", "GigabitEthernet0/1");
        assertThat(ping(a, "10.0.0.1", "GigabitEthernet0/1")).contains("(5/5)");
        List<IsakmpSaSnapshot> sas = b.onLoop(() -> b.ikev1().snapshots());
        assertThat(sas).singleElement().satisfies(s -> {
            assertThat(s.state()).isEqualTo("QM_IDLE");
            assertThat(s.initiator()).isFalse();
            assertThat(s.dpd()).isTrue();
        });
    }
}
