package iosim.ikev2.sa;

import iosim.ike.time.Scheduler;
import iosim.ikev2.api.ChildSaKeys;
import iosim.ikev2.api.ChildSaSnapshot;
import iosim.ikev2.api.ChildSessionParams;

/**
 * One Child SA pair (inbound + outbound). Owned by the engine thread; the fields are the
 * engine's working state.
 */
public final class ChildSa {
    public final ChildSessionParams params;
    public ChildSaKeys keys;
    public ChildSaState state = ChildSaState.INSTALLED;
    public final long createdAt;
    public Scheduler.Timer rekeyTimer;
    public Scheduler.Timer hardTimer;
    /** The Child SA that replaced this one (set during a rekey), for collision handling. */
    public ChildSa replacedBy;

    public ChildSa(ChildSessionParams params, ChildSaKeys keys, long createdAt) {
        this.params = params;
        this.keys = keys;
        this.createdAt = createdAt;
    }

    public int inboundSpi() {
        return keys.inboundSpi();
    }

    public int outboundSpi() {
        return keys.outboundSpi();
    }

    public void cancelTimers() {
        if (rekeyTimer != null) {
            rekeyTimer.cancel();
            rekeyTimer = null;
        }
        if (hardTimer != null) {
            hardTimer.cancel();
            hardTimer = null;
        }
    }

    public ChildSaSnapshot snapshot(long now) {
        long life = keys.lifetime().hardMillis();
        long age = now - createdAt;
        return new ChildSaSnapshot(state.name(), keys.protocol(), keys.mode(), keys.inboundSpi(), keys.outboundSpi(),
                keys.encryption(), keys.integrity(), keys.pfsGroup(), keys.localSelectors(), keys.remoteSelectors(),
                keys.localAddress(), keys.remoteAddress(), keys.encapsulation(), life,
                life == 0 ? -1 : Math.max(0, life - age), age);
    }
}
