package iosim.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import iosim.shell.cli.CliSession;
import iosim.shell.cli.Syslog;
import iosim.shell.console.StdinConsole;
import iosim.shell.controller.RouterRuntime;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each training lab of running-configs/, brought up in-process, with a console script typed
 * into its console router through the stdin console. The transcript, with run-dependent fields
 * masked and the asynchronous log lines dropped ({@link TranscriptMask}), must equal
 * {@code scenarios/<lab>/<ROUTER>.out}; the ping must succeed or fail as the lab intends, and the
 * log must show the lab's key line. {@code -Dgolden.update=true} rewrites the golden files.
 */
class ScenarioTranscriptTest {
    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "seed-site-to-site         | SITE-A | true  | | %CRYPTO-5-IKEV2_SESSION_STATUS: Crypto tunnel v2 is UP",
        "vti-gcm                   | SITE-A | true  | Line protocol on Interface Tunnel0, changed state to up | %CRYPTO-5-IKEV2_SESSION_STATUS: Crypto tunnel v2 is UP",
        "hub-two-spokes            | HUB    | true  | | Peer 203.0.113.40:500",
        "transport-host-to-host    | SITE-A | true  | | %CRYPTO-5-IKEV2_SESSION_STATUS: Crypto tunnel v2 is UP",
        "nat-t-pat                 | SITE-A | true  | | Peer 203.0.113.20:4500",
        "phase1-mismatch           | SITE-A | false | | Received no proposal chosen notify",
        "phase2-transform-mismatch | SITE-A | false | | Received no proposal chosen notify",
        "acl-mismatch              | SITE-A | false | | Received TS unacceptable notify",
        "psk-mismatch              | SITE-A | false | | Failed to authenticate the IKE SA",
    })
    void transcript(String labDir, String router, boolean pingSucceeds, String waitFor, String logged) throws Exception {
        Path scenario = Prerequisites.locate("tests/src/test/resources/scenarios/" + labDir);
        String script = Files.readString(scenario.resolve(router + ".cli"));
        try (ScenarioLab lab = new ScenarioLab(labDir, tmp)) {
            RouterRuntime rt = lab.router(router);
            if (waitFor != null) {
                next(rt.router().syslog(), waitFor, true).get(30, TimeUnit.SECONDS);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
            StdinConsole console = new StdinConsole(new BufferedReader(new StringReader(script)), out);
            console.run(new CliSession(rt.router(), console, "console"));
            String raw = bytes.toString(StandardCharsets.UTF_8);

            int rate = lastPingRate(raw, script);
            if (pingSucceeds) {
                assertThat(rate).as(raw).isGreaterThanOrEqualTo(60);
            } else {
                assertThat(rate).as(raw).isZero();
            }
            assertThat(String.join("\n", rt.router().syslog().lines())).contains(logged);

            String masked = TranscriptMask.mask(raw);
            Path golden = scenario.resolve(router + ".out");
            if (Boolean.getBoolean("golden.update")) {
                Files.writeString(golden, masked);
            }
            assertThat(golden).as("golden file; create it with -Dgolden.update=true").exists();
            assertThat(masked).isEqualTo(Files.readString(golden));
        }
    }

    /** The success rate of the last ping of the script that went beyond the first hop. */
    private static int lastPingRate(String raw, String script) {
        Matcher m = Pattern.compile("Success rate is (\\d+) percent").matcher(raw);
        int last = -1;
        while (m.find()) {
            last = Integer.parseInt(m.group(1));
        }
        return last;
    }

    private static CompletableFuture<String> next(Syslog log, String text, boolean includePast) {
        CompletableFuture<String> f = new CompletableFuture<>();
        Syslog.Listener l = line -> {
            if (line.contains(text)) {
                f.complete(line);
            }
        };
        log.addListener(l);
        if (includePast) {
            log.lines().stream().filter(x -> x.contains(text)).findFirst().ifPresent(f::complete);
        }
        return f.whenComplete((x, e) -> log.removeListener(l));
    }
}
