package iosim.ikev2.api;

/**
 * Engine-wide settings.
 *
 * @param cookieThreshold  half-open IKE SAs above which IKE_SA_INIT requests must carry a COOKIE (RFC 7296 2.6)
 * @param halfOpenTimeoutMillis  a responder SA that saw no IKE_AUTH by then is dropped
 * @param nonceLength      octets of our nonces
 * @param fragmentation    IKE fragmentation (RFC 7383)
 * @param rekeyKeyDerivation  which PRF expands a rekeyed IKE SA's keys when the rekey changes the PRF
 */
public record EngineSettings(int cookieThreshold, long halfOpenTimeoutMillis, int nonceLength,
                             FragmentationSettings fragmentation, RekeyKeyDerivation rekeyKeyDerivation) {
    public static final EngineSettings DEFAULT = new EngineSettings(30, 30_000, 32);

    public EngineSettings {
        if (fragmentation == null) {
            fragmentation = FragmentationSettings.DEFAULT;
        }
        if (rekeyKeyDerivation == null) {
            rekeyKeyDerivation = RekeyKeyDerivation.OLD_PRF_PLUS;
        }
    }

    /** Default fragmentation, strongSwan's rekey key derivation. */
    public EngineSettings(int cookieThreshold, long halfOpenTimeoutMillis, int nonceLength) {
        this(cookieThreshold, halfOpenTimeoutMillis, nonceLength, FragmentationSettings.DEFAULT,
                RekeyKeyDerivation.OLD_PRF_PLUS);
    }

    public EngineSettings withCookieThreshold(int t) {
        return new EngineSettings(t, halfOpenTimeoutMillis, nonceLength, fragmentation, rekeyKeyDerivation);
    }

    public EngineSettings withFragmentation(FragmentationSettings f) {
        return new EngineSettings(cookieThreshold, halfOpenTimeoutMillis, nonceLength, f, rekeyKeyDerivation);
    }

    public EngineSettings withRekeyKeyDerivation(RekeyKeyDerivation d) {
        return new EngineSettings(cookieThreshold, halfOpenTimeoutMillis, nonceLength, fragmentation, d);
    }
}
