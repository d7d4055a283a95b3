package iosim.dataplane.ipsec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReplayWindowTest {

    private static long accept(ReplayWindow w, long seqLow) {
        long s = w.check((int) seqLow);
        if (s > 0) {
            w.update(s);
        }
        return s;
    }

    @Test
    void inOrderAcceptedAndReplayRejected() {
        ReplayWindow w = new ReplayWindow(64, false);
        for (int i = 1; i <= 200; i++) {
            assertThat(accept(w, i)).isEqualTo(i);
        }
        assertThat(w.check(200)).isEqualTo(ReplayWindow.REPLAYED);
        assertThat(w.check(150)).isEqualTo(ReplayWindow.REPLAYED);
        assertThat(w.highest()).isEqualTo(200);
    }

    @Test
    void sequenceZeroIsNeverValid() {
        assertThat(new ReplayWindow(64, false).check(0)).isEqualTo(ReplayWindow.TOO_OLD);
    }

    @Test
    void reorderedWithinWindowAcceptedOnceTooOldRejected() {
        ReplayWindow w = new ReplayWindow(64, false);
        accept(w, 100);
        assertThat(accept(w, 37)).isEqualTo(37);           // 100 - 63: last slot of the window
        assertThat(w.check(37)).isEqualTo(ReplayWindow.REPLAYED);
        assertThat(w.check(36)).isEqualTo(ReplayWindow.TOO_OLD);
        assertThat(accept(w, 99)).isEqualTo(99);
        assertThat(accept(w, 64)).isEqualTo(64);
    }

    @Test
    void checkDoesNotChangeTheWindow() {
        ReplayWindow w = new ReplayWindow(64, false);
        accept(w, 5);
        assertThat(w.check(6)).isEqualTo(6);
        assertThat(w.check(6)).isEqualTo(6);                // not recorded until update (ICV verified)
        assertThat(w.highest()).isEqualTo(5);
    }

    @Test
    void largeJumpClearsOldBits() {
        ReplayWindow w = new ReplayWindow(1024, false);
        for (int i = 1; i <= 1024; i++) {
            accept(w, i);
        }
        accept(w, 1_000_000);
        assertThat(w.check(1_000_000 - 1023)).isEqualTo(1_000_000 - 1023);
        assertThat(w.check(1_000_000 - 1024)).isEqualTo(ReplayWindow.TOO_OLD);
        assertThat(w.check(1_000_000 - 5)).isEqualTo(1_000_000 - 5);
    }

    @Test
    void bigWindowTracksEverySlot() {
        ReplayWindow w = new ReplayWindow(1024, false);
        for (int i = 2; i <= 2000; i += 2) {
            accept(w, i);
        }
        for (int i = 2000 - 1022; i < 2000; i++) {
            assertThat(w.check(i)).isEqualTo(i % 2 == 0 ? ReplayWindow.REPLAYED : i);
        }
    }

    @Test
    void disabledWindowAcceptsReplays() {
        ReplayWindow w = new ReplayWindow(0, false);
        accept(w, 10);
        assertThat(w.check(10)).isEqualTo(10);
        assertThat(w.check(1)).isEqualTo(1);
        assertThat(w.size()).isZero();
    }

    @Test
    void rejectsBadSizes() {
        assertThatThrownBy(() -> new ReplayWindow(100, false)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReplayWindow(2048, false)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void esnInfersHighBitsAcrossTheWrap() {
        ReplayWindow w = new ReplayWindow(64, true);
        // a fresh SA reads a low half just below 2^32 as the (impossible) block before 0
        assertThat(w.check((int) 0xfffffff0L)).isEqualTo(ReplayWindow.TOO_OLD);
        for (long s = 1; s <= 100; s++) {
            accept(w, s);
        }
        w.update(0xfffffff0L);                              // as if every number up to here arrived
        assertThat(w.highest()).isEqualTo(0xfffffff0L);
        // low half wrapped: the sender is in the next 2^32 block
        assertThat(accept(w, 0x00000003L)).isEqualTo(0x1_0000_0003L);
        // a late packet from before the wrap is still in the window (high bits = previous block)
        assertThat(accept(w, 0xfffffff5L)).isEqualTo(0xfffffff5L);
        assertThat(w.check((int) 0xfffffff5L)).isEqualTo(ReplayWindow.REPLAYED);
        // far below the window: RFC 4303 A2.2 reads it as ahead (high bits + 1); its ICV then fails
        assertThat(w.check((int) 0xffffff00L)).isEqualTo(0x1_ffff_ff00L);
        assertThat(w.highest()).isEqualTo(0x1_0000_0003L);
    }

    @Test
    void withoutEsnTheSequenceCannotWrap() {
        ReplayWindow w = new ReplayWindow(64, false);
        accept(w, 0xffffffffL);
        assertThat(w.check(1)).isEqualTo(ReplayWindow.TOO_OLD);
    }
}
