package iosim.ikev2.api;

/** PRF transforms (IANA Transform Type 2). */
public enum PrfAlgorithm {
    HMAC_SHA1(2, "sha1"),
    HMAC_SHA2_256(5, "sha256"),
    HMAC_SHA2_384(6, "sha384"),
    HMAC_SHA2_512(7, "sha512");

    private final int ianaId;
    private final String displayName;

    PrfAlgorithm(int ianaId, String displayName) {
        this.ianaId = ianaId;
        this.displayName = displayName;
    }

    public int ianaId() {
        return ianaId;
    }

    public String displayName() {
        return displayName;
    }

    public static PrfAlgorithm of(int ianaId) {
        for (PrfAlgorithm a : values()) {
            if (a.ianaId == ianaId) {
                return a;
            }
        }
        return null;
    }
}
