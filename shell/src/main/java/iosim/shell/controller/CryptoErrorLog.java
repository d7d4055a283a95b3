package iosim.shell.controller;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * IOS's packet-error syslog messages ({@code %CRYPTO-4-RECVD_PKT_INV_SPI}, {@code PKT_REPLAY_ERR},
 * {@code RECVD_PKT_MAC_ERR}) are rate-limited, one per message per minute, so a flood of bad ESP
 * packets cannot flood the log; the drops are still counted. Used on the router's loop only.
 */
final class CryptoErrorLog {
    static final long INTERVAL_NANOS = TimeUnit.MINUTES.toNanos(1);

    private final Consumer<String> syslog;
    private final LongSupplier nanos;
    private final Map<String, Long> last = new HashMap<>();

    CryptoErrorLog(Consumer<String> syslog, LongSupplier nanos) {
        this.syslog = syslog;
        this.nanos = nanos;
    }

    /** Logs {@code text} unless message {@code id} was logged less than a minute ago. */
    void log(String id, Supplier<String> text) {
        long now = nanos.getAsLong();
        Long before = last.get(id);
        if (before != null && now - before < INTERVAL_NANOS) {
            return;
        }
        last.put(id, now);
        syslog.accept(text.get());
    }
}
