package iosim.ikev1.api;

/**
 * RFC 3706 dead peer detection, as IOS {@code crypto isakmp keepalive SECONDS [RETRY]
 * [periodic|on-demand]}: R-U-THERE every {@code intervalSeconds} (periodic), retried every
 * {@code retrySeconds}, the peer declared dead after {@code retries} unanswered retries.
 */
public record DpdSettings(boolean enabled, int intervalSeconds, int retrySeconds, int retries, boolean periodic) {
    public static final DpdSettings OFF = new DpdSettings(false, 0, 0, 0, false);

    public static DpdSettings periodic(int interval, int retry) {
        return new DpdSettings(true, interval, retry, 5, true);
    }

    public static DpdSettings onDemand(int interval, int retry) {
        return new DpdSettings(true, interval, retry, 5, false);
    }
}
