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
 * Path MTU through the seed's crypto map, as IOS handles it: a DF packet larger than the tunnel's
 * plaintext MTU is answered with ICMP "fragmentation needed" carrying that MTU (ping prints M),
 * and a DF-clear one is fragmented before encryption, each fragment its own ESP packet.
 */
class TunnelMtuTest {
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
        // SITE-A's LAN cabled (to a box standing in for PC-A), so Gi0/1 and its connected routes are up
        lab.bootText("PC-A", "interface GigabitEthernet0/0\n ip address 192.168.1.10 255.255.255.0\n no shutdown\n");
        lab.link("SITE-A", "GigabitEthernet0/1", "PC-A", "GigabitEthernet0/0");
        lab.settle();
        assertThat(lab.prime("SITE-A", "203.0.113.1")).isTrue();
        assertThat(lab.prime("SITE-B", "203.0.113.17")).isTrue();
    }

    @AfterEach
    void down() {
        lab.close();
    }

    private String ping(RouterRuntime r, int size, boolean df) {
        StringBuilder out = new StringBuilder();
        r.exec().ping(new PingRunner.Options("10.0.0.1", "GigabitEthernet0/1", 5, size, 2, df), out::append);
        return out.toString();
    }

    @Test
    void dfTooBigIsRefusedWithTheTunnelMtuAndDfClearIsFragmentedBeforeEncryption() {
        RouterRuntime a = lab.get("SITE-A");
        // bring the tunnel up (the first echoes are lost while IKE runs, more on a loaded machine)
        boolean up = false;
        for (int i = 0; i < 5 && !up; i++) {
            up = ping(a, 100, false).contains("!!");
        }
        assertThat(up).isTrue();

        // 1 438 = 1 500 - outer IP 20 - ESP 8 - IV 16 - ICV 16 - pad/next header 2 (aes-256 + sha256)
        assertThat(ping(a, 1438, true)).contains("!!!!!");
        String tooBig = ping(a, 1439, true);
        assertThat(tooBig).contains("MMMMM").contains("Success rate is 0 percent (0/5)");

        List<IpsecFlowSnapshot> before = a.onLoop(() -> a.ipsec().snapshot());
        long encaps = before.get(0).counters().encaps();
        assertThat(before.get(0).plaintextMtu()).isEqualTo(1438);
        assertThat(ping(a, 3000, false)).contains("!!!!!");
        List<IpsecFlowSnapshot> after = a.onLoop(() -> a.ipsec().snapshot());
        // 3 000 bytes in fragments of at most 1 438: three ESP packets per echo
        assertThat(after.get(0).counters().encaps() - encaps).isEqualTo(15);
    }

    @Test
    void ipMtuOnTheCryptoInterfaceLowersTheTunnelsPlaintextMtu() {
        RouterRuntime a = lab.get("SITE-A");
        new Console(a, "class").configure("interface GigabitEthernet0/0", "ip mtu 1400",
                "interface GigabitEthernet0/1", "ip tcp adjust-mss 1300");
        lab.settle();
        boolean up = false;
        for (int i = 0; i < 5 && !up; i++) {
            up = ping(a, 100, false).contains("!!");
        }
        assertThat(up).isTrue();
        // (1 400 - 20 - 8 - 16 - 16) rounded down to the AES block, - 2
        assertThat(a.onLoop(() -> a.ipsec().snapshot()).get(0).plaintextMtu()).isEqualTo(1326);
        assertThat(ping(a, 1326, true)).contains("!!!!!");
        assertThat(ping(a, 1327, true)).contains("MMMMM");
        assertThat(a.node().iface("GigabitEthernet0/0").mtu()).isEqualTo(1400);
        assertThat(a.node().iface("GigabitEthernet0/1").tcpAdjustMss()).isEqualTo(1300);
        String show = new Console(a, "class").run("show crypto ipsec sa");
        assertThat(show).contains("plaintext mtu 1326, path mtu 1400, ip mtu 1400");
    }

    @Test
    void dfBitClearAndFragmentationAfterEncryption() {
        RouterRuntime a = lab.get("SITE-A");
        Console console = new Console(a, "class");
        console.configure("crypto ipsec df-bit clear", "crypto ipsec fragmentation after-encryption");
        // the echo replies carry DF back: SITE-B clears it on its side too
        new Console(lab.get("SITE-B"), "class").configure("crypto ipsec df-bit clear",
                "crypto ipsec fragmentation after-encryption");
        assertThat(console.run("show running-config | include crypto ipsec (df|frag)"))
                .contains("crypto ipsec df-bit clear\n").contains("crypto ipsec fragmentation after-encryption\n");
        lab.settle();
        boolean up = false;
        for (int i = 0; i < 5 && !up; i++) {
            up = ping(a, 100, false).contains("!!");
        }
        assertThat(up).isTrue();
        long encaps = a.onLoop(() -> a.ipsec().snapshot()).get(0).counters().encaps();
        // DF set and too big, but df-bit clear: encrypted whole, the outer fragmented and reassembled by SITE-B
        assertThat(ping(a, 1439, true)).contains("!!!!!");
        // DF clear, fragmented after encryption: one ESP packet per echo
        assertThat(ping(a, 3000, false)).contains("!!!!!");
        assertThat(a.onLoop(() -> a.ipsec().snapshot()).get(0).counters().encaps() - encaps).isEqualTo(10);

        console.configure("no crypto ipsec df-bit clear", "no crypto ipsec fragmentation after-encryption");
        assertThat(console.run("show running-config | include crypto ipsec (df|frag)")).doesNotContain("crypto ipsec");
        lab.settle();
        assertThat(ping(a, 1439, true)).contains("MMMMM");
    }
}
