package iosim.ike.time;

/**
 * Request retransmission, charon style: the n-th retransmission waits
 * {@code timeoutMillis * base^n} (plus up to {@code jitterPercent} % less), and after
 * {@code tries} retransmissions without an answer the exchange gives up.
 */
public record RetransmitSettings(long timeoutMillis, double base, int tries, int jitterPercent) {
    public static final RetransmitSettings DEFAULT = new RetransmitSettings(4000, 1.8, 5, 0);

    public RetransmitSettings {
        if (timeoutMillis <= 0 || base < 1.0 || tries < 0 || jitterPercent < 0 || jitterPercent > 100) {
            throw new IllegalArgumentException("bad retransmit settings");
        }
    }

    /** Delay before retransmission number {@code n} (0 = wait after the first send). */
    public long delayMillis(int n) {
        return (long) (timeoutMillis * Math.pow(base, n));
    }

    /** Total time from the first send until give-up, without jitter. */
    public long giveUpAfterMillis() {
        long total = 0;
        for (int i = 0; i <= tries; i++) {
            total += delayMillis(i);
        }
        return total;
    }
}
