package iosim.ikev2.crypto;

import java.util.Optional;

/** IKEv2 pseudo-random functions (transform type 2), computed with the JCA's HMAC. */
public enum PrfAlgorithm {
    HMAC_SHA1(2, "HmacSHA1", 20, "SHA1"),
    HMAC_SHA2_256(5, "HmacSHA256", 32, "SHA256"),
    HMAC_SHA2_384(6, "HmacSHA384", 48, "SHA384"),
    HMAC_SHA2_512(7, "HmacSHA512", 64, "SHA512");

    private final int id;
    private final String jcaName;
    private final int outputLength;
    private final String iosName;

    PrfAlgorithm(int id, String jcaName, int outputLength, String iosName) {
        this.id = id;
        this.jcaName = jcaName;
        this.outputLength = outputLength;
        this.iosName = iosName;
    }

    /** IANA transform ID. */
    public int id() {
        return id;
    }

    String jcaName() {
        return jcaName;
    }

    /** Output length in octets; also the key length used for SK_d, SK_pi and SK_pr. */
    public int outputLength() {
        return outputLength;
    }

    /** As IOS prints it: {@code PRF: SHA256}. */
    public String iosName() {
        return iosName;
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
