package iosim.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import iosim.shell.cli.CliSession;
import iosim.shell.console.StdinConsole;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** traceroute on SITE-A of the seed lab: the probes follow the crypto map. */
class TracerouteThroughCryptoTest {
    @TempDir
    Path tmp;

    @Test
    void tracerouteFromTheLanIsEncrypted() throws Exception {
        try (ScenarioLab lab = new ScenarioLab("seed-site-to-site", tmp)) {
            String out = run(lab, """
                    enable
                    class
                    terminal length 0
                    ping 10.0.0.1 source GigabitEthernet0/1
                    show crypto ipsec sa | include encaps
                    traceroute 10.0.0.1 source GigabitEthernet0/1
                    show crypto ipsec sa | include encaps
                    traceroute 10.0.0.1
                    """);
            int before = encaps(out, 0);
            int at = out.indexOf("SITE-A#traceroute 10.0.0.1 source GigabitEthernet0/1");
            String sourced = out.substring(at, out.indexOf("SITE-A#", at + 10));
            // SITE-B answers port unreachable from 10.0.0.1 (at most one per 500 ms: IOS's classic
            // "*" in the middle); its ACL matches, so the answers come back encrypted
            assertThat(sourced).as(out).containsPattern("\n  1 10\\.0\\.0\\.1 \\d+ msec( \\d+ msec| \\* )+\n$");
            assertThat(encaps(out, at)).as(out).isEqualTo(before + 3);
            // from the outside address the crypto ACL does not match: hop 1 is the ISP, which has no
            // route to 10.0.0.0/24, so hop 2 is its host unreachable and the trace ends with IOS's !H marks
            at = out.indexOf("SITE-A#traceroute 10.0.0.1\n");
            String plain = out.substring(at, out.indexOf("SITE-A#", at + 10));
            assertThat(plain).as(out).containsPattern("\n  1 203\\.0\\.113\\.1 \\d+ msec \\d+ msec \\d+ msec\n"
                    + "  2 203\\.0\\.113\\.1( !H | \\* )+\n$");
        }
    }

    /** The encaps count of the first show after {@code from}. */
    private static int encaps(String out, int from) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("#pkts encaps: (\\d+)").matcher(out);
        if (!m.find(from)) {
            throw new AssertionError("no encaps count after " + from + " in " + out);
        }
        return Integer.parseInt(m.group(1));
    }

    private static String run(ScenarioLab lab, String script) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        StdinConsole console = new StdinConsole(new BufferedReader(new StringReader(script)), out);
        console.run(new CliSession(lab.router("SITE-A").router(), console, "console"));
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
