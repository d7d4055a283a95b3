package iosim.shell.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Where a message goes: console per {@code logging console}, vty per {@code terminal monitor}, buffer per size and level. */
class SyslogTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-03T09:42:13.507Z"), ZoneOffset.UTC);
    private final AtomicReference<LogSettings> settings = new AtomicReference<>(LogSettings.DEFAULT);
    private final Syslog log = new Syslog(CLOCK, () -> Duration.ofSeconds(751), settings::get);

    @Test
    void severityComesFromTheMnemonicAndDebugLinesAreDebugging() {
        assertThat(Syslog.severity("%LINK-3-UPDOWN: Interface Tunnel0, changed state to up")).isEqualTo(3);
        assertThat(Syslog.severity("%SYS-5-CONFIG_I: Configured from console by console")).isEqualTo(5);
        assertThat(Syslog.severity("IKEv2:(SESSION ID = 1,SA ID = 1):Sending Packet")).isEqualTo(7);
    }

    @Test
    void consoleLevelAndNoLoggingConsoleGateTheConsoleOnly() {
        List<String> console = new ArrayList<>();
        List<String> everything = new ArrayList<>();
        log.addConsoleListener(console::add);
        log.addListener(everything::add);
        settings.set(new LogSettings(true, "informational", true, 4096, "debugging", LogSettings.Stamp.DATETIME_MSEC,
                LogSettings.Stamp.DATETIME_MSEC));
        log.log("%SYS-5-CONFIG_I: Configured from console by console");
        log.log("IKEv2:Found Policy 'default'");
        assertThat(console).containsExactly("*Mar  3 09:42:13.507: %SYS-5-CONFIG_I: Configured from console by console");
        assertThat(everything).hasSize(2);
        assertThat(log.buffered()).hasSize(2);
        settings.set(new LogSettings(false, "debugging", true, 4096, "debugging", LogSettings.Stamp.DATETIME_MSEC,
                LogSettings.Stamp.DATETIME_MSEC));
        log.log("%LINK-3-UPDOWN: Interface Tunnel0, changed state to up");
        assertThat(console).hasSize(1);
        assertThat(log.counts().console()).isEqualTo(1);
        assertThat(SystemText.logging(log)).contains("    Console logging: disabled\n")
                .contains("    Buffer logging:  level debugging, 3 messages logged, xml disabled,\n")
                .contains("    Trap logging: level informational, 2 message lines logged\n")
                .contains("Log Buffer (4096 bytes):\n\n*Mar  3 09:42:13.507: %SYS-5-CONFIG_I");
    }

    @Test
    void aVtySeesMessagesOnlyAfterTerminalMonitor() {
        AtomicBoolean monitor = new AtomicBoolean();
        List<String> vty = new ArrayList<>();
        log.addMonitorListener(vty::add, monitor::get);
        log.log("%SYS-5-CONFIG_I: Configured from console by console");
        assertThat(vty).isEmpty();
        monitor.set(true);
        log.log("IKEv2:Found Policy 'default'");
        assertThat(vty).containsExactly("*Mar  3 09:42:13.507: IKEv2:Found Policy 'default'");
        monitor.set(false);
        log.log("%LINK-3-UPDOWN: Interface Tunnel0, changed state to up");
        assertThat(vty).hasSize(1);
        assertThat(SystemText.logging(log)).contains("    Monitor logging: level debugging, 1 messages logged");
    }

    @Test
    void theBufferKeepsItsSizeInBytesAndItsLevel() {
        settings.set(new LogSettings(true, "debugging", true, 4096, "notifications", LogSettings.Stamp.DATETIME_MSEC,
                LogSettings.Stamp.DATETIME_MSEC));
        for (int i = 0; i < 100; i++) {
            log.log("%SYS-5-CONFIG_I: Configured from console by console " + i);
            log.log("IKEv2:debug line " + i);
        }
        List<String> b = log.buffered();
        assertThat(b).allMatch(l -> l.contains("%SYS-5"));
        assertThat(b.stream().mapToInt(l -> l.length() + 1).sum()).isLessThanOrEqualTo(4096);
        assertThat(b.get(b.size() - 1)).endsWith("console 99");
        log.clear();
        assertThat(log.buffered()).isEmpty();
        assertThat(log.lines()).hasSize(200);
    }

    @Test
    void serviceTimestampsChooseThePrefix() {
        settings.set(new LogSettings(true, "debugging", true, 4096, "debugging", LogSettings.Stamp.UPTIME, null));
        log.log("%SYS-5-CONFIG_I: Configured from console by console");
        log.log("IKEv2:Found Policy 'default'");
        assertThat(log.lines()).containsExactly("00:12:31: %SYS-5-CONFIG_I: Configured from console by console",
                "IKEv2:Found Policy 'default'");
        settings.set(new LogSettings(true, "debugging", true, 4096, "debugging", LogSettings.Stamp.DATETIME,
                LogSettings.Stamp.DATETIME_MSEC));
        log.log("%SYS-5-CONFIG_I: x");
        assertThat(log.lines().get(2)).isEqualTo("*Mar  3 09:42:13: %SYS-5-CONFIG_I: x");
        assertThat(Syslog.uptimeStamp(Duration.ofHours(26))).isEqualTo("1d02h");
    }
}
