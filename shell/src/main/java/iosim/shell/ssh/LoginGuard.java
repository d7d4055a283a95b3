package iosim.shell.ssh;

import iosim.config.model.SystemSettings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Failed logins: each is logged as IOS's {@code %SEC_LOGIN-4-LOGIN_FAILED} syslog message and
 * answered late, the delay doubling with each further failure from the same source (1 s, 2 s,
 * 4 s, at most 8 s; forgotten after a success or a quiet minute), which slows password guessing.
 * With {@code login block-for B attempts N within W}, N failures (from any source) within W
 * seconds put the router in quiet mode for B seconds: {@code %SEC_LOGIN-1-QUIET_MODE_ON}, every
 * connection refused, then {@code %SEC_LOGIN-5-QUIET_MODE_OFF}.
 */
public final class LoginGuard {
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("HH:mm:ss 'UTC' EEE MMM d yyyy",
            Locale.ENGLISH);
    private static final Duration FORGET = Duration.ofMinutes(1);
    private static final long MAX_DELAY_MS = 8000;

    private record Failures(int count, Instant last) {}

    private final Clock clock;
    private final Consumer<String> syslog;
    private final long baseDelayMs;
    private final Map<String, Failures> bySource = new HashMap<>();
    private final Deque<Instant> window = new ArrayDeque<>();
    private Instant quietUntil;

    /**
     * @param baseDelayMs the delay after a first failure (1000 on a router)
     */
    public LoginGuard(Clock clock, Consumer<String> syslog, long baseDelayMs) {
        this.clock = clock;
        this.syslog = syslog;
        this.baseDelayMs = baseDelayMs;
    }

    /** Records a failure, logs it and returns how long to wait before answering. */
    public synchronized Duration failed(String user, String source, int localPort, String reason) {
        return failed(user, source, localPort, reason, Optional.empty());
    }

    /** As {@link #failed(String, String, int, String)}, watching for attacks as {@code rule} says. */
    public synchronized Duration failed(String user, String source, int localPort, String reason,
            Optional<SystemSettings.LoginBlock> rule) {
        Instant now = clock.instant();
        Failures f = bySource.get(source);
        int count = f == null || Duration.between(f.last(), now).compareTo(FORGET) > 0 ? 1 : f.count() + 1;
        bySource.put(source, new Failures(count, now));
        syslog.accept("%SEC_LOGIN-4-LOGIN_FAILED: Login failed [user: " + user + "] [Source: " + source
                + "] [localport: " + localPort + "] [Reason: " + reason + "] at "
                + AT.format(now.atZone(ZoneOffset.UTC)));
        rule.ifPresent(r -> watch(r, now, user, source, localPort, reason));
        long delay = Math.min(MAX_DELAY_MS, baseDelayMs << Math.min(count - 1, 4));
        return Duration.ofMillis(delay);
    }

    private void watch(SystemSettings.LoginBlock rule, Instant now, String user, String source, int localPort,
            String reason) {
        if (quiet(now)) {
            return;
        }
        Instant from = now.minusSeconds(rule.withinSeconds());
        while (!window.isEmpty() && window.peekFirst().isBefore(from)) {
            window.removeFirst();
        }
        window.addLast(now);
        if (window.size() < rule.attempts()) {
            return;
        }
        long left = Math.max(0, rule.withinSeconds() - Duration.between(window.peekFirst(), now).getSeconds());
        window.clear();
        quietUntil = now.plusSeconds(rule.blockSeconds());
        syslog.accept("%SEC_LOGIN-1-QUIET_MODE_ON: Still timeleft for watching failures is " + left + " secs, [user: "
                + user + "] [Source: " + source + "] [localport: " + localPort + "] [Reason: " + reason
                + "] [ACL: sl_def_acl] at " + AT.format(now.atZone(ZoneOffset.UTC)));
    }

    /** True while quiet mode refuses every login. */
    public synchronized boolean quiet() {
        return quiet(clock.instant());
    }

    private boolean quiet(Instant now) {
        return quietUntil != null && now.isBefore(quietUntil);
    }

    /**
     * Called every second: ends quiet mode when its block period is over ({@code QUIET_MODE_OFF}),
     * or at once when {@code login block-for} is no longer configured.
     */
    public synchronized void tick(Optional<SystemSettings.LoginBlock> rule) {
        if (quietUntil == null) {
            if (rule.isEmpty()) {
                window.clear();
            }
            return;
        }
        Instant now = clock.instant();
        if (!now.isBefore(quietUntil) || rule.isEmpty()) {
            quietUntil = null;
            syslog.accept("%SEC_LOGIN-5-QUIET_MODE_OFF: Quiet Mode is OFF, because block period timed out at "
                    + AT.format(now.atZone(ZoneOffset.UTC)));
        }
    }

    public synchronized void succeeded(String source) {
        bySource.remove(source);
    }
}
