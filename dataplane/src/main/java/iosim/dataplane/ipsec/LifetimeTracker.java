package iosim.dataplane.ipsec;

import iosim.dataplane.ipsec.IpsecEvent.LifetimeKind;

/** Time and volume used by one SA against its {@link SaLifetime}; raises each expiry once. */
final class LifetimeTracker {
    enum State { LIVE, SOFT, HARD }

    private final SaLifetime lifetime;
    private final long installedAtMillis;
    private long bytes;
    private boolean softRaised;
    private boolean hardRaised;

    LifetimeTracker(SaLifetime lifetime, long nowMillis) {
        this.lifetime = lifetime;
        this.installedAtMillis = nowMillis;
    }

    long bytes() { return bytes; }
    SaLifetime lifetime() { return lifetime; }

    /** Adds bytes; returns the expiry newly reached by volume, or null. */
    LifetimeKind addBytes(long n) {
        bytes += n;
        return crossed(lifetime.softKilobytes(), lifetime.hardKilobytes(), bytes / 1024, LifetimeKind.KILOBYTES);
    }

    /** Returns the expiry newly reached by time at {@code nowMillis}, or null. */
    LifetimeKind checkTime(long nowMillis) {
        return crossed(lifetime.softSeconds(), lifetime.hardSeconds(), (nowMillis - installedAtMillis) / 1000,
                LifetimeKind.SECONDS);
    }

    private LifetimeKind crossed(long soft, long hard, long used, LifetimeKind kind) {
        if (hard > 0 && used >= hard && !hardRaised) {
            hardRaised = true;
            lastState = State.HARD;
            return kind;
        }
        if (soft > 0 && used >= soft && !softRaised && !hardRaised) {
            softRaised = true;
            lastState = State.SOFT;
            return kind;
        }
        return null;
    }

    private State lastState = State.LIVE;

    /** The state the last non-null result of {@link #addBytes}/{@link #checkTime} moved to. */
    State lastState() { return lastState; }

    boolean hardExpired() { return hardRaised; }

    /** Remaining kilobytes before the hard limit (IOS "remaining key lifetime (k/sec)"), -1 if none. */
    long remainingKilobytes() {
        return lifetime.hardKilobytes() == 0 ? -1 : Math.max(0, lifetime.hardKilobytes() - bytes / 1024);
    }

    /** Remaining seconds before the hard limit, -1 if none. */
    long remainingSeconds(long nowMillis) {
        return lifetime.hardSeconds() == 0 ? -1
                : Math.max(0, lifetime.hardSeconds() - (nowMillis - installedAtMillis) / 1000);
    }
}
