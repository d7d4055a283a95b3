package iosim.shell.cli;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code show clock}, {@code show version}, {@code show users}, {@code show debugging},
 * {@code show logging}. The personality is IOS-XE 17.9 on a virtual router (as the
 * renderer's {@code version 17.9}), with IOSv-style interface names (GigabitEthernet0/0). Pure functions of their arguments.
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

    static String version(Router r) {
        long gig = r.config().interfaces().stream().filter(i -> i.name().startsWith("GigabitEthernet")).count();
        return "Cisco IOS XE Software, Version 17.09.04a\n"
                + "Cisco IOS Software [Cupertino], Virtual XE Software (X86_64_LINUX_IOSD-UNIVERSALK9-M), Version 17.9.4a, RELEASE SOFTWARE (fc3)\n"
                + "Technical Support: http://www.cisco.com/techsupport\n"
                + "Copyright (c) 1986-2023 by Cisco Systems, Inc.\n"
                + "Compiled Tue 17-Oct-23 09:12 by mcpre\n"
                + "\n"
                + "\n"
                + "Cisco IOS-XE software, Copyright (c) 2005-2023 by cisco Systems, Inc.\n"
                + "All rights reserved.  Certain components of Cisco IOS-XE software are\n"
                + "licensed under the GNU General Public License (\"GPL\") Version 2.0.  The\n"
                + "software code licensed under GPL Version 2.0 is free software that comes\n"
                + "with ABSOLUTELY NO WARRANTY.  You can redistribute and/or modify such\n"
                + "GPL code under the terms of GPL Version 2.0.  For more details, see the\n"
                + "documentation or \"License Notice\" file accompanying the IOS-XE software,\n"
                + "or the applicable URL provided on the flyer accompanying the IOS-XE\n"
                + "software.\n"
                + "\n"
                + "\n"
                + "ROM: IOS-XE ROMMON\n"
                + "\n"
                + r.hostname() + " uptime is " + uptime(r.uptime()) + "\n"
                + "Uptime for this control processor is " + uptime(r.uptime()) + "\n"
                + "System returned to ROM by reload\n"
                + "System image file is \"bootflash:packages.conf\"\n"
                + "Last reload reason: reload\n"
                + "\n"
                + "\n"
                + "\n"
                + "This product contains cryptographic features and is subject to United\n"
                + "States and local country laws governing import, export, transfer and\n"
                + "use. Delivery of Cisco cryptographic products does not imply\n"
                + "third-party authority to import, export, distribute or use encryption.\n"
                + "Importers, exporters, distributors and users are responsible for\n"
                + "compliance with U.S. and local country laws. By using this product you\n"
                + "agree to comply with applicable laws and regulations. If you are unable\n"
                + "to comply with U.S. and local laws, return this product immediately.\n"
                + "\n"
                + "A summary of U.S. laws governing Cisco cryptographic products may be found at:\n"
                + "http://www.cisco.com/wwl/export/crypto/tool/stqrg.html\n"
                + "\n"
                + "If you require further assistance please contact us by sending email to\n"
                + "export@cisco.com.\n"
                + "\n"
                + "License Level: \n"
                + "License Type: Perpetual\n"
                + "Next reload license Level: \n"
                + "\n"
                + "The current throughput level is 2000 kbps \n"
                + "\n"
                + "Smart Licensing Status: Smart Licensing Using Policy\n"
                + "\n"
                + "cisco C8000V (VXE) processor (revision VXE) with 2025412K/3075K bytes of memory.\n"
                + "Processor board ID 9SIMULATED1\n"
                + "Router operating mode: Autonomous\n"
                + gig + " Gigabit Ethernet interfaces\n"
                + "32768K bytes of non-volatile configuration memory.\n"
                + "3964980K bytes of physical memory.\n"
                + "11526144K bytes of virtual hard disk at bootflash:.\n"
                + "\n"
                + "Configuration register is 0x2102\n"
                + "\n";
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
        StringBuilder sb = new StringBuilder("Cryptographic Subsystem:\n");
        for (String f : on) {
            if (f.startsWith("ikev2 ")) {
                sb.append("  IKEv2 ").append(f.substring(6)).append(" debugging is on\n");
            } else if (f.equals("ipsec")) {
                sb.append("  Crypto IPSEC debugging is on\n");
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
