package iosim.transcript;

import iosim.shell.cli.CliSession;
import iosim.shell.cli.Router;
import iosim.shell.cli.RunningConfigEngine;
import iosim.shell.cli.StartupConfigStore;
import iosim.shell.console.StdinConsole;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Replays a {@link Transcript} through the stdin console and returns what the console printed.
 * The typed lines are read from the expected session itself: whenever the console asks for a
 * line, the text after what it has printed so far, up to the end of that line, is what the
 * user typed there (a line typed as {@code ^Z} is sent as Ctrl-Z; after {@code Password: } the
 * next secret is sent). Replay stops as soon as the output leaves the expected text.
 */
final class TranscriptReplay {
    static final Instant CLOCK = Instant.parse("2026-03-03T09:42:13.507Z");

    private TranscriptReplay() {}

    static String replay(Transcript t, Path dir) throws IOException {
        Path nvram = dir.resolve("startup-config");
        if (t.startupConfig() != null) {
            Files.writeString(nvram, t.startupConfig());
        }
        Router router = new Router(new RunningConfigEngine(), new StartupConfigStore(nvram),
                Clock.fixed(CLOCK, ZoneOffset.UTC), "startup-config");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        List<String> errors = router.boot();
        for (String e : errors) {
            out.print(e + "\n");
        }
        Typist typist = new Typist(t.session(), bytes, t.secrets());
        StdinConsole console = new StdinConsole(typist, out);
        console.run(new CliSession(router, console, "console"));
        out.flush();
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** Types the lines the expected session shows after each prompt. */
    private static final class Typist extends BufferedReader {
        private final String expected;
        private final ByteArrayOutputStream printed;
        private final Deque<String> secrets;

        Typist(String expected, ByteArrayOutputStream printed, List<String> secrets) {
            super(Reader.nullReader());
            this.expected = expected;
            this.printed = printed;
            this.secrets = new ArrayDeque<>(secrets);
        }

        @Override
        public String readLine() {
            String so = printed.toString(StandardCharsets.UTF_8);
            if (!expected.startsWith(so)) {
                return null;
            }
            if (so.endsWith("Password: ")) {
                return secrets.poll();
            }
            String rest = expected.substring(so.length());
            int nl = rest.indexOf('\n');
            if (nl <= 0) {
                return null;
            }
            String line = rest.substring(0, nl);
            if (line.endsWith("^Z")) {
                return line.substring(0, line.length() - 2) + "\u001a";
            }
            return line;
        }
    }
}
