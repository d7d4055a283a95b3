package iosim.config;

import static iosim.config.ConfigTestSupport.lines;
import static iosim.config.ConfigTestSupport.ok;
import static org.assertj.core.api.Assertions.assertThat;

import iosim.config.model.OspfProcessConfig;
import org.junit.jupiter.api.Test;

class OspfConfigTest {
    @Test
    void routerOspfBlockRendersInIosOrderAndRoundTrips() {
        ConfigScript s = ok("router ospf 1", "network 10.0.12.0 0.0.0.255 area 0", "router-id 1.1.1.1",
                "passive-interface default", "no passive-interface GigabitEthernet0/0", "area 1 stub no-summary",
                "redistribute static subnets", "default-information originate always", "log-adjacency-changes detail",
                "auto-cost reference-bandwidth 1000", "timers throttle spf 10 100 1000", "network 1.1.1.1 0.0.0.0 area 0.0.0.1",
                "exit", "interface GigabitEthernet0/0", "ip address 10.0.12.1 255.255.255.0",
                "ip ospf authentication message-digest", "ip ospf message-digest-key 1 md5 s3cret",
                "ip ospf hello-interval 5", "ip ospf dead-interval 20", "ip ospf network point-to-point",
                "ip ospf priority 0", "ip ospf 1 area 0", "ip ospf cost 7");
        assertThat(lines(s.config)).containsSubsequence("router ospf 1", " router-id 1.1.1.1",
                " log-adjacency-changes detail", " auto-cost reference-bandwidth 1000", " area 1 stub no-summary",
                " timers throttle spf 10 100 1000", " redistribute static subnets", " passive-interface default",
                " no passive-interface GigabitEthernet0/0", " network 10.0.12.0 0.0.0.255 area 0",
                " network 1.1.1.1 0.0.0.0 area 0.0.0.1", " default-information originate always");
        assertThat(lines(s.config)).containsSubsequence("interface GigabitEthernet0/0", " ip address 10.0.12.1 255.255.255.0",
                " ip ospf authentication message-digest", " ip ospf message-digest-key 1 md5 s3cret",
                " ip ospf network point-to-point", " ip ospf dead-interval 20", " ip ospf hello-interval 5",
                " ip ospf priority 0", " ip ospf 1 area 0", " ip ospf cost 7");
        RunningConfig again = ConfigScript.of(ConfigTestSupport.render(s.config).split("\n")).config;
        assertThat(again).isEqualTo(s.config);
        OspfProcessConfig p = s.config.ospfProcesses().get(1);
        assertThat(p.isPassive(iosim.config.model.InterfaceName.parse("GigabitEthernet0/1").orElseThrow())).isTrue();
        assertThat(p.isPassive(iosim.config.model.InterfaceName.parse("GigabitEthernet0/0").orElseThrow())).isFalse();
    }

    @Test
    void noFormsRemoveWhatTheyNameAndBadValuesAreRejected() {
        ConfigScript s = ok("router ospf 7", "network 10.0.0.0 0.255.255.255 area 0", "area 2 stub",
                "no network 10.0.0.0 0.255.255.255 area 0", "no area 2 stub", "exit",
                "interface GigabitEthernet0/1", "ip ospf 7 area 0", "ip ospf cost 3", "no ip ospf cost",
                "no ip ospf 7 area 0");
        assertThat(lines(s.config)).contains("router ospf 7");
        assertThat(lines(s.config)).noneMatch(l -> l.contains("network 10.0.0.0") || l.contains("stub")
                || l.contains("ip ospf"));
        ConfigScript bad = ConfigScript.of("router ospf 0");
        assertThat(bad.config.ospfProcesses()).isEmpty();
        ConfigScript bb = ConfigScript.of("router ospf 1", "area 0 stub");
        assertThat(bb.output).contains("% OSPF: Backbone can not be configured as stub area");
        ConfigScript rm = ok("router ospf 3", "exit", "no router ospf 3");
        assertThat(rm.config.ospfProcesses()).isEmpty();
    }
}
