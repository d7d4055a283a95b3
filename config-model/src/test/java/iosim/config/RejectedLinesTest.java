package iosim.config;

import static iosim.config.ConfigTestSupport.render;
import static org.assertj.core.api.Assertions.assertThat;

import iosim.config.apply.ApplyResult;
import iosim.config.apply.ConfigApplier;
import iosim.config.apply.ModeContext;
import iosim.config.mode.Mode;
import iosim.grammar.cli.CommandMatcher;
import iosim.grammar.cli.MatchResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A line IOS rejects changes nothing, and the applier never throws. */
class RejectedLinesTest {
    static final List<String> REJECTED_IN_CONFIG = List.of(
            "hostname bad.name",
            "enable secret 8 $8$nothash",
            "interface GigabitEthernet0/9",
            "no interface GigabitEthernet0/0",
            "ip route 10.0.0.1 255.255.255.0 192.0.2.1",
            "ip route 10.0.0.0 255.0.255.0 192.0.2.1",
            "no ip route 10.99.0.0 255.255.0.0",
            "ip route 10.1.0.0 255.255.0.0 192.0.2.1 0",
            "access-list 100 permit any",
            "access-list 5 permit ip any any",
            "access-list 3000 permit any",
            "ip access-list standard VPN-ACL",
            "ip access-list extended 42",
            "no ip nat inside source list NOPE interface GigabitEthernet0/0",
            "crypto map VPN-MAP 70000 ipsec-isakmp",
            "crypto ikev2 dpd 5 2 on-demand",
            "crypto ikev2 nat keepalive 1",
            "crypto ikev2 cookie-challenge 5000",
            "crypto ikev2 fragmentation mtu 67",
            "crypto ikev2 fragmentation mtu 1501",
            "crypto ipsec security-association lifetime seconds 10",
            "crypto ipsec security-association lifetime kilobytes 10",
            "crypto key generate rsa modulus 256 label K",
            "crypto key generate rsa label A label B",
            "crypto key generate rsa modulus 1024",
            "crypto key zeroize rsa NOPE",
            "line vty 3 1",
            "line aux 0",
            "username u privilege 99 secret x",
            "username u secret 5 nothash",
            "logging buffered 10");

    static final List<String> REJECTED_IN_SUBMODES = List.of(
            "interface GigabitEthernet0/1", "ip address 192.168.1.0 255.255.255.0",
            "ip address 203.0.113.99 255.255.255.0", "tunnel source GigabitEthernet0/0",
            "description " + "x".repeat(241),
            "crypto ikev2 profile SITE-B-PROFILE", "lifetime 100000", "dpd 10 99 periodic",
            "ip access-list extended VPN-ACL", "10 permit ip any any", "permit tcp any any eq 99999",
            "permit udp any any eq www", "permit tcp any range 20 10 any",
            "crypto ipsec profile P", "set security-association lifetime seconds 5",
            "crypto map VPN-MAP 10", "set transform-set A B C D E F G");

    static final Path SEED = Path.of("../running-configs/seed-site-a.cfg");

    @Test
    void rejectedConfigLinesChangeNothing() throws IOException {
        ConfigScript s = ConfigScript.load(SEED);
        String before = render(s.config);
        RunningConfig snapshot = ConfigScript.load(SEED).config;
        for (String line : REJECTED_IN_CONFIG) {
            assertThat(s.line(line)).as(line).isNotNull();
            assertThat(s.last == null || !s.last.accepted()).as(line).isTrue();
        }
        assertThat(render(s.config)).isEqualTo(before);
        assertThat(s.config).isEqualTo(snapshot);
    }

    @Test
    void rejectedSubmodeLinesChangeNothing() throws IOException {
        ConfigScript s = ConfigScript.load(SEED);
        String before = render(s.config);
        int rejected = 0;
        for (String line : REJECTED_IN_SUBMODES) {
            String before1 = render(s.config);
            String err = s.line(line);
            if (err != null) {
                rejected++;
                assertThat(render(s.config)).as(line).isEqualTo(before1);
            }
        }
        assertThat(rejected).isEqualTo(12);
        // the accepted lines only entered existing objects or created the empty ipsec profile P
        assertThat(render(s.config).replace("crypto ipsec profile P\n!\n", "")).isEqualTo(before);
    }

    @Test
    void applierNeverThrowsOnTreesFromTheWrongModeOrStaleContexts() {
        RunningConfig c = new RunningConfig();
        ConfigApplier applier = new ConfigApplier(c);
        CommandMatcher matcher = new CommandMatcher();
        String[][] cases = {
                {"if_line", "ip address 10.0.0.1 255.255.255.0"},
                {"ikev2_proposal_line", "encryption aes-cbc-128"},
                {"ikev2_keyring_peer_line", "address 10.0.0.1"},
                {"crypto_map_line", "set peer 10.0.0.1"},
                {"ext_nacl_line", "permit ip any any"},
                {"line_line", "login local"},
                {"pki_trustpoint_line", "enrollment selfsigned"},
                {"ipsec_profile_line", "set pfs group14"},
        };
        String before = render(c);
        for (String[] k : cases) {
            MatchResult r = matcher.match(k[0], k[1]);
            assertThat(r).as(k[1]).isInstanceOf(MatchResult.Matched.class);
            var tree = ((MatchResult.Matched) r).tree();
            for (Mode mode : Mode.values()) {
                for (ModeContext ctx : List.of(ModeContext.NONE, ModeContext.of("GONE"), ModeContext.of("GONE", "7"),
                        ModeContext.of("vty", "0 4"))) {
                    ApplyResult res = applier.apply(mode, ctx, tree);
                    assertThat(res).isNotNull();
                }
            }
        }
        assertThat(applier.apply(Mode.CONFIG, null, null).accepted()).isTrue();
        // stale or foreign contexts never create objects: the only change is the one valid pairing
        // (a (config-line) statement applied with the vty 0-4 context)
        assertThat(render(c)).isEqualTo(before.replace("line vty 0 4\n login\n", "line vty 0 4\n login local\n"));
    }

    @Test
    void randomWordSoupNeverBreaksTheModel() throws IOException {
        ConfigScript s = ConfigScript.load(SEED);
        String before = render(s.config);
        String[] words = {"crypto", "ikev2", "ipsec", "map", "no", "ip", "address", "10.0.0.1", "255.255.255.0",
                "permit", "deny", "any", "host", "set", "peer", "interface", "Tunnel0", "GigabitEthernet0/9",
                "route", "999", "-1", "\u00e9\u00e8", "\u0001", "access-list", "proposal", "group", "31", "line",
                "vty", "16", "hostname", "!", "#", "secret", "7", "9", "$9$x", "exit", "end", "do"};
        Random rnd = new Random(42);
        for (int i = 0; i < 300; i++) {
            StringBuilder l = new StringBuilder();
            int n = 1 + rnd.nextInt(7);
            for (int w = 0; w < n; w++) {
                l.append(words[rnd.nextInt(words.length)]).append(' ');
            }
            String line = l.toString();
            if (line.startsWith("no ") || line.startsWith("hostname") || line.startsWith("interface")
                    || line.startsWith("exit") || line.startsWith("end") || line.startsWith("line")) {
                continue;
            }
            String beforeLine = render(s.config);
            String err = s.line(line);
            if (err != null) {
                assertThat(render(s.config)).as(line).isEqualTo(beforeLine);
            }
        }
        assertThat(render(s.config)).contains("crypto map VPN-MAP 10 ipsec-isakmp");
        assertThat(before).isNotEmpty();
    }
}
