package iosim.ikev2.crypto;

import java.util.Optional;

/** IKEv2/ESP integrity algorithms (transform type 3): truncated HMACs (RFC 2404, RFC 4868). */
public enum IntegrityAlgorithm {
    HMAC_SHA1_96(2, "HmacSHA1", 20, 12, "SHA96"),
    HMAC_SHA2_256_128(12, "HmacSHA256", 32, 16, "SHA256"),
    HMAC_SHA2_384_192(13, "HmacSHA384", 48, 24, "SHA384"),
    HMAC_SHA2_512_256(14, "HmacSHA512", 64, 32, "SHA512");

    private final int id;
    private final String jcaName;
    private final int keyLength;
    private final int icvLength;
    private final String iosName;

    IntegrityAlgorithm(int id, String jcaName, int keyLength, int icvLength, String iosName) {
        this.id = id;
        this.jcaName = jcaName;
        this.keyLength = keyLength;
        this.icvLength = icvLength;
        this.iosName = iosName;
    }

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

    /** As IOS prints it: {@code Hash: SHA256}. */
    public String iosName() {
        return iosName;
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
