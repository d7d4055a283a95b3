package iosim.ikev2.crypto;

import java.util.Optional;

/**
 * IKEv2/ESP encryption algorithms (transform type 1). AEAD algorithms (RFC 5282, RFC 7634)
 * take no integrity transform; their key material is the key followed by a 4-octet salt.
 */
public enum EncryptionAlgorithm {
    AES_CBC(12, "AES-CBC", 16, 16, 0, 0, false),
    AES_GCM_8(18, "AES-GCM", 8, 1, 8, 4, true),
    AES_GCM_12(19, "AES-GCM", 8, 1, 12, 4, true),
    AES_GCM_16(20, "AES-GCM", 8, 1, 16, 4, true),
    CHACHA20_POLY1305(28, "CHACHA20-POLY1305", 8, 1, 16, 4, true);

    private final int id;
    private final String iosName;
    private final int ivLength;
    private final int blockSize;
    private final int icvLength;
    private final int saltLength;
    private final boolean aead;

    EncryptionAlgorithm(int id, String iosName, int ivLength, int blockSize, int icvLength, int saltLength,
                        boolean aead) {
        this.id = id;
        this.iosName = iosName;
        this.ivLength = ivLength;
        this.blockSize = blockSize;
        this.icvLength = icvLength;
        this.saltLength = saltLength;
        this.aead = aead;
    }

    public int id() {
        return id;
    }

    /** As IOS prints it: {@code Encr: AES-CBC, keysize: 256}. */
    public String iosName() {
        return iosName;
    }

    public int ivLength() {
        return ivLength;
    }

    /** Alignment of plaintext + padding + pad length (1 = none needed). */
    public int blockSize() {
        return blockSize;
    }

    /** ICV length for AEAD algorithms, 0 otherwise. */
    public int icvLength() {
        return icvLength;
    }

    public int saltLength() {
        return saltLength;
    }

    public boolean isAead() {
        return aead;
    }

    /** True if the Key Length attribute value (in bits, null if absent) is valid. */
    public boolean acceptsKeyLength(Integer keyBits) {
        if (this == CHACHA20_POLY1305) {
            return keyBits == null || keyBits == 256;
        }
        if (keyBits == null) {
            return false;
        }
        return keyBits == 128 || keyBits == 192 || keyBits == 256;
    }

    /** Key bits to use for an attribute value (ChaCha20 has a fixed 256-bit key). */
    public int effectiveKeyBits(Integer keyBits) {
        return this == CHACHA20_POLY1305 ? 256 : keyBits;
    }

    /** Octets of key material taken from prf+ for one direction: key plus salt. */
    public int keyMaterialLength(int keyBits) {
        return keyBits / 8 + saltLength;
    }

    public static Optional<EncryptionAlgorithm> ofId(int id) {
        for (EncryptionAlgorithm a : values()) {
            if (a.id == id) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
