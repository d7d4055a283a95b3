package iosim.ikev2.api;

/** INTEG transforms (IANA Transform Type 3). */
public enum IntegrityAlgorithm {
    HMAC_SHA1_96(2, 20, 12, "sha96"),
    HMAC_SHA2_256_128(12, 32, 16, "sha256"),
    HMAC_SHA2_384_192(13, 48, 24, "sha384"),
    HMAC_SHA2_512_256(14, 64, 32, "sha512");

    private final int ianaId;
    private final int keyLength;
    private final int icvLength;
    private final String displayName;

    IntegrityAlgorithm(int ianaId, int keyLength, int icvLength, String displayName) {
        this.ianaId = ianaId;
        this.keyLength = keyLength;
        this.icvLength = icvLength;
        this.displayName = displayName;
    }

    public int ianaId() {
        return ianaId;
    }

    public int keyLength() {
        return keyLength;
    }

    public int icvLength() {
        return icvLength;
    }

    public String displayName() {
        return displayName;
    }

    public static IntegrityAlgorithm of(int ianaId) {
        for (IntegrityAlgorithm a : values()) {
            if (a.ianaId == ianaId) {
                return a;
            }
        }
        return null;
    }
}
