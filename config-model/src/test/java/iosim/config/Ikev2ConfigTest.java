package iosim.config;

import static iosim.config.ConfigTestSupport.block;
import static iosim.config.ConfigTestSupport.lines;
import static iosim.config.ConfigTestSupport.ok;
import static iosim.config.ConfigTestSupport.render;
import static org.assertj.core.api.Assertions.assertThat;

import iosim.config.mode.Mode;
import iosim.config.model.Ikev2KeyringPeer;
import iosim.config.model.Ikev2Proposal;
import java.util.List;
import org.junit.jupiter.api.Test;

class Ikev2ConfigTest {

    @Test
    void proposalListsAppendRemoveOneAndClear() {
        ConfigScript s = ok("crypto ikev2 proposal P", "encryption aes-cbc-256 aes-cbc-128", "encryption aes-cbc-192",
                "integrity sha512 sha256", "group 19 14");
        Ikev2Proposal p = s.config.ikev2Proposals().get("P");
        assertThat(p.encryption()).containsExactly("aes-cbc-256", "aes-cbc-128", "aes-cbc-192");
        assertThat(p.isComplete()).isTrue();
        assertThat(block(s.config, "crypto ikev2 proposal P ")).isEqualTo("""
                crypto ikev2 proposal P\s
                 encryption aes-cbc-256 aes-cbc-128 aes-cbc-192
                 integrity sha512 sha256
                 group 19 14
                """);
        s.run(List.of("no encryption aes-cbc-128", "no group", "prf sha384"));
        assertThat(p.encryption()).containsExactly("aes-cbc-256", "aes-cbc-192");
        assertThat(p.groups()).isEmpty();
        assertThat(p.prf()).containsExactly("sha384");
        assertThat(p.isComplete()).isFalse();
    }

    @Test
    void gcmProposalNeedsPrfAndBannerOnlyWhileIncomplete() {
        ConfigScript s = ok("crypto ikev2 proposal G", "encryption aes-gcm-256", "group 20", "exit");
        assertThat(s.config.ikev2Proposals().get("G").isComplete()).isFalse();
        s.output.clear();
        s.line("crypto ikev2 proposal G");
        assertThat(s.output).hasSize(2);
        s.run(List.of("prf sha384", "exit"));
        s.output.clear();
        s.line("crypto ikev2 proposal G");
        assertThat(s.output).isEmpty();
        assertThat(s.config.ikev2Proposals().get("G").isComplete()).isTrue();
    }

    @Test
    void everyDhGroupIsAccepted() {
        ConfigScript s = ok("crypto ikev2 proposal P", "group 1 2 5 14 15 16 19 20 21 24 31");
        assertThat(s.config.ikev2Proposals().get("P").groups()).containsExactly(1, 2, 5, 14, 15, 16, 19, 20, 21, 24, 31);
    }

    @Test
    void policyWithProposalsAndLocalAddress() {
        ConfigScript s = ok("crypto ikev2 proposal P", "encryption aes-cbc-256", "integrity sha256", "group 14",
                "crypto ikev2 policy POL", "proposal P", "match address local 198.51.100.1");
        assertThat(s.output).contains("IKEv2 policy MUST have atleast one complete proposal attached ");
        assertThat(block(s.config, "crypto ikev2 policy POL ")).isEqualTo("""
                crypto ikev2 policy POL\s
                 match address local 198.51.100.1
                 proposal P
                """);
        s.run(List.of("exit", "crypto ikev2 policy POL"));
        assertThat(s.output).containsOnlyOnce("IKEv2 policy MUST have atleast one complete proposal attached ");
        s.run(List.of("no proposal P", "no match address local"));
        assertThat(block(s.config, "crypto ikev2 policy POL ")).isEqualTo("crypto ikev2 policy POL \n");
        s.line("no crypto ikev2 policy POL");
        assertThat(s.config.ikev2Policies()).isEmpty();
    }

    @Test
    void keyringPeersWithAsymmetricKeysIdentityAndNoForms() {
        ConfigScript s = ok("crypto ikev2 keyring KR", "peer R2", "description branch 2", "address 203.0.113.2",
                "identity fqdn r2.lab.example", "pre-shared-key local Key-L", "pre-shared-key remote Key-R",
                "peer ANY", "address 0.0.0.0 0.0.0.0", "pre-shared-key 0 Wild");
        assertThat(s.mode()).isEqualTo(Mode.IKEV2_KEYRING_PEER);
        assertThat(s.context().name()).isEqualTo("KR");
        assertThat(s.context().child()).isEqualTo("ANY");
        assertThat(block(s.config, "crypto ikev2 keyring KR")).isEqualTo("""
                crypto ikev2 keyring KR
                 peer R2
                  description branch 2
                  address 203.0.113.2
                  identity fqdn r2.lab.example
                  pre-shared-key local Key-L
                  pre-shared-key remote Key-R
                 !
                 peer ANY
                  address 0.0.0.0 0.0.0.0
                  pre-shared-key Wild
                 !
                """);
        Ikev2KeyringPeer r2 = s.config.ikev2Keyrings().get("KR").peer("R2");
        assertThat(r2.effectiveLocalKey().key()).isEqualTo("Key-L");
        assertThat(r2.effectiveRemoteKey().key()).isEqualTo("Key-R");
        s.run(List.of("exit", "no peer ANY", "peer R2", "no pre-shared-key local", "no identity", "no description"));
        assertThat(s.errors).isEmpty();
        assertThat(s.config.ikev2Keyrings().get("KR").peer("ANY")).isNull();
        assertThat(block(s.config, "crypto ikev2 keyring KR")).isEqualTo("""
                crypto ikev2 keyring KR
                 peer R2
                  address 203.0.113.2
                  pre-shared-key remote Key-R
                 !
                """);
    }

