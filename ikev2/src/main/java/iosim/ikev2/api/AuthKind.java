package iosim.ikev2.api;

/**
 * An authentication method as a profile names it: a pre-shared key, or a signature made with an
 * RSA or an ECDSA key and carried with its certificate (RFC 7296 2.15, RFC 4754, RFC 7427).
 */
public enum AuthKind {
    PSK,
    RSA_SIG,
    ECDSA_SIG;

    /** True for the two signature methods. */
    public boolean signature() {
        return this != PSK;
    }

    /** The signature kind a key of this JCA algorithm ({@code RSA}, {@code EC}) makes, or null. */
    public static AuthKind ofKeyAlgorithm(String jcaAlgorithm) {
        return switch (jcaAlgorithm) {
            case "RSA" -> RSA_SIG;
            case "EC", "ECDSA" -> ECDSA_SIG;
            default -> null;
        };
    }
}
