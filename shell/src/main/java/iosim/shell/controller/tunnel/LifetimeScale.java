package iosim.shell.controller.tunnel;

import iosim.ike.time.Lifetime;

/**
 * Converts configured times in seconds (SA lifetimes, as IOS takes them: at least 120 s; DPD
 * interval and retry) into the engine's {@link Lifetime} and milliseconds and the dataplane's seconds. Production is one-to-one; tests of rekeys shrink
 * every second to a few milliseconds with {@link #setMillisPerSecond} (test-only)
 * so a 120-s lifetime runs out in moments without changing what the configuration says.
 */
public final class LifetimeScale {
    private static volatile long millisPerSecond = 1000;

    private LifetimeScale() {}

    /** Test-only: how many real milliseconds one configured second lasts (1000 in production). */
    public static void setMillisPerSecond(long millis) {
        millisPerSecond = Math.max(1, millis);
    }

    public static long millisPerSecond() {
        return millisPerSecond;
    }

    /** Real milliseconds for {@code seconds} configured (DPD interval and retry). */
    public static long millis(long seconds) {
        return seconds * millisPerSecond;
    }

    /** The engine's lifetime for {@code seconds} configured: rekey at 90 % minus up to 5 % jitter. */
    public static Lifetime engine(long seconds) {
        long hard = seconds * millisPerSecond;
        return new Lifetime(hard * 9 / 10, hard, hard / 20);
    }

    /**
     * The dataplane's hard lifetime in whole seconds. The engine rekeys before it and removes the old
     * SA itself; the dataplane's own limit is only a backstop (and what {@code show} counts down), so
     * when scaled it is rounded up and given a second of slack.
     */
    public static long dataplaneSeconds(long seconds) {
        long mps = millisPerSecond;
        return mps == 1000 ? seconds : (seconds * mps + 999) / 1000 + 1;
    }
}
