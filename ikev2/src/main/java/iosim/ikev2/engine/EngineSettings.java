package iosim.ikev2.engine;

/**
 * Engine-wide settings.
 *
 * @param cookieThreshold  half-open IKE SAs above which IKE_SA_INIT requests must carry a COOKIE (RFC 7296 2.6)
 * @param halfOpenTimeoutMillis  a responder SA that saw no IKE_AUTH by then is dropped
 * @param nonceLength      octets of our nonces
 */
public record EngineSettings(int cookieThreshold, long halfOpenTimeoutMillis, int nonceLength) {
    public static final EngineSettings DEFAULT = new EngineSettings(30, 30_000, 32);

    public EngineSettings withCookieThreshold(int t) {
        return new EngineSettings(t, halfOpenTimeoutMillis, nonceLength);
    }
}
