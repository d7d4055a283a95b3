package iosim.ike.time;

/**
 * SA lifetime: at {@code softMillis} (minus a random part of up to {@code jitterMillis}) the SA
 * is rekeyed; at {@code hardMillis} it is deleted if still there. {@code 0} disables a timer.
 */
public record Lifetime(long softMillis, long hardMillis, long jitterMillis) {
    public static final Lifetime IKE_DEFAULT = ofSeconds(86_400);
    public static final Lifetime CHILD_DEFAULT = ofSeconds(3_600);
    public static final Lifetime NEVER = new Lifetime(0, 0, 0);

    public Lifetime {
        if (softMillis < 0 || hardMillis < 0 || jitterMillis < 0 || (hardMillis > 0 && softMillis > hardMillis)) {
            throw new IllegalArgumentException("bad lifetime");
        }
    }

    /** IOS style: a lifetime in seconds, rekeyed at 90 % with up to 5 % jitter. */
    public static Lifetime ofSeconds(long seconds) {
        long hard = seconds * 1000;
        return new Lifetime(hard * 9 / 10, hard, hard / 20);
    }
}
