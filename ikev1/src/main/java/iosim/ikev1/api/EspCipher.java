package iosim.ikev1.api;

/** ESP transform IDs of the IPsec DOI (RFC 2407 4.4.4, IANA "IPsec ESP Transform Identifiers"). */
public enum EspCipher {
    DES(2), TDES(3), NULL(11), AES(12);

    private final int id;

    EspCipher(int id) {
        this.id = id;
    }

    public int id() {
        return id;
    }

    /** Key octets for a key length in bits (only AES takes one). */
    public int keyLength(int keyBits) {
        return switch (this) {
            case DES -> 8;
            case TDES -> 24;
            case NULL -> 0;
            case AES -> keyBits / 8;
        };
    }

    public static EspCipher ofId(int id) {
        for (EspCipher c : values()) {
            if (c.id == id) {
                return c;
            }
        }
        return null;
    }
}
