package iosim.shell.cli;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The router's syslog, as IOS routes messages: every message is stamped per {@code service
 * timestamps log|debug} ({@code *Mar  3 09:42:13.507: }, the {@code *} meaning the clock is not
 * authoritative; {@code 00:12:31: } for uptime), kept in the log buffer when its severity passes
 * {@code logging buffered} (within the buffer's size in bytes), shown on the console when it
 * passes {@code logging console}, and on a vty session only while that session has
 * {@code terminal monitor} on. Debug output is severity 7 (debugging); a {@code %FAC-N-MNEMONIC}
 * message has severity N. Counts what went where for {@code show logging}.
 */
public final class Syslog {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("MMM ppd HH:mm:ss", Locale.ENGLISH);
    private static final Pattern SEVERITY = Pattern.compile("^%[A-Z0-9_]+-([0-7])-[A-Z0-9_]+:");
    /** How many recent messages {@link #lines()} keeps, whatever the logging settings. */
    private static final int RECENT_LINES = 4096;
    /** IOS's trap level default: informational. */
    private static final int TRAP_LEVEL = 6;

    private final Clock clock;
    private final Supplier<Duration> uptime;
    private final Supplier<LogSettings> settings;
    private final Deque<String> recent = new ArrayDeque<>();
    private final Deque<String> buffer = new ArrayDeque<>();
    private long bufferBytes;
    private long consoleCount;
    private long monitorCount;
    private long bufferCount;
    private long trapCount;
    private final List<Listener> listeners = new ArrayList<>();
    private final List<Listener> consoles = new ArrayList<>();
    private final List<Monitor> monitors = new ArrayList<>();

    /** Receives messages (a console, an SSH session, a test waiting for a line). */
    public interface Listener {
        void message(String line);
    }

    private record Monitor(Listener listener, BooleanSupplier on) {}

    /** A syslog with IOS-XE's default settings and no uptime (tests, tools). */
    public Syslog(Clock clock) {
        this(clock, () -> Duration.ZERO, () -> LogSettings.DEFAULT);
    }

    /**
     * @param uptime   time since boot, for {@code service timestamps ... uptime}
     * @param settings the running-config's logging settings, read at every message
     */
    public Syslog(Clock clock, Supplier<Duration> uptime, Supplier<LogSettings> settings) {
        this.clock = clock;
        this.uptime = uptime;
        this.settings = settings;
    }

    /** Severity of a message: N of {@code %FAC-N-MNEMONIC:}, else 7 (debug output). */
    public static int severity(String message) {
        Matcher m = SEVERITY.matcher(message);
        return m.find() ? m.group(1).charAt(0) - '0' : 7;
    }

    /**
     * Logs {@code %FACILITY-SEVERITY-MNEMONIC: text} (or a debug line) with the configured
     * timestamp. Listeners are told in order, under the lock, as the messages are logged.
     */
    public synchronized void log(String message) {
        LogSettings s = currentSettings();
        int severity = severity(message);
        boolean debug = !SEVERITY.matcher(message).find();
        String line = stamp(debug ? s.debugStamp() : s.logStamp()) + message;
        recent.addLast(line);
        if (recent.size() > RECENT_LINES) {
            recent.removeFirst();
        }
        if (!debug && severity <= TRAP_LEVEL) {
            trapCount++;
        }
        if (s.bufferOn() && severity <= LogSettings.severity(s.bufferLevel())) {
            buffer(line, s.bufferSize());
        }
        for (Listener l : List.copyOf(listeners)) {
            l.message(line);
        }
        if (s.consoleOn() && severity <= LogSettings.severity(s.consoleLevel())) {
            consoleCount++;
            for (Listener l : List.copyOf(consoles)) {
                l.message(line);
            }
        }
        boolean monitored = false;
        for (Monitor m : List.copyOf(monitors)) {
            if (m.on().getAsBoolean()) {
                m.listener().message(line);
                monitored = true;
            }
        }
        if (monitored) {
            monitorCount++;
        }
    }

    private LogSettings currentSettings() {
        try {
            LogSettings s = settings.get();
            return s == null ? LogSettings.DEFAULT : s;
        } catch (RuntimeException e) {
            return LogSettings.DEFAULT; // the running-config is being replaced (reload)
        }
    }

    private void buffer(String line, int size) {
        buffer.addLast(line);
        bufferBytes += line.length() + 1;
        bufferCount++;
        while (bufferBytes > size && buffer.size() > 1) {
            bufferBytes -= buffer.removeFirst().length() + 1;
        }
    }

    private String stamp(LogSettings.Stamp stamp) {
        if (stamp == null) {
            return "";
        }
        if (stamp == LogSettings.Stamp.UPTIME) {
            return uptimeStamp(uptime.get()) + ": ";
        }
        ZonedDateTime t = ZonedDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        String ms = stamp == LogSettings.Stamp.DATETIME_MSEC ? String.format(Locale.ROOT, ".%03d", t.getNano() / 1_000_000) : "";
        return "*" + STAMP.format(t) + ms + ": ";
    }

    /** {@code 00:12:31} under a day, then {@code 1d02h}, then {@code 1w2d}. */
    static String uptimeStamp(Duration d) {
        long s = Math.max(0, d.getSeconds());
        long days = s / 86_400;
        if (days == 0) {
            return String.format(Locale.ROOT, "%02d:%02d:%02d", s / 3600, (s / 60) % 60, s % 60);
        }
        return days < 7 ? String.format(Locale.ROOT, "%dd%02dh", days, (s / 3600) % 24)
                : String.format(Locale.ROOT, "%dw%dd", days / 7, days % 7);
    }

    /** Every message as it is logged, whatever the logging levels (tools and tests). */
    public synchronized void addListener(Listener l) {
        listeners.add(l);
    }

    /** A console line: messages up to the {@code logging console} level, none after {@code no logging console}. */
    public synchronized void addConsoleListener(Listener l) {
        consoles.add(l);
    }

    /** A vty line: messages only while {@code monitoring} says {@code terminal monitor} is on. */
    public synchronized void addMonitorListener(Listener l, BooleanSupplier monitoring) {
        monitors.add(new Monitor(l, monitoring));
    }

    public synchronized void removeListener(Listener l) {
        listeners.remove(l);
        consoles.remove(l);
        monitors.removeIf(m -> m.listener() == l);
    }

    /** The most recent messages (up to 4096), oldest first, whatever the logging levels. */
    public synchronized List<String> lines() {
        return List.copyOf(recent);
    }

    /** The log buffer ({@code logging buffered}), oldest first. */
    public synchronized List<String> buffered() {
        return List.copyOf(buffer);
    }

    /** {@code clear logging}: empties the log buffer. */
    public synchronized void clear() {
        buffer.clear();
        bufferBytes = 0;
    }

    /** The counts {@code show logging} prints, and the settings in force. */
    public record Counts(long console, long monitor, long buffer, long trap, LogSettings settings) {}

    public synchronized Counts counts() {
        return new Counts(consoleCount, monitorCount, bufferCount, trapCount, currentSettings());
    }
}
