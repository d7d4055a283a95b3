package iosim.ikev2.task;

import java.util.Arrays;

/** Rekey collision rule (RFC 7296 2.8.1): the SA created by the exchange holding the lowest nonce is redundant. */
public final class Nonces {
    private Nonces() {}

    /** True when the lowest of the four nonces belongs to exchange A (its Ni or Nr). */
    public static boolean lowestIn(byte[] aNi, byte[] aNr, byte[] bNi, byte[] bNr) {
        byte[] minA = min(aNi, aNr);
        byte[] minB = min(bNi, bNr);
        return Arrays.compareUnsigned(minA, minB) < 0;
    }

    private static byte[] min(byte[] x, byte[] y) {
        return Arrays.compareUnsigned(x, y) <= 0 ? x : y;
    }
}
