package iosim.config;

import static iosim.config.ConfigTestSupport.block;
import static iosim.config.ConfigTestSupport.ok;
import static iosim.config.ConfigTestSupport.render;
import static org.assertj.core.api.Assertions.assertThat;

import iosim.config.mode.Mode;
import iosim.config.model.InterfaceName;
import iosim.config.model.TunnelMode;
import org.junit.jupiter.api.Test;

class InterfaceConfigTest {
    static final InterfaceName GI0 = InterfaceName.parse("GigabitEthernet0/0").orElseThrow();
    static final InterfaceName TU0 = InterfaceName.parse("Tunnel0").orElseThrow();

    @Test
    void physicalInterfaceSettingsAndNoForms() {
        ConfigScript s = ok("interface GigabitEthernet0/0", "description Uplink to ISP (fiber)",
                "ip address 198.51.100.1 255.255.255.0", "no shutdown", "ip nat outside",
                "ip access-group WAN-IN in", "ip access-group 101 out", "crypto map CMAP");
        assertThat(s.mode()).isEqualTo(Mode.INTERFACE);
        assertThat(block(s.config, "interface GigabitEthernet0/0")).isEqualTo("""
                interface GigabitEthernet0/0
                 description Uplink to ISP (fiber)
                 ip address 198.51.100.1 255.255.255.0
                 ip access-group WAN-IN in
                 ip access-group 101 out
                 ip nat outside
                 negotiation auto
                 crypto map CMAP
                """);
        assertThat(s.syslog).containsExactly("%CRYPTO-6-ISAKMP_ON_OFF: ISAKMP is ON");
        s.run(java.util.List.of("no description", "no ip address", "shutdown", "no ip nat outside",
                "no ip access-group WAN-IN in", "no ip access-group 101 out", "no crypto map", "no negotiation auto"));
        assertThat(s.errors).isEmpty();
        assertThat(s.syslog).endsWith("%CRYPTO-6-ISAKMP_ON_OFF: ISAKMP is OFF");
        assertThat(block(s.config, "interface GigabitEthernet0/0")).isEqualTo("""
                interface GigabitEthernet0/0
                 no ip address
                 shutdown
                 no negotiation auto
                """);
    }

    @Test
    void tunnelInterfaceIsCreatedConfiguredAndRemoved() {
        ConfigScript s = ok("interface Tunnel0", "ip address 172.16.12.1 255.255.255.252",
                "tunnel source GigabitEthernet0/0", "tunnel mode ipsec ipv4", "tunnel destination 203.0.113.2",
                "tunnel protection ipsec profile IPSEC-PROF");
        assertThat(s.config.iface(TU0).tunnelMode()).isEqualTo(TunnelMode.IPSEC_IPV4);
        assertThat(block(s.config, "interface Tunnel0")).isEqualTo("""
                interface Tunnel0
                 ip address 172.16.12.1 255.255.255.252
                 tunnel source GigabitEthernet0/0
                 tunnel mode ipsec ipv4
                 tunnel destination 203.0.113.2
                 tunnel protection ipsec profile IPSEC-PROF
                """);
        assertThat(render(s.config).indexOf("interface Tunnel0"))
                .isLessThan(render(s.config).indexOf("interface GigabitEthernet0/0"));
        s.run(java.util.List.of("tunnel source 198.51.100.1", "no tunnel mode", "no tunnel destination",
                "no tunnel protection ipsec profile"));
        assertThat(block(s.config, "interface Tunnel0")).isEqualTo("""
                interface Tunnel0
                 ip address 172.16.12.1 255.255.255.252
                 tunnel source 198.51.100.1
                """);
        s.run(java.util.List.of("exit", "no interface Tunnel0"));
        assertThat(s.errors).isEmpty();
        assertThat(s.config.iface(TU0)).isNull();
    }

    @Test
    void mtuAndMssOnATunnel() {
        ConfigScript s = ok("interface Tunnel0", "ip address 172.16.12.1 255.255.255.252", "ip mtu 1400",
                "ip tcp adjust-mss 1360", "tunnel mode ipsec ipv4");
        assertThat(block(s.config, "interface Tunnel0")).isEqualTo("""
                interface Tunnel0
                 ip address 172.16.12.1 255.255.255.252
                 ip mtu 1400
                 ip tcp adjust-mss 1360
                 tunnel mode ipsec ipv4
                """);
        assertThat(ConfigScript.of("interface Tunnel0", "ip mtu 40", "ip tcp adjust-mss 2000").errors).hasSize(2);
        s.run(java.util.List.of("no ip mtu", "no ip tcp adjust-mss"));
        assertThat(s.config.iface(TU0).ipMtu()).isNull();
        assertThat(s.config.iface(TU0).tcpAdjustMss()).isNull();
    }

