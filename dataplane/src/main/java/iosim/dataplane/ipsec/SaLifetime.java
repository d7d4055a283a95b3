package iosim.dataplane.ipsec;

/**
 * Soft and hard SA lifetimes. Zero means no limit of that kind. A soft expiry raises
 * {@link IpsecEvent.SoftLifetimeExpired} once (the controller rekeys); a hard expiry removes the
 * SA (keys wiped) and raises {@link IpsecEvent.HardLifetimeExpired}.
 */
public record SaLifetime(long softSeconds, long hardSeconds, long softKilobytes, long hardKilobytes) {

    /** IOS defaults: 3600 s and 4608000 kB. */
    public static final SaLifetime IOS_DEFAULT = of(3600, 4_608_000);

    public SaLifetime {
        if (softSeconds < 0 || hardSeconds < 0 || softKilobytes < 0 || hardKilobytes < 0) {
            throw new IllegalArgumentException("negative lifetime");
        }
    }

    /** Hard limits as configured, soft limits at 90% of them. */
    public static SaLifetime of(long seconds, long kilobytes) {
        return new SaLifetime(seconds * 9 / 10, seconds, kilobytes * 9 / 10, kilobytes);
    }

    public static SaLifetime unlimited() { return new SaLifetime(0, 0, 0, 0); }
}