    @Test
    void profileEveryStatementInIosOrder() {
        ConfigScript s = ok("crypto ikev2 profile PROF", "keyring local KR", "dpd 10 3 on-demand", "lifetime 3600",
                "authentication local rsa-sig", "authentication remote pre-share", "authentication remote eap",
                "identity local fqdn r1.lab.example", "match identity remote address 203.0.113.2",
                "match identity remote fqdn domain lab.example", "match identity remote email a@b.c",
                "match identity remote any", "match address local interface GigabitEthernet0/0",
                "pki trustpoint TP sign", "nat keepalive 20");
        assertThat(s.output).startsWith("IKEv2 profile MUST have:");
        assertThat(s.config.ikev2Profiles().get("PROF").isComplete()).isTrue();
        assertThat(block(s.config, "crypto ikev2 profile PROF")).isEqualTo("""
                crypto ikev2 profile PROF
                 match address local interface GigabitEthernet0/0
                 match identity remote address 203.0.113.2 255.255.255.255\s
                 match identity remote fqdn domain lab.example
                 match identity remote email a@b.c
                 match identity remote any
                 identity local fqdn r1.lab.example
                 authentication remote pre-share
                 authentication remote eap
                 authentication local rsa-sig
                 keyring local KR
                 pki trustpoint TP sign
                 lifetime 3600
                 dpd 10 3 on-demand
                 nat keepalive 20
                """);
        s.run(List.of("no match identity remote address 203.0.113.2 255.255.255.255",
                "no match identity remote fqdn domain lab.example", "no match identity remote email a@b.c",
                "no match identity remote any", "no match address local", "no identity local",
                "no authentication remote eap", "no authentication local", "no keyring", "no pki trustpoint TP",
                "no lifetime", "no dpd", "no nat keepalive", "no authentication remote"));
        assertThat(s.errors).isEmpty();
        assertThat(block(s.config, "crypto ikev2 profile PROF")).isEqualTo("crypto ikev2 profile PROF\n");
    }

    @Test
    void inlinePreSharedKeysInTheProfile() {
        ConfigScript s = ok("crypto ikev2 profile P", "authentication local pre-share key Local-Key",
                "authentication remote pre-share key 0 Remote-Key", "match identity remote any");
        assertThat(s.config.ikev2Profiles().get("P").localKey().key()).isEqualTo("Local-Key");
        assertThat(s.config.ikev2Profiles().get("P").remoteKey().key()).isEqualTo("Remote-Key");
        assertThat(block(s.config, "crypto ikev2 profile P")).isEqualTo("""
                crypto ikev2 profile P
                 match identity remote any
                 authentication remote pre-share key Remote-Key
                 authentication local pre-share key Local-Key
                """);
        s.run(List.of("no authentication remote pre-share", "authentication local pre-share"));
        assertThat(s.config.ikev2Profiles().get("P").remoteKey()).isNull();
        assertThat(s.config.ikev2Profiles().get("P").localKey()).isNull();
    }

    @Test
    void profileRangesAreEnforced() {
        ConfigScript s = ConfigScript.of("crypto ikev2 profile P", "lifetime 60", "dpd 5 3 periodic", "dpd 10 1 periodic",
                "nat keepalive 4");
        assertThat(s.errors).hasSize(4);
        assertThat(block(s.config, "crypto ikev2 profile P")).isEqualTo("crypto ikev2 profile P\n");
    }

    @Test
    void globalIkev2Knobs() {
        ConfigScript s = ok("crypto ikev2 dpd 10 2 on-demand", "crypto ikev2 nat keepalive 30",
                "crypto ikev2 cookie-challenge 50");
        assertThat(lines(s.config)).containsSubsequence("crypto ikev2 cookie-challenge 50",
                "crypto ikev2 dpd 10 2 on-demand", "crypto ikev2 nat keepalive 30");
        s.run(List.of("no crypto ikev2 dpd", "no crypto ikev2 nat keepalive", "no crypto ikev2 cookie-challenge"));
        assertThat(render(s.config)).doesNotContain("crypto ikev2");
    }

    @Test
    void fragmentationIsOffUntilConfiguredAndKeepsItsMtu() {
        ConfigScript s = ok("crypto ikev2 cookie-challenge 50");
        assertThat(s.config.ikev2Globals().fragmentation()).isFalse();
        s.run(List.of("crypto ikev2 fragmentation"));
        assertThat(s.config.ikev2Globals().fragmentation()).isTrue();
        assertThat(s.config.ikev2Globals().effectiveFragmentationMtu()).isEqualTo(576);
        assertThat(lines(s.config)).contains("crypto ikev2 fragmentation");
        s.run(List.of("crypto ikev2 fragmentation mtu 1400"));
        assertThat(s.config.ikev2Globals().effectiveFragmentationMtu()).isEqualTo(1400);
        assertThat(lines(s.config)).containsSubsequence("crypto ikev2 cookie-challenge 50",
                "crypto ikev2 fragmentation mtu 1400");
        s.run(List.of("no crypto ikev2 fragmentation"));
        assertThat(s.config.ikev2Globals().fragmentation()).isFalse();
        assertThat(render(s.config)).doesNotContain("fragmentation");
    }

    @Test
    void removingObjects() {
        ConfigScript s = ok("crypto ikev2 proposal P", "crypto ikev2 keyring K", "crypto ikev2 profile F",
                "no crypto ikev2 proposal P", "no crypto ikev2 keyring K", "no crypto ikev2 profile F");
        assertThat(s.config).isEqualTo(new RunningConfig());
    }
}
