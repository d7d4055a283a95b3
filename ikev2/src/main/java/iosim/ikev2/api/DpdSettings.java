package iosim.ikev2.api;

import iosim.ike.time.RetransmitSettings;

/**
 * Dead peer detection (IOS {@code dpd <interval> <retry> on-demand|periodic}): after
 * {@code intervalMillis} without a message from the peer an empty INFORMATIONAL is sent;
 * it is retransmitted every {@code retryMillis} up to {@code retries} times before the IKE SA
 * is declared dead. {@code intervalMillis} 0 disables DPD.
 */
public record DpdSettings(long intervalMillis, long retryMillis, int retries) {
    public static final DpdSettings OFF = new DpdSettings(0, 2000, 5);

    public boolean enabled() {
        return intervalMillis > 0;
    }

    /** The retransmission schedule of a liveness check. */
    public RetransmitSettings retransmit() {
        return new RetransmitSettings(Math.max(1, retryMillis), 1.0, retries, 0);
    }
}
