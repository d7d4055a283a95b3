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
 * The seed's site-to-site lab (SITE-A / ISP / SITE-B, in-process wires): a ping from SITE-A's
 * LAN brings the tunnel up, and the ESP counters on both sides count exactly the echo requests
 * that crossed.
 */
class SeedSiteToSiteTest {
    @TempDir
    Path tmp;
    LabFixture lab;

    @BeforeEach
    void up() {
        lab = new LabFixture(tmp);
        lab.boot("SITE-A", "seed-site-to-site/SITE-A.cfg");
        lab.boot("ISP", "seed-site-to-site/ISP.cfg");
        lab.boot("SITE-B", "seed-site-to-site/SITE-B.cfg");
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

    @Test
    void pingBringsTheTunnelUpAndCountersAgree() {
        RouterRuntime a = lab.get("SITE-A");
        RouterRuntime b = lab.get("SITE-B");
        assertThat(a.bootErrors()).isEmpty();
        assertThat(a.exec().problems()).isEmpty();
        StringBuilder out = new StringBuilder();
        int replies = a.exec().ping(new PingRunner.Options("10.0.0.1", "GigabitEthernet0/1", 5, 100, 2, false),
                out::append);
        assertThat(out.toString()).contains("Packet sent with a source address of 192.168.1.1 \n");
        assertThat(LabScenariosTest.firstLostThenReplies(out.toString())).isEqualTo(replies);
        assertThat(out.toString()).contains("Success rate is " + replies * 20 + " percent (" + replies + "/5), "
                + "round-trip min/avg/max = ");
        lab.settle();

        List<IpsecFlowSnapshot> fa = a.onLoop(() -> a.ipsec().snapshot());
        List<IpsecFlowSnapshot> fb = b.onLoop(() -> b.ipsec().snapshot());
        assertThat(fa).hasSize(1);
        assertThat(fb).hasSize(1);
        assertThat(fa.get(0).counters().encaps()).isEqualTo(replies);
        assertThat(fb.get(0).counters().decaps()).isEqualTo(replies);
        assertThat(fb.get(0).counters().encaps()).isEqualTo(replies);
        assertThat(fa.get(0).counters().decaps()).isEqualTo(replies);

        String ike = a.exec().showIkev2Sa(false, null);
        assertThat(ike).contains("203.0.113.10/500      203.0.113.20/500      none/none            READY");
        assertThat(ike).contains("Encr: AES-CBC, keysize: 256, PRF: SHA256, Hash: SHA256, DH Grp:14");
        String sa = a.exec().showIpsecSa(false, null, null, null);
        assertThat(sa).contains("interface: GigabitEthernet0/0\n    Crypto map tag: VPN-MAP, local addr 203.0.113.10");
        assertThat(sa).contains("   local  ident (addr/mask/prot/port): (192.168.1.0/255.255.255.0/0/0)");
        assertThat(sa).contains("#pkts encaps: " + replies + ", #pkts encrypt: " + replies);
        assertThat(sa).contains("transform: esp-256-aes esp-sha256-hmac ,");
        assertThat(a.exec().showCryptoConfig("engine connections active", null))
                .contains("   ID  Type    Algorithm           Encrypt  Decrypt LastSeqN IP-Address\n")
                .contains(String.format(" 2001  IPsec   AES256+SHA256     %9d%9d%9d 203.0.113.10%n", 0, replies, replies))
                .contains(" 1001  IKEv2   SHA256+AES256             0        0        0 203.0.113.10\n");
        String session = b.exec().showCryptoSession(false);
        assertThat(session).contains("Session status: UP-ACTIVE");

        // clear crypto sa: the Child SA goes (with a Delete), the IKE SA stays; the next packet
        // makes a new Child SA with CREATE_CHILD_SA on the same IKE SA
        var removed = lab.logged("SITE-B", "Delete IPsec SA");
        b.router().debug().set(CryptoDebug.DEFAULT, true);
        a.exec().clearSa(null);
        lab.settle();
        StringBuilder again = new StringBuilder();
        int replies2 = a.exec().ping(new PingRunner.Options("10.0.0.1", "GigabitEthernet0/1", 5, 100, 2, false),
                again::append);
        assertThat(replies2).as(again.toString()).isGreaterThanOrEqualTo(3);
        assertThat(removed).isDone();
        String ike2 = a.exec().showIkev2Sa(false, null);
        assertThat(ike2.split("READY", -1)).as(ike2).hasSize(2);
        assertThat(ike2).contains("\n1         203.0.113.10/500");
    }
}
