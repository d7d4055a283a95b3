package iosim.config;

import static iosim.config.ConfigTestSupport.render;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Abbreviated lines (as engineers type them) build the same model as the full spellings. */
class AbbreviationTest {

    @Test
    void abbreviatedSeedBuildsTheSameConfiguration() {
        ConfigScript full = ConfigScript.of(
                "crypto ikev2 proposal SITE-TO-SITE", "encryption aes-cbc-256", "integrity sha256", "group 14",
                "crypto ikev2 policy 10", "proposal SITE-TO-SITE",
                "crypto ikev2 keyring MY-KEYS", "peer SITE-B", "address 203.0.113.20", "pre-shared-key cisco123!",
                "crypto ikev2 profile SITE-B-PROFILE", "match identity remote address 203.0.113.20",
                "authentication remote pre-share", "authentication local pre-share", "keyring local MY-KEYS",
                "crypto ipsec transform-set AES-SHA esp-aes 256 esp-sha256-hmac", "mode tunnel",
                "crypto map VPN-MAP 10 ipsec-isakmp", "set peer 203.0.113.20", "set transform-set AES-SHA",
                "set ikev2-profile SITE-B-PROFILE", "match address VPN-ACL",
                "interface GigabitEthernet0/0", "ip address 203.0.113.10 255.255.255.0", "no shutdown",
                "crypto map VPN-MAP",
                "ip access-list extended VPN-ACL", "permit ip 192.168.1.0 0.0.0.255 10.0.0.0 0.0.0.255");
        ConfigScript abbreviated = ConfigScript.of(
                "cry ikev2 prop SITE-TO-SITE", "encr aes-cbc-256", "int sha256", "gr 14",
                "cry ikev2 pol 10", "prop SITE-TO-SITE",
                "cry ikev2 keyr MY-KEYS", "pe SITE-B", "addr 203.0.113.20", "pre cisco123!",
                "cry ikev2 prof SITE-B-PROFILE", "mat ident rem addr 203.0.113.20",
                "authen rem pre", "authen loc pre", "keyr loc MY-KEYS",
                "cry ips trans AES-SHA esp-aes 256 esp-sha256", "mo tun",
                "cry map VPN-MAP 10 ipsec-i", "set pe 203.0.113.20", "set trans AES-SHA",
                "set ikev2 SITE-B-PROFILE", "mat addr VPN-ACL",
                "int gi0/0", "ip add 203.0.113.10 255.255.255.0", "no shut", "cry map VPN-MAP",
                "ip access-list ext VPN-ACL", "perm ip 192.168.1.0 0.0.0.255 10.0.0.0 0.0.0.255");
        assertThat(full.errors).isEmpty();
        assertThat(abbreviated.errors).isEmpty();
        assertThat(abbreviated.config).isEqualTo(full.config);
        assertThat(render(abbreviated.config)).isEqualTo(render(full.config));
    }

    @Test
    void interfaceNamesAbbreviateAndCanonicalise() {
        ConfigScript s = ConfigScript.of("int lo0", "ip add 10.0.0.1 255.255.255.255", "int tu1",
                "tun source gi0/1", "tun mode ipsec ipv4", "ip route 10.1.0.0 255.255.0.0 tu1");
        assertThat(s.errors).isEmpty();
        assertThat(render(s.config)).contains("interface Loopback0\n", "interface Tunnel1\n",
                " tunnel source GigabitEthernet0/1\n", "ip route 10.1.0.0 255.255.0.0 Tunnel1\n");
        // the global command typed in (config-if) fell through to (config)
        assertThat(s.stack).hasSize(1);
        s.line("int tu1");
        assertThat(List.copyOf(s.stack).get(0).context().name()).isEqualTo("Tunnel1");
    }
}
