package iosim.ikev1.engine;

import iosim.ike.time.Scheduler;
import iosim.ikev1.api.ChildKeys;
import iosim.ikev1.api.QuickModeParams;

/** One established IPsec SA pair: its keys, what negotiated it (for rekeying), its timers. */
final class ChildState {
    final ChildKeys keys;
    final QuickModeParams params;
    Scheduler.Timer softTimer;
    Scheduler.Timer hardTimer;
    boolean rekeyStarted;

    ChildState(ChildKeys keys, QuickModeParams params) {
        this.keys = keys;
        this.params = params;
    }

    void cancelTimers() {
        if (softTimer != null) {
            softTimer.cancel();
        }
        if (hardTimer != null) {
            hardTimer.cancel();
        }
    }
}
