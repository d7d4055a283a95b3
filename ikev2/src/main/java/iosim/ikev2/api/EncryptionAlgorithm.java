package iosim.ikev2.api;

/** ENCR transforms (IANA IKEv2 Transform Type 1) with their key size and ICV length. */
public enum EncryptionAlgorithm {
    AES_CBC_128(12, 128, 0, "aes-cbc-128"),
    AES_CBC_192(12, 192, 0, "aes-cbc-192"),
    AES_CBC_256(12, 256, 0, "aes-cbc-256"),
    AES_GCM_8_128(18, 128, 8, "aes-gcm-128 (8)"),
    AES_GCM_8_256(18, 256, 8, "aes-gcm-256 (8)"),
    AES_GCM_12_128(19, 128, 12, "aes-gcm-128 (12)"),
    AES_GCM_12_256(19, 256, 12, "aes-gcm-256 (12)"),
    AES_GCM_16_128(20, 128, 16, "aes-gcm-128"),
    AES_GCM_16_192(20, 192, 16, "aes-gcm-192"),
    AES_GCM_16_256(20, 256, 16, "aes-gcm-256"),
    CHACHA20_POLY1305(28, 256, 16, "chacha20-poly1305");

    private final int ianaId;
    private final int keyBits;
    private final int icvLength;
    private final String displayName;

    EncryptionAlgorithm(int ianaId, int keyBits, int icvLength, String displayName) {
        this.ianaId = ianaId;
        this.keyBits = keyBits;
        this.icvLength = icvLength;
        this.displayName = displayName;
    }

    public int ianaId() {
        return ianaId;
    }

    public int keyBits() {
        return keyBits;
    }

    /** True for combined-mode (AEAD) ciphers, which take no INTEG transform. */
    public boolean aead() {
        return icvLength > 0;
    }

    public int icvLength() {
        return icvLength;
    }

    /** Whether the transform carries a Key Length attribute (AES does, ChaCha20 does not). */
    public boolean hasKeyLengthAttribute() {
        return this != CHACHA20_POLY1305;
    }

    public String displayName() {
        return displayName;
    }

    /** The algorithm for an IANA id and key length (0 when the transform had no attribute). */
    public static EncryptionAlgorithm of(int ianaId, int keyBits) {
        for (EncryptionAlgorithm a : values()) {
            if (a.ianaId == ianaId && (a.keyBits == keyBits || (keyBits == 0 && !a.hasKeyLengthAttribute()))) {
                return a;
            }
        }
        return null;
    }
}
