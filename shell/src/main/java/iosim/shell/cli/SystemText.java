package iosim.shell.cli;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code show clock}, {@code show users}, {@code show debugging}, {@code show logging}
 * ({@code show version} and {@code show inventory}: {@link PlatformText}). Pure functions of
 * their arguments.
 */
final class SystemText {
    static final int NVRAM_BYTES = 33554432;
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss.SSS 'UTC' EEE MMM d yyyy", Locale.ENGLISH);

    private SystemText() {}

    /** {@code *09:42:13.507 UTC Tue Mar 3 2026} (the star: no NTP, time not authoritative). */
    static String clock(Instant now) {
        return "*" + CLOCK.format(now.atOffset(ZoneOffset.UTC));
    }

    /** {@code 1 week, 2 days, 3 hours, 1 minute}; {@code 0 minutes} just after boot. */
    static String uptime(Duration d) {
        long minutes = d.toMinutes();
        long weeks = minutes / (7 * 24 * 60);
        long days = minutes / (24 * 60) % 7;
        long hours = minutes / 60 % 24;
        long mins = minutes % 60;
        List<String> parts = new ArrayList<>();
        unit(parts, weeks, "week");
        unit(parts, days, "day");
        unit(parts, hours, "hour");
        if (mins > 0 || parts.isEmpty()) {
            parts.add(mins + (mins == 1 ? " minute" : " minutes"));
        }
        return String.join(", ", parts);
    }

    private static void unit(List<String> parts, long n, String name) {
        if (n > 0) {
            parts.add(n + " " + name + (n == 1 ? "" : "s"));
        }
    }

    static String users(String lineName) {
        return "    Line       User       Host(s)              Idle       Location\n"
                + "*  0 con 0                idle                 00:00:00   \n"
                + "\n"
                + "  Interface    User               Mode         Idle     Peer Address\n"
                + "\n";
    }

    static String debugging(DebugFlags flags) {
        List<String> on = flags.flags();
        if (on.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        List<String> ospf = on.stream().filter(f -> f.startsWith("ospf ")).toList();
        if (!ospf.isEmpty()) {
            sb.append("IP routing:\n");
            for (String f : ospf) {
                String w = f.substring(5);
                sb.append("  OSPF ").append(w.equals("adj") ? "adjacency" : w.equals("events") ? "event" : w)
                        .append(" debugging is on\n");
            }
            if (ospf.size() == on.size()) {
                return sb.toString();
            }
        }
        sb.append("Cryptographic Subsystem:\n");
        for (String f : on) {
            if (f.startsWith("ikev2 ")) {
                sb.append("  IKEv2 ").append(f.substring(6)).append(" debugging is on\n");
            } else if (f.equals("ipsec")) {
                sb.append("  Crypto IPSEC debugging is on\n");
            } else if (f.equals("isakmp")) {
                sb.append("  Crypto ISAKMP debugging is on\n");
            } else if (f.startsWith("condition peer ")) {
                sb.append("  Crypto conditional debug: peer ").append(f.substring(15)).append('\n');
            }
        }
        return sb.toString();
    }

    /** {@code show logging}: the header with the live levels and counts, then the log buffer. */
    static String logging(Syslog syslog) {
        Syslog.Counts c = syslog.counts();
        LogSettings s = c.settings();
        List<String> lines = syslog.buffered();
        StringBuilder sb = new StringBuilder();
        sb.append("Syslog logging: enabled (0 messages dropped, 0 messages rate-limited, 0 flushes, 0 overruns, xml disabled, filtering disabled)\n\n");
        sb.append("No Active Message Discriminator.\n\n\n\n");
        sb.append("No Inactive Message Discriminator.\n\n\n");
        if (s.consoleOn()) {
            sb.append("    Console logging: level ").append(s.consoleLevel()).append(", ").append(c.console())
                    .append(" messages logged, xml disabled,\n");
            sb.append("                     filtering disabled\n");
        } else {
            sb.append("    Console logging: disabled\n");
        }
        sb.append("    Monitor logging: level debugging, ").append(c.monitor()).append(" messages logged, xml disabled,\n");
        sb.append("                     filtering disabled\n");
        if (s.bufferOn()) {
            sb.append("    Buffer logging:  level ").append(s.bufferLevel()).append(", ").append(c.buffer())
                    .append(" messages logged, xml disabled,\n");
            sb.append("                    filtering disabled\n");
        } else {
            sb.append("    Buffer logging:  disabled, xml disabled,\n");
            sb.append("                    filtering disabled\n");
        }
        sb.append("    Exception Logging: size (4096 bytes)\n");
        sb.append("    Count and timestamp logging messages: disabled\n");
        sb.append("    File logging: disabled\n");
        sb.append("    Persistent logging: disabled\n\n");
        sb.append("No active filter modules.\n\n");
        sb.append("    Trap logging: level informational, ").append(c.trap()).append(" message lines logged\n");
        sb.append("        Logging Source-Interface:       VRF Name:\n");
        if (s.bufferOn()) {
            sb.append("\nLog Buffer (").append(s.bufferSize()).append(" bytes):\n\n");
            for (String l : lines) {
                sb.append(l).append('\n');
            }
        }
        return sb.toString();
    }
}
