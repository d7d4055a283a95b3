package iosim.shell.controller;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The configured-object show commands on the seed's SITE-A and the smart defaults (reference §3.5-3.8). */
class ShowCryptoConfigTest {
    @TempDir
    Path tmp;
    LabFixture lab;
    ControllerExec exec;

    @BeforeEach
    void up() {
        lab = new LabFixture(tmp);
        exec = lab.boot("SITE-A", "seed-site-a.cfg").exec();
    }

    @AfterEach
    void down() {
        lab.close();
    }

    @Test
    void proposalsIncludeThePinnedDefault() {
        assertThat(exec.showCryptoConfig("ikev2 proposal", "default")).isEqualTo(" IKEv2 proposal: default \n"
                + "     Encryption : AES-CBC-256\n     Integrity  : SHA512 SHA384\n     PRF        : SHA512 SHA384\n"
                + "     DH Group   : DH_GROUP_256_ECP/Group 19 DH_GROUP_2048_MODP/Group 14 DH_GROUP_521_ECP/Group 21\n");
        assertThat(exec.showCryptoConfig("ikev2 proposal", null)).contains(" IKEv2 proposal: SITE-TO-SITE \n"
                + "     Encryption : AES-CBC-256\n     Integrity  : SHA256\n     PRF        : SHA256\n"
                + "     DH Group   : DH_GROUP_2048_MODP/Group 14\n");
    }

    @Test
    void policyProfileTransformSetAndMap() {
        assertThat(exec.showCryptoConfig("ikev2 policy", null)).contains(" IKEv2 policy : 10\n      Match fvrf  : global\n"
                + "      Match address local : any \n      Proposal    : SITE-TO-SITE \n");
        assertThat(exec.showCryptoConfig("ikev2 profile", null)).contains("IKEv2 profile: SITE-B-PROFILE\n")
                .contains("   address 203.0.113.20 255.255.255.255\n").contains(" Keyring: MY-KEYS\n")
                .contains(" Lifetime: 86400 seconds\n DPD: disabled\n");
        assertThat(exec.showCryptoConfig("ipsec transform-set", null))
                .contains("Transform set default: { esp-aes esp-sha-hmac  } \n   will negotiate = { Transport,  }, \n")
                .contains("Transform set AES-SHA: { esp-256-aes esp-sha256-hmac  } \n   will negotiate = { Tunnel,  }, \n");
        assertThat(exec.showCryptoConfig("map", null)).startsWith("Crypto Map IPv4 \"VPN-MAP\" 10 ipsec-isakmp\n"
                + "\tPeer = 203.0.113.20\n\tIKEv2 Profile: SITE-B-PROFILE\n")
                .contains("\t    access-list VPN-ACL permit ip 192.168.1.0 0.0.0.255 10.0.0.0 0.0.0.255\n")
                .contains("\t\tAES-SHA:  { esp-256-aes esp-sha256-hmac  } , \n")
                .endsWith("\tInterfaces using crypto map VPN-MAP:\n\t\tGigabitEthernet0/0\n\n");
        assertThat(exec.showCryptoConfig("ipsec profile", "default")).contains("IPSEC profile default\n"
                + "        Security association lifetime: 4608000 kilobytes/3600 seconds\n");
    }
}
