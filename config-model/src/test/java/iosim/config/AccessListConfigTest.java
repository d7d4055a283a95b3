package iosim.config;

import static iosim.config.ConfigTestSupport.block;
import static iosim.config.ConfigTestSupport.lines;
import static iosim.config.ConfigTestSupport.ok;
import static iosim.config.ConfigTestSupport.render;
import static org.assertj.core.api.Assertions.assertThat;

import iosim.config.mode.Mode;
import iosim.config.model.AclRule;
import iosim.config.model.Ipv4;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccessListConfigTest {

    @Test
    void extendedNamedListAutoNumbersByTenAndKeepsExplicitSequences() {
        ConfigScript s = ok("ip access-list extended VPN-ACL",
                "permit ip 192.168.1.0 0.0.0.255 10.0.0.0 0.0.0.255",
                "deny tcp any host 10.0.0.5 eq www log",
                "15 permit udp host 192.0.2.1 eq isakmp any range 1000 2000",
                "remark trailing remark",
                "permit esp any any",
                "permit ahp any any",
                "permit icmp any any echo",
                "permit tcp any any established",
                "permit 88 any any");
        assertThat(s.mode()).isEqualTo(Mode.EXT_NACL);
        assertThat(block(s.config, "ip access-list extended VPN-ACL")).isEqualTo("""
                ip access-list extended VPN-ACL
                 10 permit ip 192.168.1.0 0.0.0.255 10.0.0.0 0.0.0.255
                 15 permit udp host 192.0.2.1 eq isakmp any range 1000 2000
                 20 deny tcp any host 10.0.0.5 eq www log
                 30 remark trailing remark
                 40 permit esp any any
                 50 permit ahp any any
                 60 permit icmp any any echo
                 70 permit tcp any any established
                 80 permit 88 any any
                """);
    }

    @Test
    void hostBitsUnderTheWildcardAreCleared() {
        ConfigScript s = ok("ip access-list extended A", "permit ip 192.168.1.77 0.0.0.255 any");
        assertThat(lines(s.config)).contains(" 10 permit ip 192.168.1.0 0.0.0.255 any");
        AclRule r = s.config.accessList("A").entries().get(10);
        assertThat(r.source().matches(Ipv4.parse("192.168.1.200").orElseThrow())).isTrue();
        assertThat(r.protocol()).isZero();
    }

    @Test
    void noFormsRemoveBySequenceOrByContentAndTheWholeList() {
        ConfigScript s = ok("ip access-list extended A", "permit ip any any", "deny ip any any", "remark x",
                "no 10", "no deny ip any any");
        assertThat(s.config.accessList("A").entries()).containsOnlyKeys(30);
        s.run(List.of("exit", "no ip access-list extended A"));
        assertThat(s.config.accessList("A")).isNull();
        assertThat(render(s.config)).doesNotContain("access-list");
    }

    @Test
    void duplicateSequenceIsRejected() {
        ConfigScript s = ConfigScript.of("ip access-list extended A", "10 permit ip any any", "10 deny ip any any");
        assertThat(s.output).containsExactly("% Duplicate sequence number");
        assertThat(s.config.accessList("A").entries()).hasSize(1);
    }

    @Test
    void standardNamedListShowsHostsWithoutTheKeyword() {
        ConfigScript s = ok("ip access-list standard NAT", "permit 192.168.1.0 0.0.0.255", "deny host 10.1.1.1",
                "permit any log");
        assertThat(s.mode()).isEqualTo(Mode.STD_NACL);
        assertThat(block(s.config, "ip access-list standard NAT")).isEqualTo("""
                ip access-list standard NAT
                 10 permit 192.168.1.0 0.0.0.255
                 20 deny   10.1.1.1
                 30 permit any log
                """);
    }

    @Test
    void aListNameCannotChangeKind() {
        ConfigScript s = ConfigScript.of("ip access-list standard X", "exit", "ip access-list extended X");
        assertThat(s.output).containsExactly("% A named standard IP access list with this name already exists");
        assertThat(s.config.accessList("X").extended()).isFalse();
    }

    @Test
    void numberedListsRenderAsAccessListLinesInNumericOrder() {
        ConfigScript s = ok("access-list 110 remark web only", "access-list 110 permit tcp any any eq 80",
                "access-list 2 permit 10.0.0.0 0.255.255.255", "access-list 1300 deny   any");
        assertThat(lines(s.config)).containsSubsequence("access-list 2 permit 10.0.0.0 0.255.255.255",
                "access-list 110 remark web only", "access-list 110 permit tcp any any eq www",
                "access-list 1300 deny   any");
        s.line("no access-list 110");
        assertThat(render(s.config)).doesNotContain("access-list 110");
    }

    @Test
    void numberedListKindFollowsTheNumber() {
        ConfigScript s = ConfigScript.of("access-list 10 permit ip any any", "access-list 100 permit any",
                "access-list 250 permit any", "ip access-list extended 10", "ip access-list standard 1abc");
        assertThat(s.errors).hasSize(5);
        assertThat(s.config.accessLists()).isEmpty();
        ok("ip access-list extended 150", "permit ip any any");
    }

    @Test
    void portNamesMustFitTheProtocol() {
        ConfigScript s = ConfigScript.of("ip access-list extended A", "permit tcp any any eq isakmp",
                "permit udp any any eq www", "permit udp any any established", "permit tcp any any eq 70000");
        assertThat(s.errors).hasSize(4);
        assertThat(s.config.accessList("A").entries()).isEmpty();
    }
}
