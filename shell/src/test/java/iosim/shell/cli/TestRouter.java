package iosim.shell.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;

/** A router on the real config-model with a frozen clock, and a session whose output is captured. */
final class TestRouter {
    final Path nvram;
    final Router router;
    final Script term = new Script();
    final CliSession session;

    TestRouter(Path dir, String startup) throws IOException {
        this(dir, startup, iosim.config.Platform.IOSV);
    }

    TestRouter(Path dir, String startup, iosim.config.Platform platform) throws IOException {
        nvram = dir.resolve("startup.cfg");
        if (startup != null) {
            Files.writeString(nvram, startup);
        }
        router = new Router(new RunningConfigEngine(platform), new StartupConfigStore(nvram),
                Clock.fixed(Instant.parse("2026-03-03T09:42:13.507Z"), ZoneOffset.UTC), "startup.cfg");
        router.boot();
        session = new CliSession(router, term, "console");
    }

    /** Runs lines; returns what they printed. */
    String run(String... lines) {
        term.out.setLength(0);
        for (String l : lines) {
            session.execute(l);
        }
        return term.out.toString();
    }

    String help(String before) {
        term.out.setLength(0);
        session.help(before);
        return term.out.toString();
    }

    String running() {
        return router.config().render();
    }

    /** A terminal with scripted answers. */
    static final class Script implements Terminal {
        final StringBuilder out = new StringBuilder();
        final Deque<String> answers = new ArrayDeque<>();

        @Override
        public void print(String text) {
            out.append(text);
        }

        @Override
        public String confirm(String question) {
            out.append(question).append('\n');
            return answers.isEmpty() ? "" : answers.poll();
        }

        @Override
        public String readSecret(String question) {
            out.append(question).append('\n');
            return answers.poll();
        }

        @Override
        public boolean interactive() {
            return false;
        }
    }
}
