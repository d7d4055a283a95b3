package iosim.config;

import static iosim.config.ConfigTestSupport.block;
import static iosim.config.ConfigTestSupport.lines;
import static iosim.config.ConfigTestSupport.ok;
import static org.assertj.core.api.Assertions.assertThat;

import iosim.config.mode.Mode;
import iosim.config.model.Ikev2AuthorizationPolicy;
import iosim.config.model.Ikev2Profile;
import iosim.config.model.InterfaceName;
import iosim.config.model.Ipv4;
import iosim.config.model.LocalPool;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** FlexVPN server configuration: AAA lists, pools, authorization policy, profile EAP lines, Virtual-Template. */
class RemoteAccessConfigTest {
    private static final String[] SERVER = {
        "aaa new-model",
        "aaa authentication login RA-AUTH local",
        "aaa authorization network RA-AUTHZ local",
        "username alice password 0 Secr3t!",
        "ip local pool RA-POOL 10.99.0.10 10.99.0.50",
        "crypto ikev2 authorization policy RA-POLICY",
        "pool RA-POOL", "dns 192.168.1.53 192.168.1.54", "wins 192.168.1.60", "netmask 255.255.255.255",
        "def-domain lab.example", "route set interface", "route set access-list RA-SPLIT",
        "exit",
        "crypto ikev2 profile RA-PROFILE",
        "match identity remote any", "authentication local pre-share key gw-key",
        "authentication remote eap query-identity", "authentication remote eap timeout 60",
        "aaa authentication eap RA-AUTH", "aaa authorization group eap list RA-AUTHZ RA-POLICY",
        "aaa authorization user eap cached", "virtual-template 1",
        "exit",
        "interface Loopback0", "ip address 192.168.1.1 255.255.255.0",
        "interface Virtual-Template1 type tunnel", "ip unnumbered Loopback0", "tunnel mode ipsec ipv4",
        "tunnel protection ipsec profile RA-IPSEC",
    };

    @Test
    void serverConfigurationIsModelledAndRenderedAsIos() {
        ConfigScript s = ok(SERVER);
        var ra = s.config.remoteAccess();
        assertThat(ra.authenticationLogin()).containsEntry("RA-AUTH", List.of("local"));
        assertThat(ra.authorizationNetwork()).containsEntry("RA-AUTHZ", "local");
        LocalPool pool = ra.pools().get("RA-POOL");
        assertThat(pool.size()).isEqualTo(41);
        Ikev2AuthorizationPolicy p = ra.policies().get("RA-POLICY");
        assertThat(p.pool()).isEqualTo("RA-POOL");
        assertThat(p.dns()).containsExactly(Ipv4.parse("192.168.1.53").orElseThrow(), Ipv4.parse("192.168.1.54").orElseThrow());
        Ikev2Profile prof = s.config.ikev2Profiles().get("RA-PROFILE");
        assertThat(prof.eapQueryIdentity()).isTrue();
        assertThat(prof.eapTimeout()).isEqualTo(60);
        assertThat(prof.virtualTemplate()).isEqualTo(1);
        assertThat(prof.aaaAuthorizationGroupEapPolicy()).isEqualTo("RA-POLICY");
        assertThat(s.config.iface(InterfaceName.parse("Virtual-Template1").orElseThrow()).unnumbered())
                .isEqualTo(InterfaceName.parse("Loopback0").orElseThrow());

        assertThat(lines(s.config)).containsSubsequence("aaa new-model", "!", "aaa authentication login RA-AUTH local",
                "aaa authorization network RA-AUTHZ local", "!");
        assertThat(lines(s.config)).contains("ip local pool RA-POOL 10.99.0.10 10.99.0.50");
        assertThat(block(s.config, "crypto ikev2 authorization policy RA-POLICY ")).isEqualTo("""
                crypto ikev2 authorization policy RA-POLICY\s
                 pool RA-POOL
                 dns 192.168.1.53 192.168.1.54
                 wins 192.168.1.60
                 netmask 255.255.255.255
                 def-domain lab.example
                 route set interface
                 route set access-list RA-SPLIT
                """);
        assertThat(block(s.config, "crypto ikev2 profile RA-PROFILE")).contains("""
                 authentication remote eap query-identity
                 authentication remote eap timeout 60
                """).contains("""
                 aaa authentication eap RA-AUTH
                 aaa authorization group eap list RA-AUTHZ RA-POLICY
                 aaa authorization user eap cached
                 virtual-template 1
                """);
        assertThat(block(s.config, "interface Virtual-Template1 type tunnel")).isEqualTo("""
                interface Virtual-Template1 type tunnel
                 ip unnumbered Loopback0
                 tunnel mode ipsec ipv4
                 tunnel protection ipsec profile RA-IPSEC
                """);
        // the authorization policy precedes the proposals, as IOS writes it
        List<String> all = lines(s.config);
        assertThat(all.indexOf("crypto ikev2 authorization policy RA-POLICY "))
                .isLessThan(all.indexOf("crypto ikev2 profile RA-PROFILE"));
    }

    @Test
    void renderedTextLoadsBackToTheSameModel() {
        ConfigScript s = ok(SERVER);
        String text = ConfigTestSupport.render(s.config);
        ConfigScript again = ConfigScript.startup().run(Arrays.asList(text.split("\n")));
        assertThat(again.errors).isEmpty();
        assertThat(again.config).isEqualTo(s.config);
    }

    @Test
    void authorizationPolicyModeAndNoForms() {
        ConfigScript s = ok("crypto ikev2 authorization policy P", "pool A", "dns 1.1.1.1");
        assertThat(s.mode()).isEqualTo(Mode.IKEV2_AUTHZ_POLICY);
        s.run(List.of("no dns", "no pool"));
        assertThat(s.config.remoteAccess().policies().get("P").pool()).isNull();
        assertThat(s.config.remoteAccess().policies().get("P").dns()).isEmpty();
        s.run(List.of("exit", "no crypto ikev2 authorization policy P", "ip local pool X 10.0.0.1", "no ip local pool X"));
        assertThat(s.config.remoteAccess().isEmpty()).isTrue();
        assertThat(s.errors).isEmpty();
    }

    @Test
    void badInputIsAnswered() {
        ConfigScript s = ConfigScript.of("aaa authentication login L local", "ip local pool P 10.0.0.9 10.0.0.1",
                "interface Virtual-Template2", "interface Tunnel1 type tunnel", "interface GigabitEthernet0/0",
                "ip unnumbered Loopback0");
        assertThat(s.errors).hasSize(5);
        assertThat(s.config.remoteAccess().isEmpty()).isTrue();
    }

    @Test
    void noAuthenticationRemoteEapClearsItsOptions() {
        ConfigScript s = ok("crypto ikev2 profile P", "authentication remote eap query-identity",
                "authentication remote eap timeout 90", "no authentication remote eap timeout 90");
        Ikev2Profile p = s.config.ikev2Profiles().get("P");
        assertThat(p.eapTimeout()).isNull();
        assertThat(p.eapQueryIdentity()).isTrue();
        s.run(List.of("no authentication remote eap"));
        assertThat(p.authenticationRemote()).isEmpty();
        assertThat(p.eapQueryIdentity()).isFalse();
    }
}
