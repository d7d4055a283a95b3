package iosim.config;

import static iosim.config.ConfigTestSupport.render;
import static org.assertj.core.api.Assertions.assertThat;

import iosim.config.model.CryptoMapEntry;
import iosim.config.model.Ikev2KeyringPeer;
import iosim.config.model.Ikev2Profile;
import iosim.config.model.InterfaceName;
import iosim.config.model.Ipv4;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The product's seed configuration loads cleanly and shows every setting in IOS form. */
class SeedConfigTest {
    static final Path SEED = Path.of("../running-configs/seed-site-a.cfg");

    @Test
    void seedLoadsWithZeroErrorsAndMatchesTheGoldenRunningConfig() throws IOException {
        ConfigScript s = ConfigScript.load(SEED);
        assertThat(s.errors).isEmpty();
        String golden;
        try (var in = getClass().getResourceAsStream("/golden/seed-site-a.running-config.txt")) {
            golden = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(render(s.config)).isEqualTo(golden);
    }

    @Test
    void seedModelHoldsEverySetting() throws IOException {
        RunningConfig c = ConfigScript.load(SEED).config;
        assertThat(c.ikev2Proposals().get("SITE-TO-SITE").encryption()).containsExactly("aes-cbc-256");
        assertThat(c.ikev2Proposals().get("SITE-TO-SITE").integrity()).containsExactly("sha256");
        assertThat(c.ikev2Proposals().get("SITE-TO-SITE").groups()).containsExactly(14);
        assertThat(c.ikev2Policies().get("10").proposals()).containsExactly("SITE-TO-SITE");
        Ikev2KeyringPeer peer = c.ikev2Keyrings().get("MY-KEYS").peer("SITE-B");
        assertThat(peer.address()).isEqualTo(Ipv4.parse("203.0.113.20").orElseThrow());
        assertThat(peer.effectiveLocalKey().key()).isEqualTo("cisco123!");
        Ikev2Profile prof = c.ikev2Profiles().get("SITE-B-PROFILE");
        assertThat(prof.isComplete()).isTrue();
        assertThat(prof.keyring()).isEqualTo("MY-KEYS");
        assertThat(c.transformSets().get("AES-SHA").transformsText()).isEqualTo("esp-aes 256 esp-sha256-hmac");
        CryptoMapEntry e = c.cryptoMaps().get("VPN-MAP").entry(10);
        assertThat(e.isComplete()).isTrue();
        assertThat(e.settings().ikev2Profile()).isEqualTo("SITE-B-PROFILE");
        assertThat(e.matchAddress()).isEqualTo("VPN-ACL");
        InterfaceName gi0 = InterfaceName.parse("GigabitEthernet0/0").orElseThrow();
        assertThat(c.iface(gi0).cryptoMap()).isEqualTo("VPN-MAP");
        assertThat(c.iface(gi0).shutdown()).isFalse();
        assertThat(c.accessList("VPN-ACL").entries()).hasSize(1);
    }

    @Test
    void seedPrintsTheIosEntryWarnings() throws IOException {
        ConfigScript s = ConfigScript.load(SEED);
        assertThat(s.output).containsSubsequence(
                "IKEv2 proposal MUST either have a set of an encryption algorithm other than aes-gcm, an integrity "
                        + "algorithm and a DH group configured or ",
                " encryption algorithm aes-gcm, a prf algorithm and a DH group configured",
                "IKEv2 policy MUST have atleast one complete proposal attached ",
                "IKEv2 profile MUST have:",
                "   1. A local and a remote authentication method.",
                "   2. A match identity or a match certificate or match any statement.",
                "% NOTE: This new crypto map will remain disabled until a peer",
                "        and a valid access list have been configured.");
        assertThat(s.syslog).isEqualTo(List.of("%CRYPTO-6-ISAKMP_ON_OFF: ISAKMP is ON"));
    }
}
