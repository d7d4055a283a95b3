package iosim.shell.ssh;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The router's vty lines: which are busy, by whom, from where, idle since when. A login takes
 * the lowest free line (vty 0 first); the line is released when the session ends. Renders
 * {@code show users} in IOS's layout (IOSv numbering: con 0 is line 0, vty N is line N+2).
 */
public final class VtyLines {
    /** One busy vty line. */
    public static final class Session {
        private final int vty;
        private final String user;
        private final String source;
        private volatile Instant lastInput;

        Session(int vty, String user, String source, Instant now) {
            this.vty = vty;
            this.user = user;
            this.source = source;
            this.lastInput = now;
        }

        public int vty() {
            return vty;
        }

        public String user() {
            return user;
        }

        public String source() {
            return source;
        }

        /** The IOS line name, e.g. {@code vty0} (used in {@code Configured from vty0 by admin}). */
        public String lineName() {
            return "vty" + vty;
        }

        public Instant lastInput() {
            return lastInput;
        }

        public void touch(Instant now) {
            lastInput = now;
        }
    }

    private final Clock clock;
    private final List<Session> busy = new ArrayList<>();

    public VtyLines(Clock clock) {
        this.clock = clock;
    }

    /** Takes the lowest free line of {@code lines}; empty when all are busy. */
    public synchronized Optional<Session> open(String user, String source, int lines) {
        for (int n = 0; n < lines; n++) {
            int candidate = n;
            if (busy.stream().noneMatch(s -> s.vty == candidate)) {
                Session s = new Session(n, user, source, clock.instant());
                busy.add(s);
                busy.sort((a, b) -> Integer.compare(a.vty, b.vty));
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    public synchronized void close(Session s) {
        busy.remove(s);
    }

    public synchronized List<Session> sessions() {
        return List.copyOf(busy);
    }

    /**
     * {@code show users}: the console line and every busy vty; {@code current} (a vty line name
     * such as {@code vty0}, or {@code console}/{@code con0}) gets the {@code *}.
     */
    public String showUsers(String current, String consoleUser) {
        Instant now = clock.instant();
        StringBuilder b = new StringBuilder("    Line       User       Host(s)              Idle       Location\n");
        boolean console = "con0".equals(current) || "console".equals(current);
        b.append(row(console, 0, "con 0", consoleUser == null ? "" : consoleUser, "00:00:00", ""));
        for (Session s : sessions()) {
            b.append(row(s.lineName().equals(current), s.vty + 2, "vty " + s.vty, s.user,
                    idle(Duration.between(s.lastInput, now)), s.source));
        }
        b.append("\n  Interface    User               Mode         Idle     Peer Address\n\n");
        return b.toString();
    }

    private static String row(boolean star, int line, String name, String user, String idle, String location) {
        return String.format("%s%3d %-10s%-11s%-21s%-11s%s", star ? "*" : " ", line, name, user, "idle", idle,
                location) + "\n";
    }

    private static String idle(Duration d) {
        long s = Math.max(0, d.getSeconds());
        return String.format("%02d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
    }
}
