package iosim.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import iosim.shell.cli.CliSession;
import iosim.shell.console.StdinConsole;
import iosim.shell.controller.RouterRuntime;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The live show/monitor commands through the stdin console of a lab router: show interfaces and
 * show ip interface brief from the dataplane, clear counters with its prompt, show crypto ikev2
 * stats, the extended ping dialog answered line by line, ping keywords, logging console/buffered
 * and show logging. The transcript, with run-dependent fields masked ({@link TranscriptMask} plus
 * the interface counters, rates and times), must equal {@code live-show/<lab>.<ROUTER>.out};
 * live figures are checked on the raw transcript. {@code -Dgolden.update=true} rewrites the goldens.
 */
class LiveShowTranscriptTest {
    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "seed-site-to-site | SITE-A | ",
        "vti-gcm           | SITE-A | Line protocol on Interface Tunnel0, changed state to up",
    })
    void transcript(String labDir, String router, String waitFor) throws Exception {
        Path dir = Prerequisites.locate("tests/src/test/resources/live-show");
        String script = Files.readString(dir.resolve(labDir + "." + router + ".cli"));
        try (ScenarioLab lab = new ScenarioLab(labDir, tmp)) {
            RouterRuntime rt = lab.router(router);
            if (waitFor != null) {
                logged(rt, waitFor).get(30, TimeUnit.SECONDS);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
            StdinConsole console = new StdinConsole(new BufferedReader(new StringReader(script)), out);
            console.run(new CliSession(rt.router(), console, "console"));
            String raw = bytes.toString(StandardCharsets.UTF_8);

            liveFigures(labDir, raw);
            String masked = mask(raw);
            Path golden = dir.resolve(labDir + "." + router + ".out");
            if (Boolean.getBoolean("golden.update")) {
                Files.writeString(golden, masked);
            }
            assertThat(golden).as("golden file; create it with -Dgolden.update=true").exists();
            assertThat(masked).isEqualTo(Files.readString(golden));
        }
    }

    /** The numbers the masks hide must still be live: traffic counted, the tunnel counted by IKE. */
    private static void liveFigures(String lab, String raw) {
        Matcher in = Pattern.compile("\n     (\\d+) packets input, (\\d+) bytes").matcher(raw);
        assertThat(in.find()).as(raw).isTrue();
        assertThat(Long.parseLong(in.group(1))).isGreaterThanOrEqualTo(5);
        if (lab.equals("seed-site-to-site")) {
            assertThat(raw).contains("Total outgoing IKEv2 SA Count:    1        active:        1 ");
            assertThat(raw).contains("Outgoing IKEv2 Requests: 1        accepted:      1 ");
            assertThat(raw).contains("Success rate is 100 percent (3/3)"); // extended ping, verbose, tunnel up
            assertThat(raw).contains("SITE-A#show interfaces GigabitEthernet0/0 | include packets input|packets output"
                    + "|clearing\n  Last clearing of \"show interface\" counters 00:00:00\n     0 packets input, 0 bytes");
        } else {
            assertThat(raw).contains("Tunnel0 is up, line protocol is up \n");
            assertThat(raw).contains("\n     5 packets output, ");
        }
    }

    /** {@link TranscriptMask} plus the interface counters, rates, times and MAC addresses. */
    static String mask(String raw) {
        return Arrays.stream(TranscriptMask.mask(raw).split("\n", -1)).map(LiveShowTranscriptTest::maskLive)
                .collect(Collectors.joining("\n"));
    }

    static String maskLive(String l) {
        l = l.replaceAll("address is [0-9a-f]{4}\\.[0-9a-f]{4}\\.[0-9a-f]{4} \\(bia [0-9a-f.]+\\)", "address is <MAC> (bia <MAC>)");
        l = l.replaceAll("^(     )\\d+( packets (?:input|output), )\\d+", "$1<N>$2<B>");
        l = l.replaceAll("(rate )\\d+( bits/sec, )\\d+", "$1<R>$2<R>");
        l = l.replaceAll("(txload|rxload) \\d+/255", "$1 <L>/255");
        l = l.replaceAll("Last input [0-9:dhw]+|Last input never", "Last input <T>");
        l = l.replaceAll("output [0-9:dhw]+, output hang", "output <T>, output hang");
        l = l.replaceAll("(counters) \\d\\d:\\d\\d:\\d\\d", "$1 <HMS>");
        l = l.replaceAll("(Received )\\d+( broadcasts)", "$1<N>$2");
        l = l.replaceAll("(Input queue: 0/\\d+/)\\d+", "$1<N>");
        l = l.replaceAll("(Total output drops: )\\d+", "$1<N>");
        l = l.replaceAll("^(     )\\d+( (?:input errors|unknown protocol drops))", "$1<N>$2");
        l = l.replaceAll("(Reply to request \\d+ \\()\\d+( ms\\))", "$1<T>$2");
        l = l.replaceAll("(, )\\d+( messages? (?:lines )?logged)", "$1<N>$2");
        l = l.replaceAll("^(IKE_SA_INIT|IKE_AUTH|INFORMATIONAL|NAT_DETECTION_\\w+|INITIAL_CONTACT)( +).*", "$1$2<COUNTS>");
        return l;
    }

    private static CompletableFuture<String> logged(RouterRuntime rt, String text) {
        CompletableFuture<String> f = new CompletableFuture<>();
        iosim.shell.cli.Syslog.Listener l = line -> {
            if (line.contains(text)) {
                f.complete(line);
            }
        };
        rt.router().syslog().addListener(l);
        rt.router().syslog().lines().stream().filter(x -> x.contains(text)).findFirst().ifPresent(f::complete);
        return f.whenComplete((x, e) -> rt.router().syslog().removeListener(l));
    }
}
