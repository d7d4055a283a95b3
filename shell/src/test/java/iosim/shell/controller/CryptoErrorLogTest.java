package iosim.shell.controller;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class CryptoErrorLogTest {
    @Test
    void oneMessagePerIdPerMinute() {
        List<String> log = new ArrayList<>();
        AtomicLong now = new AtomicLong(5);
        CryptoErrorLog errors = new CryptoErrorLog(log::add, now::get);
        for (int i = 0; i < 150; i++) {
            int n = i;
            errors.log("RECVD_PKT_INV_SPI", () -> "spi " + n);
            errors.log("PKT_REPLAY_ERR", () -> "replay " + n);
            now.addAndGet(100_000_000L); // 150 packets over 15 s
        }
        assertThat(log).containsExactly("spi 0", "replay 0");
        now.addAndGet(CryptoErrorLog.INTERVAL_NANOS);
        errors.log("RECVD_PKT_INV_SPI", () -> "spi later");
        assertThat(log).containsExactly("spi 0", "replay 0", "spi later");
    }
}
