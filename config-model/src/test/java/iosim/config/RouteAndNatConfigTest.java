package iosim.config;

import static iosim.config.ConfigTestSupport.lines;
import static iosim.config.ConfigTestSupport.ok;
import static iosim.config.ConfigTestSupport.render;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RouteAndNatConfigTest {

    @Test
    void staticRoutesAreSortedAndTheirNoFormsWork() {
        ConfigScript s = ok("ip route 10.20.2.0 255.255.255.0 Tunnel0",
                "ip route 0.0.0.0 0.0.0.0 198.51.100.254",
                "ip route 10.30.0.0 255.255.0.0 GigabitEthernet0/1 192.168.1.2 250 name BACKUP");
        assertThat(lines(s.config)).containsSubsequence("ip route 0.0.0.0 0.0.0.0 198.51.100.254",
                "ip route 10.20.2.0 255.255.255.0 Tunnel0",
                "ip route 10.30.0.0 255.255.0.0 GigabitEthernet0/1 192.168.1.2 250 name BACKUP");
        s.line("ip route 0.0.0.0 0.0.0.0 198.51.100.254 5");
        assertThat(lines(s.config)).contains("ip route 0.0.0.0 0.0.0.0 198.51.100.254 5");
        assertThat(s.config.routes()).hasSize(3);
        s.line("no ip route 10.30.0.0 255.255.0.0");
        s.line("no ip route 0.0.0.0 0.0.0.0 198.51.100.254");
        assertThat(s.errors).isEmpty();
        assertThat(s.config.routes()).hasSize(1);
    }

    @Test
    void inconsistentRouteAndMissingRouteGetIosErrors() {
        ConfigScript s = ConfigScript.of("ip route 10.0.0.1 255.255.255.0 192.0.2.1", "no ip route 10.9.9.0 255.255.255.0");
        assertThat(s.output).containsExactly("%Inconsistent address and mask", "%No matching route to delete");
        assertThat(s.config.routes()).isEmpty();
    }

    @Test
    void natOverloadRuleAndItsNoForm() {
        ConfigScript s = ok("ip nat inside source list NAT-USERS interface GigabitEthernet0/0 overload");
        assertThat(lines(s.config)).contains("ip nat inside source list NAT-USERS interface GigabitEthernet0/0 overload");
        s.line("no ip nat inside source list NAT-USERS interface GigabitEthernet0/0 overload");
        assertThat(render(s.config)).doesNotContain("ip nat");
    }
}
