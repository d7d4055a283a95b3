package iosim.shell.controller;

import static org.assertj.core.api.Assertions.assertThat;

import iosim.ikev1.api.IsakmpSaSnapshot;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a student types after the CCNA IKEv1 recipe, through the real CLI: show crypto isakmp
 * sa [detail] on both ends (dst/src from the initiator's side), show crypto isakmp policy /
 * default policy / key, show crypto session and show crypto ipsec sa for the IKEv1 tunnel,
 * debug crypto isakmp, clear crypto sa / clear crypto isakmp.
 */
class Ikev1ShowTest {
    @TempDir
    Path tmp;
    LabFixture lab;
    RouterRuntime r1;
    RouterRuntime r2;

    @AfterEach
    void down() {
        if (lab != null) {
            lab.close();
        }
    }

    private void up(String policy) {
        lab = new LabFixture(tmp);
        r1 = lab.bootText("R1", Ikev1TunnelTest.router("R1", "10.0.12.1", "10.0.12.2", "192.168.1", "10.0.0", policy,
                "cisco123", "esp-3des esp-md5-hmac", "", "ip route 10.0.0.0 255.0.0.0 10.0.12.2\n"));
        r2 = lab.bootText("R2", Ikev1TunnelTest.router("R2", "10.0.12.2", "10.0.12.1", "10.0.0", "192.168.1", policy,
                "cisco123", "esp-3des esp-md5-hmac", "", "ip route 192.168.0.0 255.255.0.0 10.0.12.1\n"));
        lab.link("R1", "GigabitEthernet0/0", "R2", "GigabitEthernet0/0");
        lab.settle();
        assertThat(lab.prime("R1", "10.0.12.2")).isTrue();
    }

    private void tunnel() {
        Ikev1TunnelTest.ping(r1, "10.0.0.1", "GigabitEthernet0/1");
        assertThat(Ikev1TunnelTest.ping(r1, "10.0.0.1", "GigabitEthernet0/1")).contains("(5/5)");
    }

    @Test
    void isakmpSaTableOnInitiatorAndResponder() {
        up(Ikev1TunnelTest.CCNA_POLICY);
        Console c1 = new Console(r1);
        Console c2 = new Console(r2);
        assertThat(c1.run("show crypto isakmp sa")).isEqualTo("IPv4 Crypto ISAKMP SA\n"
                + "dst             src             state          conn-id status\n"
                + "\nIPv6 Crypto ISAKMP SA\n\n");
        tunnel();
        String table = "IPv4 Crypto ISAKMP SA\n"
                + "dst             src             state          conn-id status\n"
                + "10.0.12.2       10.0.12.1       QM_IDLE           1001 ACTIVE\n"
                + "\nIPv6 Crypto ISAKMP SA\n\n";
        assertThat(c1.run("show crypto isakmp sa")).isEqualTo(table);
        assertThat(c2.run("show crypto isakmp sa")).isEqualTo(table);
        String detail = c1.run("show crypto isakmp sa detail");
        assertThat(detail).startsWith("Codes: C - IKE configuration mode, D - Dead Peer Detection\n"
                + "       K - Keepalives, N - NAT-traversal\n"
                + "       T - cTCP encapsulation, X - IKE Extended Authentication\n"
                + "       psk - Preshared key, rsig - RSA signature\n"
                + "       renc - RSA encryption\n"
                + "IPv4 Crypto ISAKMP SA\n\n"
                + "C-id  Local           Remote          I-VRF  Status Encr Hash   Auth DH Lifetime Cap.\n\n");
        assertThat(detail).containsPattern(
                "\n1001  10\\.0\\.12\\.1       10\\.0\\.12\\.2              ACTIVE 3des md5    psk  2  23:59:\\d\\d     \n"
                        + "       Engine-id:Conn-id =  SW:1\n\n\nIPv6 Crypto ISAKMP SA\n\n$");
        assertThat(c1.run("sh cry isa sa det")).startsWith("Codes: C - IKE configuration mode");
    }

    @Test
    void sessionAndIpsecSaCoverTheIkev1Tunnel() {
        up(Ikev1TunnelTest.CCNA_POLICY);
        tunnel();
        Console c1 = new Console(r1);
        String session = c1.run("show crypto session");
        assertThat(session).isEqualTo("Crypto session current status\n\n"
                + "Interface: GigabitEthernet0/0\n"
                + "Session status: UP-ACTIVE     \n"
                + "Peer: 10.0.12.2 port 500 \n"
                + "  Session ID: 0  \n"
                + "  IKEv1 SA: local 10.0.12.1/500 remote 10.0.12.2/500 Active \n"
                + "  IPSEC FLOW: permit ip 192.168.1.0/255.255.255.0 10.0.0.0/255.255.255.0 \n"
                + "        Active SAs: 2, origin: crypto map\n\n");
        assertThat(c1.run("show crypto session detail")).contains("          Capabilities:(none) connid:1001 lifetime:23:5");
        String sa = c1.run("show crypto ipsec sa");
        assertThat(sa).contains("    Crypto map tag: CM, local addr 10.0.12.1\n")
                .contains("   current_peer 10.0.12.2 port 500\n")
                .contains("transform: esp-3des esp-md5-hmac ,");
    }

    @Test
    void clearCryptoSaRemovesThePairAndClearIsakmpTheIsakmpSa() {
        up(Ikev1TunnelTest.CCNA_POLICY);
        tunnel();
        Console c1 = new Console(r1);
        assertThat(c1.run("clear crypto sa")).isEmpty();
        lab.settle();
        assertThat(r1.onLoop(() -> r1.ipsec().snapshot()).stream().allMatch(f -> f.inbound().isEmpty())).isTrue();
        assertThat(r2.onLoop(() -> r2.ikev1().snapshots()).get(0).children()).isEmpty();
        assertThat(c1.run("show crypto isakmp sa")).contains("QM_IDLE           1001 ACTIVE");
        assertThat(c1.run("clear crypto isakmp 1001")).isEmpty();
        lab.settle();
        List<IsakmpSaSnapshot> left = r2.onLoop(() -> r2.ikev1().snapshots());
        assertThat(left).noneMatch(s -> s.established() && !s.deleted());
        assertThat(c1.run("show crypto isakmp sa")).doesNotContain("QM_IDLE           1001 ACTIVE\n");
        // traffic brings everything back
        tunnel();
        assertThat(c1.run("show crypto isakmp sa")).contains("QM_IDLE           1002 ACTIVE");
        // clear crypto isakmp removes the ISAKMP SAs only: ESP keeps flowing on the IPsec SAs
        assertThat(c1.run("clear crypto isakmp")).isEmpty();
        lab.settle();
        assertThat(c1.run("show crypto isakmp sa")).doesNotContain("QM_IDLE           1002 ACTIVE\n");
        assertThat(r1.onLoop(() -> r1.ipsec().snapshot())).anyMatch(f -> !f.inbound().isEmpty());
        assertThat(Ikev1TunnelTest.ping(r1, "10.0.0.1", "GigabitEthernet0/1")).contains("(5/5)");
        assertThat(r2.onLoop(() -> r2.ikev1().snapshots())).noneMatch(s -> s.established() && !s.deleted());
    }

    @Test
    void policyDefaultPolicyAndKey() {
        up(" encryption aes 256\n hash sha256\n authentication pre-share\n group 14\n lifetime 3600\n");
        Console c1 = new Console(r1);
        assertThat(c1.run("show crypto isakmp policy")).isEqualTo("\nGlobal IKE policy\n"
                + "Protection suite of priority 10\n"
                + "\tencryption algorithm:\tAES - Advanced Encryption Standard (256 bit keys).\n"
                + "\thash algorithm:\t\tSecure Hash Standard 2 (256 bit)\n"
                + "\tauthentication method:\tPre-Shared Key\n"
                + "\tDiffie-Hellman group:\t#14 (2048 bit)\n"
                + "\tlifetime:\t\t3600 seconds, no volume limit\n");
        String defaults = c1.run("show crypto isakmp default policy");
        assertThat(defaults).startsWith("\nDefault IKE policy\nProtection suite of priority 65507\n"
                + "\tencryption algorithm:\tAES - Advanced Encryption Standard (128 bit keys).\n"
                + "\thash algorithm:\t\tSecure Hash Standard\n"
                + "\tauthentication method:\tRivest-Shamir-Adleman Signature\n"
                + "\tDiffie-Hellman group:\t#5 (1536 bit)\n"
                + "\tlifetime:\t\t86400 seconds, no volume limit\n"
                + "Protection suite of priority 65508\n");
        assertThat(defaults).contains("Protection suite of priority 65514\n"
                + "\tencryption algorithm:\tThree key triple DES\n"
                + "\thash algorithm:\t\tMessage Digest 5\n"
                + "\tauthentication method:\tPre-Shared Key\n"
                + "\tDiffie-Hellman group:\t#2 (1024 bit)\n");
        c1.configure("no crypto isakmp policy 10", "crypto isakmp key cisco address 0.0.0.0 0.0.0.0");
        assertThat(c1.run("show crypto isakmp policy")).isEqualTo(defaults);
        assertThat(c1.run("show crypto isakmp key")).isEqualTo(
                "Keyring      Hostname/Address                            Preshared Key\n\n"
                        + "default      10.0.12.2                                   cisco123\n"
                        + "default      0.0.0.0        [0.0.0.0        ]            cisco\n");
    }

    @Test
    void debugCryptoIsakmpPrintsIosStateLines() {
        up(Ikev1TunnelTest.CCNA_POLICY);
        Console c1 = new Console(r1);
        assertThat(c1.run("debug crypto isakmp")).isEqualTo("Crypto ISAKMP debugging is on\n");
        assertThat(c1.run("show debugging")).contains("Cryptographic Subsystem:\n  Crypto ISAKMP debugging is on\n");
        List<String> lines = new java.util.concurrent.CopyOnWriteArrayList<>();
        r1.router().syslog().addListener(new iosim.shell.cli.Syslog.Listener() {
            @Override
            public void message(String line) {
                lines.add(line);
            }
        });
        tunnel();
        System.out.println(String.join("\n", lines));
        assertThat(lines).anyMatch(l -> l.contains("ISAKMP:(0):Old State = IKE_READY  New State = IKE_I_MM1"));
        assertThat(c1.run("no debug crypto isakmp")).isEqualTo("Crypto ISAKMP debugging is off\n");
    }
}
