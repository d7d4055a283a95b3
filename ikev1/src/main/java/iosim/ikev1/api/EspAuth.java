package iosim.ikev1.api;

/** IPsec DOI authentication algorithm attribute values (RFC 2407 4.5, RFC 4868). */
public enum EspAuth {
    NONE(0, 0), HMAC_MD5(1, 16), HMAC_SHA1(2, 20), HMAC_SHA2_256(5, 32), HMAC_SHA2_384(6, 48), HMAC_SHA2_512(7, 64);

    private final int id;
    private final int keyLength;

    EspAuth(int id, int keyLength) {
        this.id = id;
        this.keyLength = keyLength;
    }

    public int id() {
        return id;
    }

    public int keyLength() {
        return keyLength;
    }

    public static EspAuth ofId(long id) {
        for (EspAuth a : values()) {
            if (a.id == id) {
                return a;
            }
        }
        return null;
    }
}
