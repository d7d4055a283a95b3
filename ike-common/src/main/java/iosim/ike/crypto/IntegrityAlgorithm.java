package iosim.ike.crypto;

import java.util.Optional;

/**
 * Integrity algorithms: truncated HMACs (RFC 2403, RFC 2404, RFC 4868), identified by their IKEv2
 * transform type 3 ID (IANA); IKEv1 and ESP map their own attribute values onto these.
 */
public enum IntegrityAlgorithm {
    HMAC_MD5_96(1, "HmacMD5", 16, 12),
    HMAC_SHA1_96(2, "HmacSHA1", 20, 12),
    HMAC_SHA2_256_128(12, "HmacSHA256", 32, 16),
    HMAC_SHA2_384_192(13, "HmacSHA384", 48, 24),
    HMAC_SHA2_512_256(14, "HmacSHA512", 64, 32);

    private final int id;
    private final String jcaName;
    private final int keyLength;
    private final int icvLength;

    IntegrityAlgorithm(int id, String jcaName, int keyLength, int icvLength) {
        this.id = id;
        this.jcaName = jcaName;
        this.keyLength = keyLength;
        this.icvLength = icvLength;
    }

    /** IKEv2 transform ID (IANA "Transform Type 3"). */
    public int id() {
        return id;
    }

    /** JCA Mac name, e.g. HmacSHA256. */
    public String jcaName() {
        return jcaName;
    }

    /** Key length in octets. */
    public int keyLength() {
        return keyLength;
    }

    /** Truncated ICV length in octets. */
    public int icvLength() {
        return icvLength;
    }

    public static Optional<IntegrityAlgorithm> ofId(int id) {
        for (IntegrityAlgorithm a : values()) {
            if (a.id == id) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
