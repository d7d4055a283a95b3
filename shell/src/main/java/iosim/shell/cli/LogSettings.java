package iosim.shell.cli;

import java.util.List;
import java.util.Locale;

/**
 * The running-config's logging settings as the router's {@link Syslog} applies them:
 * {@code logging console [level]} / {@code no logging console}, {@code logging buffered [size]
 * [level]} / {@code no logging buffered}, and {@code service timestamps log|debug} (null = no
 * timestamp).
 */
public record LogSettings(boolean consoleOn, String consoleLevel, boolean bufferOn, int bufferSize, String bufferLevel,
                          Stamp logStamp, Stamp debugStamp) {

    /** The severity names, index = severity (0 emergencies .. 7 debugging). */
    public static final List<String> LEVELS = List.of("emergencies", "alerts", "critical", "errors", "warnings",
            "notifications", "informational", "debugging");

    /** How {@code service timestamps} stamps a message. */
    public enum Stamp { UPTIME, DATETIME, DATETIME_MSEC }

    /** A freshly booted IOS-XE router: console and buffer at debugging, 4096 bytes, datetime msec stamps. */
    public static final LogSettings DEFAULT = new LogSettings(true, "debugging", true, 4096, "debugging",
            Stamp.DATETIME_MSEC, Stamp.DATETIME_MSEC);

    /** The severity number of a level name ({@code informational} is 6); 7 for an unknown name. */
    public static int severity(String level) {
        int i = LEVELS.indexOf(level == null ? "" : level.toLowerCase(Locale.ROOT));
        return i < 0 ? 7 : i;
    }
}
