package iosim.ike.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RetransmitterTest {

    @Test
    void backsOffExponentiallyThenGivesUpOnce() {
        VirtualScheduler clock = new VirtualScheduler();
        List<Long> sends = new ArrayList<>();
        int[] giveUps = {0};
        Retransmitter r = new Retransmitter(clock, RetransmitSettings.DEFAULT, new Random(1),
                () -> sends.add(clock.nowMillis()), () -> giveUps[0]++);
        r.start();
        clock.advance(200_000);
        // charon defaults: 4 s * 1.8^n, 5 retransmissions, give-up after the 6th wait
        assertThat(sends).containsExactly(0L, 4000L, 11200L, 24160L, 47488L, 89478L);
        assertThat(giveUps[0]).isEqualTo(1);
        assertThat(r.finished()).isTrue();
        assertThat(RetransmitSettings.DEFAULT.giveUpAfterMillis()).isEqualTo(165_060L);
    }

    @Test
    void stopPreventsFurtherSendsAndGiveUp() {
        VirtualScheduler clock = new VirtualScheduler();
        List<Long> sends = new ArrayList<>();
        int[] giveUps = {0};
        Retransmitter r = new Retransmitter(clock, new RetransmitSettings(1000, 2.0, 3, 0), new Random(1),
                () -> sends.add(clock.nowMillis()), () -> giveUps[0]++);
        r.start();
        clock.advance(1500);
        r.stop();
        clock.advance(60_000);
        assertThat(sends).containsExactly(0L, 1000L);
        assertThat(giveUps[0]).isZero();
        assertThat(clock.pending()).isZero();
    }

    @Test
    void jitterShortensWaitsWithinTheBound() {
        VirtualScheduler clock = new VirtualScheduler();
        List<Long> sends = new ArrayList<>();
        Retransmitter r = new Retransmitter(clock, new RetransmitSettings(10_000, 1.0, 3, 20), new Random(5),
                () -> sends.add(clock.nowMillis()), () -> { });
        r.start();
        clock.advance(100_000);
        for (int i = 1; i < sends.size(); i++) {
            assertThat(sends.get(i) - sends.get(i - 1)).isBetween(8000L, 10_000L);
        }
        assertThat(sends).hasSize(4);
    }
}
