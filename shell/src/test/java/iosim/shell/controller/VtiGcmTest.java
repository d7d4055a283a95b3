package iosim.shell.controller;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The vti-gcm lab: the VTI comes up without traffic, its line protocol follows the SA, routes carry traffic. */
class VtiGcmTest {
    @TempDir
    Path tmp;
    LabFixture lab;

    @BeforeEach
    void up() throws Exception {
        lab = new LabFixture(tmp);
        lab.create("SITE-A", "vti-gcm/SITE-A.cfg");
        lab.create("ISP", "vti-gcm/ISP.cfg");
        lab.create("SITE-B", "vti-gcm/SITE-B.cfg");
        lab.link("SITE-A", "GigabitEthernet0/0", "ISP", "GigabitEthernet0/0");
        lab.link("ISP", "GigabitEthernet0/1", "SITE-B", "GigabitEthernet0/0");
        var lineUp = lab.logged("SITE-A", "%LINEPROTO-5-UPDOWN: Line protocol on Interface Tunnel0, changed state to up");
        lab.bootAll();
        lineUp.get(20, TimeUnit.SECONDS);
    }

    @AfterEach
    void down() {
        lab.close();
    }

    @Test
    void tunnelUpCarriesTrafficAndFollowsClear() throws Exception {
        RouterRuntime a = lab.get("SITE-A");
        assertThat(a.exec().problems()).isEmpty();
        String ike = a.exec().showIkev2Sa(false, null);
        assertThat(ike).contains("Encr: AES-GCM, keysize: 256, PRF: SHA256, Hash: None, DH Grp:19, Auth sign: PSK");
        StringBuilder out = new StringBuilder();
        int ok = a.exec().ping(new PingRunner.Options("10.0.0.1", "GigabitEthernet0/1", 5, 100, 2, false), out::append);
        assertThat(out.toString()).contains("\n!!!!!\n");
        assertThat(ok).isEqualTo(5);
        String sa = a.exec().showIpsecSa(false, null, null, null);
        assertThat(sa).contains("interface: Tunnel0\n    Crypto map tag: Tunnel0-head-0, local addr 203.0.113.10");
        assertThat(sa).contains("   local  ident (addr/mask/prot/port): (0.0.0.0/0.0.0.0/0/0)");
        assertThat(sa).contains("#pkts encaps: 5, #pkts encrypt: 5, #pkts digest: 5");
        assertThat(sa).contains("transform: esp-gcm ,").contains("IV size: 8 bytes");

        var down = lab.logged("SITE-A", "Line protocol on Interface Tunnel0, changed state to down");
        var upAgain = lab.logged("SITE-A", "%CRYPTO-5-IKEV2_SESSION_STATUS: Crypto tunnel v2 is UP");
        a.exec().clearSession(null);
        down.get(10, TimeUnit.SECONDS);
        upAgain.get(20, TimeUnit.SECONDS);
    }
}
