package iosim.config;

import static iosim.config.ConfigTestSupport.render;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every command followed by its {@code no} form leaves the router as it booted. */
class NoFormsTest {

    static Stream<Arguments> pairs() {
        return Stream.of(
                pair("hostname R1", "no hostname"),
                pair("enable secret x", "no enable secret"),
                pair("logging buffered 8192 errors", "logging buffered"),
                pair("banner motd #hi#", "no banner motd"),
                pair("ip domain name a.example", "no ip domain name a.example"),
                pair("ip ssh version 2", "no ip ssh version 2"),
                pair("aaa new-model", "no aaa new-model"),
                pair("username u secret s", "no username u"),
                pair("interface Loopback5", "no interface Loopback5"),
                pair("interface GigabitEthernet0/2|description d|ip address 10.9.9.1 255.255.255.0|ip nat inside"
                        + "|ip access-group A in|ip access-group B out|crypto map M|no negotiation auto",
                        "interface GigabitEthernet0/2|no description|no ip address|no ip nat inside"
                        + "|no ip access-group A in|no ip access-group B out|no crypto map|negotiation auto"),
                pair("interface Tunnel3|tunnel source Loopback0|tunnel destination 192.0.2.9|tunnel mode ipsec ipv4"
                        + "|tunnel protection ipsec profile P shared",
                        "interface Tunnel3|no tunnel source|no tunnel destination|no tunnel mode"
                        + "|no tunnel protection ipsec profile P|exit|no interface Tunnel3"),
                pair("ip route 10.0.0.0 255.0.0.0 192.0.2.1", "no ip route 10.0.0.0 255.0.0.0 192.0.2.1"),
                pair("ip access-list extended E|permit ip any any", "no ip access-list extended E"),
                pair("ip access-list standard S|permit any", "no ip access-list standard S"),
                pair("access-list 99 permit any", "no access-list 99"),
                pair("ip nat inside source list 1 interface GigabitEthernet0/0 overload",
                        "no ip nat inside source list 1 interface GigabitEthernet0/0 overload"),
                pair("crypto ikev2 proposal P|encryption aes-cbc-128", "no crypto ikev2 proposal P"),
                pair("crypto ikev2 policy P|proposal X", "no crypto ikev2 policy P"),
                pair("crypto ikev2 keyring K|peer X|address 1.1.1.1", "no crypto ikev2 keyring K"),
                pair("crypto ikev2 profile F|lifetime 600", "no crypto ikev2 profile F"),
                pair("crypto ikev2 dpd 10 3 periodic", "no crypto ikev2 dpd"),
                pair("crypto ikev2 nat keepalive 10", "no crypto ikev2 nat keepalive 10"),
                pair("crypto ikev2 cookie-challenge 10", "no crypto ikev2 cookie-challenge"),
                pair("crypto ikev2 fragmentation mtu 1400", "no crypto ikev2 fragmentation"),
                pair("crypto ipsec transform-set T esp-aes esp-sha-hmac", "no crypto ipsec transform-set T"),
                pair("crypto ipsec profile I|set pfs group2", "no crypto ipsec profile I"),
                pair("crypto map M 10 ipsec-isakmp|set peer 1.1.1.1", "no crypto map M 10"),
                pair("crypto ipsec security-association replay window-size 128",
                        "no crypto ipsec security-association replay window-size"),
                pair("crypto ipsec security-association replay disable",
                        "no crypto ipsec security-association replay disable"),
                pair("crypto ipsec security-association lifetime seconds 900",
                        "no crypto ipsec security-association lifetime seconds"),
                pair("crypto pki trustpoint TP|enrollment selfsigned", "no crypto pki trustpoint TP"),
                pair("line vty 0 4|login local|transport input ssh|exec-timeout 3 0|privilege level 15|password p"
                        + "|logging synchronous",
                        "line vty 0 4|login|no transport input|no exec-timeout|no privilege level|no password"
                        + "|no logging synchronous"),
                pair("line vty 5 15", "no line vty 5 15"));
    }

    private static Arguments pair(String set, String unset) {
        return Arguments.of(set, unset);
    }

    @ParameterizedTest(name = "{0}  /  {1}")
    @MethodSource("pairs")
    void commandThenItsNoFormRestoresTheBootConfiguration(String set, String unset) {
        List<String> lines = new ArrayList<>(List.of(set.split("\\|")));
        lines.add("exit");
        ConfigScript s = new ConfigScript().run(lines);
        assertThat(s.errors).isEmpty();
        assertThat(s.config).isNotEqualTo(new RunningConfig());
        s.run(List.of(unset.split("\\|")));
        assertThat(s.errors).isEmpty();
        assertThat(render(s.config)).isEqualTo(render(new RunningConfig()));
        assertThat(s.config).isEqualTo(new RunningConfig());
    }
}
