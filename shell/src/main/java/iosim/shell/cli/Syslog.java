package iosim.shell.cli;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The router's syslog: formats messages with IOS's timestamp ({@code *Mar  3 09:42:13.507: },
 * the {@code *} meaning the clock is not authoritative), keeps them for {@code show logging}
 * and queues them for the consoles, which print them after the prompt as IOS does.
 */
public final class Syslog {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("MMM ppd HH:mm:ss.SSS", Locale.ENGLISH);
    private static final int BUFFER_LINES = 4096;

    private final Clock clock;
    private final List<String> buffer = new ArrayList<>();
    private final List<Listener> listeners = new ArrayList<>();

    /** Receives every message as it is logged (a console or an SSH session). */
    public interface Listener {
        void message(String line);
    }

    public Syslog(Clock clock) {
        this.clock = clock;
    }

    /** Logs {@code %FACILITY-SEVERITY-MNEMONIC: text} with the current timestamp. */
    public synchronized void log(String message) {
        String line = "*" + STAMP.format(ZonedDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)) + ": " + message;
        buffer.add(line);
        if (buffer.size() > BUFFER_LINES) {
            buffer.remove(0);
        }
        for (Listener l : List.copyOf(listeners)) {
            l.message(line);
        }
    }

    public synchronized void addListener(Listener l) {
        listeners.add(l);
    }

    public synchronized void removeListener(Listener l) {
        listeners.remove(l);
    }

    /** The logged lines, oldest first. */
    public synchronized List<String> lines() {
        return List.copyOf(buffer);
    }

    public synchronized void clear() {
        buffer.clear();
    }
}
