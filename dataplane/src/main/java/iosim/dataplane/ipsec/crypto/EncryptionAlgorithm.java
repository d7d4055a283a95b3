package iosim.dataplane.ipsec.crypto;

/**
 * ESP encryption transforms (IKEv2 transform type 1 ids). AEAD algorithms carry their own
 * integrity and take a 4-byte salt after the key (RFC 4106 section 8.1, RFC 7634 section 2).
 */
public enum EncryptionAlgorithm {
    NULL(11, false, 0, 0, 4),
    /** IKEv1 legacy ESP_DES (RFC 2405): 8-octet blocks and IV, a 64-bit key (56 effective). */
    DES_CBC(2, false, 8, 0, 8),
    /** IKEv1 legacy ESP_3DES (RFC 2451): 8-octet blocks and IV, a 192-bit key. */
    TDES_CBC(3, false, 8, 0, 8),
    AES_CBC(12, false, 16, 0, 16),
    AES_GCM_8(18, true, 8, 8, 4),
    AES_GCM_12(19, true, 8, 12, 4),
    AES_GCM_16(20, true, 8, 16, 4),
    CHACHA20_POLY1305(28, true, 8, 16, 4);

    /** Salt bytes appended to the key of the AEAD algorithms. */
    public static final int AEAD_SALT_LENGTH = 4;

    private final int ikeTransformId;
    private final boolean aead;
    private final int ivLength;
    private final int aeadIcvLength;
    private final int blockSize;

    EncryptionAlgorithm(int ikeTransformId, boolean aead, int ivLength, int aeadIcvLength, int blockSize) {
        this.ikeTransformId = ikeTransformId;
        this.aead = aead;
        this.ivLength = ivLength;
        this.aeadIcvLength = aeadIcvLength;
        this.blockSize = blockSize;
    }

    public int ikeTransformId() { return ikeTransformId; }
    public boolean isAead() { return aead; }
    /** Bytes of IV carried in every ESP packet. */
    public int ivLength() { return ivLength; }
    /** ICV bytes of an AEAD algorithm (0 for the others). */
    public int aeadIcvLength() { return aeadIcvLength; }
    /** Alignment of payload+padding+trailer (the cipher block, or 4 for stream-like modes). */
    public int blockSize() { return blockSize; }

    public boolean isGcm() { return this == AES_GCM_8 || this == AES_GCM_12 || this == AES_GCM_16; }

    /** Cipher key length in bytes (without salt) is valid for this algorithm. */
    public boolean acceptsKeyBits(int bits) {
        return switch (this) {
            case NULL -> bits == 0;
            case DES_CBC -> bits == 64;
            case TDES_CBC -> bits == 192;
            case AES_CBC, AES_GCM_8, AES_GCM_12, AES_GCM_16 -> bits == 128 || bits == 192 || bits == 256;
            case CHACHA20_POLY1305 -> bits == 256;
        };
    }
}
