package iosim.shell.ssh;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Failed logins: each is logged as IOS's {@code %SEC_LOGIN-4-LOGIN_FAILED} syslog message and
 * answered late, the delay doubling with each further failure from the same source (1 s, 2 s,
 * 4 s, at most 8 s; forgotten after a success or a quiet minute), which slows password guessing.
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
        Instant now = clock.instant();
        Failures f = bySource.get(source);
        int count = f == null || Duration.between(f.last(), now).compareTo(FORGET) > 0 ? 1 : f.count() + 1;
        bySource.put(source, new Failures(count, now));
        syslog.accept("%SEC_LOGIN-4-LOGIN_FAILED: Login failed [user: " + user + "] [Source: " + source
                + "] [localport: " + localPort + "] [Reason: " + reason + "] at "
                + AT.format(now.atZone(ZoneOffset.UTC)));
        long delay = Math.min(MAX_DELAY_MS, baseDelayMs << Math.min(count - 1, 4));
        return Duration.ofMillis(delay);
    }

    public synchronized void succeeded(String source) {
        bySource.remove(source);
    }
}
