package iosim.config;

import static iosim.config.ConfigTestSupport.block;
import static iosim.config.ConfigTestSupport.lines;
import static iosim.config.ConfigTestSupport.ok;
import static iosim.config.ConfigTestSupport.render;
import static org.assertj.core.api.Assertions.assertThat;

import iosim.config.mode.Mode;
import iosim.config.model.Ipv4;
import iosim.config.model.IsakmpPolicyConfig;
import java.util.List;
import org.junit.jupiter.api.Test;

/** crypto isakmp policy/key/globals and crypto dynamic-map: apply, render, round trip. */
class IsakmpConfigTest {

    @Test
    void policiesRenderOnlyWhatDiffersFromTheDefaults() {
        ConfigScript s = ok("crypto isakmp policy 10", "encryption aes 256", "hash sha256", "authentication pre-share",
                "group 14", "lifetime 3600", "crypto isakmp policy 20", "encr 3des", "hash md5", "authentication pre-share",
                "group 2", "crypto isakmp policy 30");
        assertThat(s.mode()).isEqualTo(Mode.ISAKMP_POLICY);
        IsakmpPolicyConfig p = s.config.isakmp().policies().get(10);
        assertThat(p.encryption()).isEqualTo("aes");
        assertThat(p.keyBits()).isEqualTo(256);
        assertThat(block(s.config, "crypto isakmp policy 10")).isEqualTo("""
                crypto isakmp policy 10
                 encr aes 256
                 hash sha256
                 authentication pre-share
                 group 14
                 lifetime 3600
                """);
        assertThat(block(s.config, "crypto isakmp policy 20")).isEqualTo("""
                crypto isakmp policy 20
                 encr 3des
                 hash md5
                 authentication pre-share
                 group 2
                """);
        assertThat(lines(s.config)).contains("crypto isakmp policy 30");
        s.run(List.of("crypto isakmp policy 10", "no hash", "encryption aes", "no lifetime"));
        assertThat(block(s.config, "crypto isakmp policy 10")).isEqualTo("""
                crypto isakmp policy 10
                 encr aes
                 authentication pre-share
                 group 14
                """);
        s.run(List.of("exit", "no crypto isakmp policy 30"));
        assertThat(s.config.isakmp().policies()).doesNotContainKey(30);
    }

    @Test
    void keysAndGlobals() {
        ConfigScript s = ok("crypto isakmp key cisco123 address 10.0.0.2", "crypto isakmp key dyn address 0.0.0.0 0.0.0.0 no-xauth",
                "crypto isakmp keepalive 10 3 periodic", "crypto isakmp nat keepalive 20",
                "crypto isakmp aggressive-mode disable", "crypto isakmp invalid-spi-recovery",
                "crypto isakmp identity hostname");
        assertThat(lines(s.config)).contains("crypto isakmp key cisco123 address 10.0.0.2",
                "crypto isakmp key dyn address 0.0.0.0 0.0.0.0 no-xauth", "crypto isakmp keepalive 10 3 periodic",
                "crypto isakmp nat keepalive 20", "crypto isakmp aggressive-mode disable",
                "crypto isakmp invalid-spi-recovery", "crypto isakmp identity hostname");
        assertThat(s.config.isakmp().keyFor(Ipv4.parse("10.0.0.2").orElseThrow()).key().key()).isEqualTo("cisco123");
        assertThat(s.config.isakmp().keyFor(Ipv4.parse("10.9.9.9").orElseThrow()).key().key()).isEqualTo("dyn");
        s.run(List.of("crypto isakmp key newkey address 10.0.0.2"));
        assertThat(s.config.isakmp().keys()).hasSize(2);
        s.run(List.of("no crypto isakmp key newkey address 10.0.0.2", "no crypto isakmp keepalive",
                "no crypto isakmp nat keepalive", "no crypto isakmp aggressive-mode disable",
                "no crypto isakmp invalid-spi-recovery", "no crypto isakmp identity"));
        assertThat(lines(s.config).stream().filter(l -> l.startsWith("crypto isakmp"))).containsExactly(
                "crypto isakmp key dyn address 0.0.0.0 0.0.0.0 no-xauth");
        assertThat(ConfigScript.of("crypto isakmp keepalive 5").errors).hasSize(1);
        assertThat(ConfigScript.of("crypto isakmp policy 10", "lifetime 30").errors).hasSize(1);
        assertThat(ConfigScript.of("crypto isakmp policy 10", "group 31").errors).hasSize(1);
    }

