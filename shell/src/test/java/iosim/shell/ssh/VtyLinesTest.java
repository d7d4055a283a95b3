package iosim.shell.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class VtyLinesTest {
    @Test
    void linesAreTakenLowestFirstAndShownByShowUsers() {
        Instant t0 = Instant.parse("2026-03-03T09:00:00Z");
        VtyLines lines = new VtyLines(Clock.fixed(t0, ZoneOffset.UTC));
        VtyLines.Session a = lines.open("admin", "127.0.0.1", 2).orElseThrow();
        VtyLines.Session b = lines.open("guest", "10.0.0.5", 2).orElseThrow();
        assertThat(lines.open("third", "10.0.0.6", 2)).isEmpty();
        assertThat(a.lineName()).isEqualTo("vty0");
        assertThat(b.lineName()).isEqualTo("vty1");
        a.touch(t0.minus(Duration.ofSeconds(75)));
        assertThat(lines.showUsers("vty1", null)).isEqualTo(
                "    Line       User       Host(s)              Idle       Location\n"
                        + "   0 con 0                idle                 00:00:00   \n"
                        + "   2 vty 0     admin      idle                 00:01:15   127.0.0.1\n"
                        + "*  3 vty 1     guest      idle                 00:00:00   10.0.0.5\n"
                        + "\n  Interface    User               Mode         Idle     Peer Address\n\n");
        lines.close(a);
        assertThat(lines.open("again", "x", 2).orElseThrow().lineName()).isEqualTo("vty0");
    }

    @Test
    void failedLoginsAreLoggedAndSlowedDown() {
        java.util.List<String> log = new java.util.ArrayList<>();
        Instant t0 = Instant.parse("2026-03-03T09:35:44Z");
        LoginGuard g = new LoginGuard(Clock.fixed(t0, ZoneOffset.UTC), log::add, 1000);
        assertThat(g.failed("admin", "10.0.0.9", 22, "Login Authentication Failed")).isEqualTo(Duration.ofSeconds(1));
        assertThat(g.failed("admin", "10.0.0.9", 22, "Login Authentication Failed")).isEqualTo(Duration.ofSeconds(2));
        assertThat(g.failed("admin", "10.0.0.7", 22, "Login Authentication Failed")).isEqualTo(Duration.ofSeconds(1));
        g.succeeded("10.0.0.9");
        assertThat(g.failed("admin", "10.0.0.9", 22, "Login Authentication Failed")).isEqualTo(Duration.ofSeconds(1));
        assertThat(log.get(0)).isEqualTo("%SEC_LOGIN-4-LOGIN_FAILED: Login failed [user: admin] [Source: 10.0.0.9]"
                + " [localport: 22] [Reason: Login Authentication Failed] at 09:35:44 UTC Tue Mar 3 2026");
    }
}
