package iosim.ike.crypto;

import java.util.Optional;

/**
 * Pseudo-random functions: HMACs computed with the JCA, identified by their IKEv2 transform type 2
 * ID (IANA). IKEv1 uses the HMAC of its negotiated hash the same way.
 */
public enum PrfAlgorithm {
    HMAC_MD5(1, "HmacMD5", 16),
    HMAC_SHA1(2, "HmacSHA1", 20),
    HMAC_SHA2_256(5, "HmacSHA256", 32),
    HMAC_SHA2_384(6, "HmacSHA384", 48),
    HMAC_SHA2_512(7, "HmacSHA512", 64);

    private final int id;
    private final String jcaName;
    private final int outputLength;

    PrfAlgorithm(int id, String jcaName, int outputLength) {
        this.id = id;
        this.jcaName = jcaName;
        this.outputLength = outputLength;
    }

    /** IANA transform ID. */
    public int id() {
        return id;
    }

    /** JCA Mac name, e.g. HmacSHA256. */
    public String jcaName() {
        return jcaName;
    }

    /** Output length in octets; also the key length used for SK_d, SK_pi and SK_pr. */
    public int outputLength() {
        return outputLength;
    }

    public static Optional<PrfAlgorithm> ofId(int id) {
        for (PrfAlgorithm a : values()) {
            if (a.id == id) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