    @Test
    void dynamicMapsAndTheMapEntryThatUsesThem() {
        ConfigScript s = ok("crypto dynamic-map DYN 10", "set transform-set TS", "set pfs group14", "match address 101",
                "exit", "crypto map VPN 100 ipsec-isakmp dynamic DYN");
        assertThat(s.mode()).isEqualTo(Mode.CONFIG);
        assertThat(block(s.config, "crypto dynamic-map DYN 10")).isEqualTo("""
                crypto dynamic-map DYN 10
                 set transform-set TS\s
                 set pfs group14
                 match address 101
                """);
        assertThat(lines(s.config)).contains("crypto map VPN 100 ipsec-isakmp dynamic DYN ");
        assertThat(s.config.cryptoMaps().get("VPN").entry(100).dynamicMap()).isEqualTo("DYN");
        s.run(List.of("no crypto dynamic-map DYN 10"));
        assertThat(s.config.dynamicMaps()).isEmpty();
    }

    @Test
    void renderedConfigLoadsBackToTheSameModel() {
        ConfigScript s = ok("crypto isakmp policy 10", "encryption 3des", "hash md5", "authentication pre-share", "group 2",
                "exit", "crypto isakmp key cisco address 10.0.0.2", "crypto isakmp keepalive 10",
                "crypto dynamic-map DYN 10", "set transform-set TS", "exit",
                "crypto map VPN 10 ipsec-isakmp dynamic DYN");
        String text = render(s.config);
        ConfigScript again = ConfigScript.of(text.lines().filter(l -> !l.startsWith("!") && !l.isBlank()
                && !l.startsWith("version") && !l.startsWith("end")).toArray(String[]::new));
        assertThat(render(again.config)).isEqualTo(text);
    }

    @Test
    void keyringIsakmpProfileAndSetIsakmpProfileAsAwsWritesThem() {
        ConfigScript s = ok("crypto keyring keyring-vpn-0", "local-address 203.0.113.1",
                "pre-shared-key address 52.1.2.3 key Secret_0", "pre-shared-key address 0.0.0.0 0.0.0.0 key wild",
                "exit", "crypto isakmp profile isakmp-vpn-0", "local-address 203.0.113.1",
                "match identity address 52.1.2.3", "keyring keyring-vpn-0", "keepalive 10 retry 10",
                "initiate mode aggressive");
        assertThat(s.mode()).isEqualTo(Mode.ISAKMP_PROFILE);
        assertThat(ConfigScript.of("crypto isakmp profile P2").output)
                .contains("% A profile is deemed incomplete until it has match identity statements");
        s.run(List.of("exit", "crypto map CM 10 ipsec-isakmp", "set peer 52.1.2.3", "set isakmp-profile isakmp-vpn-0"));
        var ring = s.config.isakmp().keyrings().get("keyring-vpn-0");
        assertThat(ring.keyFor(Ipv4.parse("52.1.2.3").orElseThrow()).key().key()).isEqualTo("Secret_0");
        assertThat(ring.keyFor(Ipv4.parse("9.9.9.9").orElseThrow()).key().key()).isEqualTo("wild");
        var prof = s.config.isakmp().profiles().get("isakmp-vpn-0");
        assertThat(prof.matches(Ipv4.parse("52.1.2.3").orElseThrow())).isTrue();
        assertThat(prof.matches(Ipv4.parse("52.1.2.4").orElseThrow())).isFalse();
        assertThat(block(s.config, "crypto keyring keyring-vpn-0")).isEqualTo("""
                crypto keyring keyring-vpn-0
                  local-address 203.0.113.1
                  pre-shared-key address 52.1.2.3 key Secret_0
                  pre-shared-key address 0.0.0.0 0.0.0.0 key wild
                """);
        assertThat(block(s.config, "crypto isakmp profile isakmp-vpn-0")).isEqualTo("""
                crypto isakmp profile isakmp-vpn-0
                   keyring keyring-vpn-0
                   match identity address 52.1.2.3 255.255.255.255\s
                   keepalive 10 retry 10
                   local-address 203.0.113.1
                   initiate mode aggressive
                """);
        assertThat(s.config.cryptoMaps().get("CM").entry(10).settings().isakmpProfile()).isEqualTo("isakmp-vpn-0");
        assertThat(lines(s.config)).contains(" set isakmp-profile isakmp-vpn-0");
        String text = render(s.config);
        ConfigScript again = ConfigScript.of(text.lines().filter(l -> !l.startsWith("!") && !l.isBlank()
                && !l.startsWith("version") && !l.startsWith("end")).toArray(String[]::new));
        assertThat(again.errors).isEmpty();
        assertThat(render(again.config)).isEqualTo(text);
        s.run(List.of("exit", "crypto keyring keyring-vpn-0", "no pre-shared-key address 0.0.0.0 0.0.0.0", "exit",
                "no crypto isakmp profile isakmp-vpn-0"));
        assertThat(ring.keys()).hasSize(1);
        assertThat(s.config.isakmp().profiles()).isEmpty();
    }
}
