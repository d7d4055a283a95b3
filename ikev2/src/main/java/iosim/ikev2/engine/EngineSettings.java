package iosim.ikev2.engine;

/**
 * Engine-wide settings.
 *
 * @param cookieThreshold  half-open IKE SAs above which IKE_SA_INIT requests must carry a COOKIE (RFC 7296 2.6)
 * @param halfOpenTimeoutMillis  a responder SA that saw no IKE_AUTH by then is dropped
 * @param nonceLength      octets of our nonces
 * @param fragmentation    IKE fragmentation (RFC 7383)
 */
public record EngineSettings(int cookieThreshold, long halfOpenTimeoutMillis, int nonceLength,
                             FragmentationSettings fragmentation) {
    public static final EngineSettings DEFAULT = new EngineSettings(30, 30_000, 32, FragmentationSettings.DEFAULT);

    public EngineSettings {
        if (fragmentation == null) {
            fragmentation = FragmentationSettings.DEFAULT;
        }
    }

    /** Default fragmentation. */
    public EngineSettings(int cookieThreshold, long halfOpenTimeoutMillis, int nonceLength) {
        this(cookieThreshold, halfOpenTimeoutMillis, nonceLength, FragmentationSettings.DEFAULT);
    }

    public EngineSettings withCookieThreshold(int t) {
        return new EngineSettings(t, halfOpenTimeoutMillis, nonceLength, fragmentation);
    }

    public EngineSettings withFragmentation(FragmentationSettings f) {
        return new EngineSettings(cookieThreshold, halfOpenTimeoutMillis, nonceLength, f);
    }
}
