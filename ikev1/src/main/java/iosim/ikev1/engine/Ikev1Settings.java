package iosim.ikev1.engine;

/**
 * Engine timing: the first retransmission after {@code retransmitMillis}, doubling up to
 * {@code maxRetransmitMillis}, {@code retransmitTries} of them before the exchange fails
 * (IOS: five retransmissions of a phase 1 or quick mode message); phase 2 rekeys start at
 * {@code softLifetimePercent} of the lifetime; {@code timeScale} divides every lifetime and
 * DPD interval (1 in production; tests and labs shrink time with it).
 */
public record Ikev1Settings(long retransmitMillis, long maxRetransmitMillis, int retransmitTries,
                            int softLifetimePercent, double timeScale) {

    public static final Ikev1Settings DEFAULT = new Ikev1Settings(2_000, 16_000, 5, 90, 1.0);

    public long scaled(long seconds) {
        return Math.max(1, Math.round(seconds * 1000 / timeScale));
    }

    public Ikev1Settings withTimeScale(double scale) {
        return new Ikev1Settings(retransmitMillis, maxRetransmitMillis, retransmitTries, softLifetimePercent, scale);
    }

    public Ikev1Settings withRetransmit(long firstMillis, int tries) {
        return new Ikev1Settings(firstMillis, Math.max(firstMillis, maxRetransmitMillis), tries, softLifetimePercent,
                timeScale);
    }
}