    @Test
    void loopbackIsUpByDefault() {
        ConfigScript s = ok("interface Loopback0", "ip address 10.255.0.1 255.255.255.255");
        assertThat(block(s.config, "interface Loopback0")).isEqualTo("""
                interface Loopback0
                 ip address 10.255.0.1 255.255.255.255
                """);
    }

    @Test
    void physicalInterfacesCannotBeRemovedOrInvented() {
        ConfigScript s = ConfigScript.of("no interface GigabitEthernet0/1", "interface GigabitEthernet0/7");
        assertThat(s.errors).hasSize(2);
        assertThat(s.config).isEqualTo(new RunningConfig());
    }

    @Test
    void greTunnelKeyChecksumAndKeepalive() {
        ConfigScript s = ok("interface Tunnel1", "ip address 10.255.0.1 255.255.255.252", "keepalive",
                "tunnel source GigabitEthernet0/0", "tunnel destination 203.0.113.2", "tunnel key 4294967295",
                "tunnel checksum");
        assertThat(block(s.config, "interface Tunnel1")).isEqualTo("""
                interface Tunnel1
                 ip address 10.255.0.1 255.255.255.252
                 keepalive 10 3
                 tunnel source GigabitEthernet0/0
                 tunnel destination 203.0.113.2
                 tunnel key 4294967295
                 tunnel checksum
                """);
        s.run(java.util.List.of("keepalive 5", "tunnel key 100"));
        assertThat(block(s.config, "interface Tunnel1")).contains(" keepalive 5 3\n").contains(" tunnel key 100\n");
        s.run(java.util.List.of("keepalive 2 7", "no tunnel key", "no tunnel checksum"));
        assertThat(block(s.config, "interface Tunnel1")).contains(" keepalive 2 7\n").doesNotContain("tunnel key")
                .doesNotContain("checksum");
        s.run(java.util.List.of("no keepalive", "tunnel key 4294967296"));
        assertThat(s.errors).hasSize(1);
        assertThat(block(s.config, "interface Tunnel1")).doesNotContain("keepalive");
        ConfigScript gi = ConfigScript.of("interface GigabitEthernet0/0", "tunnel key 5");
        assertThat(gi.errors).hasSize(1);
    }

    @Test
    void tunnelCommandsAreInvalidOnPhysicalInterfaces() {
        ConfigScript s = ConfigScript.of("interface GigabitEthernet0/0", "tunnel destination 203.0.113.2");
        assertThat(s.errors).containsExactly("2: tunnel destination 203.0.113.2 -> invalid input at column 0");
    }

    @Test
    void badMaskAndOverlapAreRejectedWithIosText() {
        ConfigScript s = ConfigScript.of("interface GigabitEthernet0/0", "ip address 10.0.0.1 255.0.255.0",
                "ip address 10.0.0.0 255.255.255.0", "ip address 10.1.1.1 255.255.255.0",
                "interface GigabitEthernet0/1", "ip address 10.1.1.2 255.255.0.0");
        assertThat(s.output).containsExactly("Bad mask 0xFF00FF00 for address 10.0.0.1",
                "Bad mask /24 for address 10.0.0.0", "% 10.1.0.0 overlaps with GigabitEthernet0/0");
        assertThat(s.config.iface(InterfaceName.parse("GigabitEthernet0/1").orElseThrow()).address()).isNull();
    }

    @Test
    void startupLoadBringsUpMentionedPhysicalInterfaces() {
        ConfigScript boot = ConfigScript.startup();
        boot.run(java.util.List.of("interface GigabitEthernet0/0", " ip address 192.0.2.1 255.255.255.0",
                "interface GigabitEthernet0/1", " shutdown"));
        assertThat(boot.config.iface(GI0).shutdown()).isFalse();
        assertThat(boot.config.iface(InterfaceName.parse("GigabitEthernet0/1").orElseThrow()).shutdown()).isTrue();
        assertThat(boot.config.iface(InterfaceName.parse("GigabitEthernet0/2").orElseThrow()).shutdown()).isTrue();
        boot.run(java.util.List.of("interface GigabitEthernet0/1", " description opened twice"));
        assertThat(boot.config.iface(InterfaceName.parse("GigabitEthernet0/1").orElseThrow()).shutdown()).isTrue();
        ConfigScript typed = ok("interface GigabitEthernet0/0");
        assertThat(typed.config.iface(GI0).shutdown()).isTrue();
    }
}
