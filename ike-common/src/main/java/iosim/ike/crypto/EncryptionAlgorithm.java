package iosim.ike.crypto;

import java.util.Optional;

/**
 * Encryption algorithms, identified by their IKEv2 transform type 1 ID (IANA); IKEv1 maps its own
 * attribute values onto these. AEAD algorithms (RFC 5282, RFC 7634) take no integrity transform;
 * their key material is the key followed by a 4-octet salt. DES and 3DES (RFC 2451) have a fixed
 * key length and no Key Length attribute.
 */
public enum EncryptionAlgorithm {
    DES_CBC(2, 8, 8, 0, 0, false, "DES", "DES/CBC/NoPadding", 64),
    TRIPLE_DES_CBC(3, 8, 8, 0, 0, false, "DESede", "DESede/CBC/NoPadding", 192),
    AES_CBC(12, 16, 16, 0, 0, false, "AES", "AES/CBC/NoPadding", 0),
    AES_GCM_8(18, 8, 1, 8, 4, true, "AES", "AES/GCM/NoPadding", 0),
    AES_GCM_12(19, 8, 1, 12, 4, true, "AES", "AES/GCM/NoPadding", 0),
    AES_GCM_16(20, 8, 1, 16, 4, true, "AES", "AES/GCM/NoPadding", 0),
    CHACHA20_POLY1305(28, 8, 1, 16, 4, true, "ChaCha20", "ChaCha20-Poly1305", 256);

    private final int id;
    private final int ivLength;
    private final int blockSize;
    private final int icvLength;
    private final int saltLength;
    private final boolean aead;
    private final String jcaKeyAlgorithm;
    private final String jcaTransformation;
    private final int fixedKeyBits;

    EncryptionAlgorithm(int id, int ivLength, int blockSize, int icvLength, int saltLength, boolean aead,
                        String jcaKeyAlgorithm, String jcaTransformation, int fixedKeyBits) {
        this.id = id;
        this.ivLength = ivLength;
        this.blockSize = blockSize;
        this.icvLength = icvLength;
        this.saltLength = saltLength;
        this.aead = aead;
        this.jcaKeyAlgorithm = jcaKeyAlgorithm;
        this.jcaTransformation = jcaTransformation;
        this.fixedKeyBits = fixedKeyBits;
    }

    /** IKEv2 transform ID (IANA "Transform Type 1"). */
    public int id() {
        return id;
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

    /** JCA key algorithm name (AES, DESede, DES, ChaCha20). */
    public String jcaKeyAlgorithm() {
        return jcaKeyAlgorithm;
    }

    /** JCA cipher transformation, e.g. {@code AES/CBC/NoPadding}. */
    public String jcaTransformation() {
        return jcaTransformation;
    }

    /** True for algorithms whose key length is fixed (DES, 3DES, ChaCha20): no Key Length attribute. */
    public boolean hasFixedKeyLength() {
        return fixedKeyBits != 0;
    }

    /** True if the Key Length attribute value (in bits, null if absent) is valid. */
    public boolean acceptsKeyLength(Integer keyBits) {
        if (hasFixedKeyLength()) {
            return keyBits == null || keyBits == fixedKeyBits;
        }
        if (keyBits == null) {
            return false;
        }
        return keyBits == 128 || keyBits == 192 || keyBits == 256;
    }

    /** Key bits to use for an attribute value (the fixed length for DES, 3DES and ChaCha20). */
    public int effectiveKeyBits(Integer keyBits) {
        return hasFixedKeyLength() ? fixedKeyBits : keyBits;
    }

    /** Octets of key material taken from the key derivation for one direction: key plus salt. */
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
