package iosim.config;

import static iosim.config.ConfigTestSupport.block;
import static iosim.config.ConfigTestSupport.lines;
import static iosim.config.ConfigTestSupport.ok;
import static iosim.config.ConfigTestSupport.render;
import static org.assertj.core.api.Assertions.assertThat;

import iosim.config.mode.Mode;
import iosim.config.model.CryptoMapEntry;
import iosim.config.model.TransformSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class IpsecConfigTest {

    @Test
    void transformSetsOfEveryShape() {
        ConfigScript s = ok("crypto ipsec transform-set A esp-aes esp-sha-hmac",
                "crypto ipsec transform-set B esp-aes 192 esp-sha384-hmac", "mode transport",
                "crypto ipsec transform-set C esp-gcm 256",
                "crypto ipsec transform-set D esp-gcm",
                "crypto ipsec transform-set E ah-sha-hmac",
                "crypto ipsec transform-set F ah-sha256-hmac esp-aes 256 esp-sha512-hmac",
                "crypto ipsec transform-set G esp-sha256-hmac");
        assertThat(s.mode()).isEqualTo(Mode.IPSEC_TRANSFORM_SET);
        TransformSet b = s.config.transformSets().get("B");
        assertThat(b.transportMode()).isTrue();
        assertThat(b.effectiveKeySize()).isEqualTo(192);
        assertThat(s.config.transformSets().get("D").effectiveKeySize()).isEqualTo(128);
        assertThat(lines(s.config)).contains(
                "crypto ipsec transform-set A esp-aes esp-sha-hmac ",
                "crypto ipsec transform-set B esp-aes 192 esp-sha384-hmac ",
                "crypto ipsec transform-set C esp-gcm 256 ",
                "crypto ipsec transform-set D esp-gcm ",
                "crypto ipsec transform-set E ah-sha-hmac ",
                "crypto ipsec transform-set F ah-sha256-hmac esp-aes 256 esp-sha512-hmac ",
                "crypto ipsec transform-set G esp-sha256-hmac ");
        assertThat(block(s.config, "crypto ipsec transform-set B esp-aes 192 esp-sha384-hmac "))
                .endsWith(" mode transport\n");
        s.run(List.of("crypto ipsec transform-set B esp-aes 192 esp-sha384-hmac", "no mode"));
        assertThat(b.transportMode()).isFalse();
        s.run(List.of("exit", "no crypto ipsec transform-set A"));
        assertThat(s.config.transformSets()).doesNotContainKey("A");
    }

    @Test
    void invalidTransformCombinationsAreRejected() {
        ConfigScript s = ConfigScript.of("crypto ipsec transform-set X esp-gcm 256 esp-sha-hmac",
                "crypto ipsec transform-set X esp-aes esp-des", "crypto ipsec transform-set X esp-aes 512");
        assertThat(s.errors).hasSize(3);
        assertThat(s.config.transformSets()).isEmpty();
    }

    @Test
    void ipsecProfileSettingsAndNoForms() {
        ConfigScript s = ok("crypto ipsec profile VTI", "set transform-set T1 T2", "set ikev2-profile PROF",
                "set pfs group14", "set security-association lifetime seconds 1800",
                "set security-association lifetime kilobytes 102400");
        assertThat(block(s.config, "crypto ipsec profile VTI")).isEqualTo("""
                crypto ipsec profile VTI
                 set security-association lifetime kilobytes 102400
                 set security-association lifetime seconds 1800
                 set transform-set T1 T2\s
                 set pfs group14
                 set ikev2-profile PROF
                """);
        s.line("set security-association lifetime kilobytes disable");
        assertThat(block(s.config, "crypto ipsec profile VTI"))
                .contains(" set security-association lifetime kilobytes disable\n");
        s.run(List.of("no set transform-set T1", "no set pfs", "no set ikev2-profile",
                "no set security-association lifetime seconds", "no set security-association lifetime kilobytes"));
        assertThat(block(s.config, "crypto ipsec profile VTI")).isEqualTo("""
                crypto ipsec profile VTI
                 set transform-set T2\s
                """);
        assertThat(ConfigScript.of("crypto ipsec profile X", "set transform-set A B C D E F G").errors).hasSize(1);
    }

    @Test
    void cryptoMapEntriesAreSortedAndCompleteOnlyWithPeerAndAcl() {
        ConfigScript s = ok("crypto map CMAP 20 ipsec-isakmp", "set peer 203.0.113.30", "exit",
                "crypto map CMAP 10 ipsec-isakmp", "description to R2", "set peer 203.0.113.2",
                "set peer 203.0.113.3", "set transform-set TS", "set ikev2-profile PROF", "set pfs group19",
                "set security-association lifetime seconds 1800", "match address VPN-ACL", "reverse-route");
        assertThat(s.mode()).isEqualTo(Mode.CRYPTO_MAP);
        assertThat(s.context().child()).isEqualTo("10");
        CryptoMapEntry e10 = s.config.cryptoMaps().get("CMAP").entry(10);
        assertThat(e10.isComplete()).isTrue();
        assertThat(s.config.cryptoMaps().get("CMAP").entry(20).isComplete()).isFalse();
        String text = render(s.config);
        assertThat(text).contains("""
                crypto map CMAP 10 ipsec-isakmp\s
                 description to R2
                 set peer 203.0.113.2
                 set peer 203.0.113.3
                 set security-association lifetime seconds 1800
                 set transform-set TS\s
                 set pfs group19
                 set ikev2-profile PROF
                 match address VPN-ACL
                 reverse-route
                !
                crypto map CMAP 20 ipsec-isakmp\s
                 set peer 203.0.113.30
                !
                """);
        assertThat(s.output).containsExactly(
                "% NOTE: This new crypto map will remain disabled until a peer",
                "        and a valid access list have been configured.",
                "% NOTE: This new crypto map will remain disabled until a peer",
                "        and a valid access list have been configured.");
        s.run(List.of("no set peer 203.0.113.2", "no reverse-route", "no match address", "no description"));
        assertThat(e10.peers()).hasSize(1);
        assertThat(e10.isComplete()).isFalse();
        s.run(List.of("exit", "no crypto map CMAP 10"));
        assertThat(s.config.cryptoMaps().get("CMAP").entries()).containsOnlyKeys(20);
        s.line("no crypto map CMAP");
        assertThat(s.config.cryptoMaps()).isEmpty();
        assertThat(s.errors).isEmpty();
    }

    @Test
    void reenteringAnExistingMapEntryPrintsNoNote() {
        ConfigScript s = ok("crypto map M 10 ipsec-isakmp", "exit", "crypto map M 10");
        assertThat(s.output).hasSize(2);
        assertThat(ConfigScript.of("crypto map M 0 ipsec-isakmp").errors).hasSize(1);
    }

    @Test
    void globalSecurityAssociationSettings() {
        ConfigScript s = ok("crypto ipsec security-association replay window-size 512",
                "crypto ipsec security-association lifetime seconds 7200",
                "crypto ipsec security-association lifetime kilobytes 9000000");
        assertThat(lines(s.config)).containsSubsequence(
                "crypto ipsec security-association lifetime kilobytes 9000000",
                "crypto ipsec security-association lifetime seconds 7200",
                "crypto ipsec security-association replay window-size 512");
        assertThat(s.config.ipsecGlobals().effectiveReplayWindow()).isEqualTo(512);
        s.run(List.of("crypto ipsec security-association replay disable",
                "no crypto ipsec security-association replay window-size",
                "no crypto ipsec security-association lifetime seconds",
                "no crypto ipsec security-association lifetime kilobytes"));
        assertThat(lines(s.config)).contains("crypto ipsec security-association replay disable");
        s.line("no crypto ipsec security-association replay disable");
        assertThat(render(s.config)).doesNotContain("security-association");
        assertThat(ConfigScript.of("crypto ipsec security-association lifetime kilobytes disable").errors).hasSize(1);
    }
}
