package iosim.shell.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Garbage in every mode: binary, huge, unicode, control characters, mutated real commands.
 * Each line gets an IOS answer (never an internal error) and a rejected line leaves the
 * rendered running-config exactly as it was.
 */
class BadInputTest {
    @TempDir
    Path dir;

    private static final String[] REAL = {
        "crypto ikev2 proposal P", "encryption aes-cbc-256", "integrity sha256", "group 14",
        "crypto map M 10 ipsec-isakmp", "set peer 203.0.113.20", "match address VPN-ACL",
        "interface GigabitEthernet0/0", "ip address 203.0.113.10 255.255.255.0", "description uplink",
        "ip access-list extended VPN-ACL", "permit ip 192.168.1.0 0.0.0.255 10.0.0.0 0.0.0.255",
        "crypto ikev2 keyring K", "peer SITE-B", "address 203.0.113.20", "pre-shared-key cisco123!",
        "crypto ipsec transform-set T esp-aes 256 esp-sha256-hmac", "mode tunnel", "hostname R1",
        "line vty 0 4", "transport input ssh", "crypto pki trustpoint TP", "enrollment selfsigned",
    };

    @Test
    void garbageIsAnsweredAndRejectedLinesChangeNothing() throws Exception {
        String seed = Files.readString(Path.of("..", "running-configs", "seed-site-a.cfg"));
        TestRouter r = new TestRouter(dir, seed);
        r.run("enable", "configure terminal");
        Random rnd = new Random(7);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 1200; i++) {
            lines.add(garbage(rnd));
        }
        lines.add("x".repeat(100_000));
        lines.add("crypto " + "ikev2 ".repeat(20_000));
        lines.add("description " + "\u00e9\u4e2d\ud83d\ude00".repeat(1000));
        lines.add("\u0000\u0001\u0002\u0007\u001b[2J");
        int rejected = 0;
        for (String line : lines) {
            if (line.strip().startsWith("!")) {
                continue;
            }
            String before = r.running();
            r.term.out.setLength(0);
            boolean ok;
            ok = r.session.execute(line);
            String out = r.term.out.toString();
            assertThat(out).as("line %s", line).doesNotContain("%Error: command failed").doesNotContain("Exception");
            if (!ok) {
                rejected++;
                assertThat(out).as("line %s", line).matches("(?s).*(% Invalid input|% Incomplete|% Ambiguous|%|\\^).*");
                assertThat(r.running()).as("rejected line changed the config: %s", line).isEqualTo(before);
            }
            if (!r.session.mode().isConfig()) {
                r.run("configure terminal");
            }
        }
        assertThat(rejected).isGreaterThan(400);
    }

    private static String garbage(Random rnd) {
        switch (rnd.nextInt(5)) {
            case 0: {
                StringBuilder sb = new StringBuilder();
                for (int i = rnd.nextInt(40); i > 0; i--) {
                    sb.append((char) rnd.nextInt(256));
                }
                return sb.toString();
            }
            case 1: {
                StringBuilder sb = new StringBuilder();
                for (int i = rnd.nextInt(20); i > 0; i--) {
                    sb.appendCodePoint(rnd.nextInt(0x1F000));
                }
                return sb.toString();
            }
            case 2: {
                String[] w = REAL[rnd.nextInt(REAL.length)].split(" ");
                int k = rnd.nextInt(w.length);
                w[k] = mutate(w[k], rnd);
                return String.join(" ", w);
            }
            case 3: {
                String[] w = REAL[rnd.nextInt(REAL.length)].split(" ");
                StringBuilder sb = new StringBuilder();
                for (String x : w) {
                    if (rnd.nextInt(3) > 0) {
                        sb.append(x.substring(0, 1 + rnd.nextInt(x.length()))).append(' ');
                    }
                }
                return sb.toString();
            }
            default:
                return "no " + REAL[rnd.nextInt(REAL.length)] + " " + rnd.nextInt(100000);
        }
    }

    private static String mutate(String word, Random rnd) {
        StringBuilder sb = new StringBuilder(word);
        int pos = rnd.nextInt(sb.length());
        switch (rnd.nextInt(3)) {
            case 0 -> sb.setCharAt(pos, (char) ('a' + rnd.nextInt(26)));
            case 1 -> sb.insert(pos, (char) (33 + rnd.nextInt(90)));
            default -> sb.deleteCharAt(pos);
        }
        return sb.toString();
    }
}
