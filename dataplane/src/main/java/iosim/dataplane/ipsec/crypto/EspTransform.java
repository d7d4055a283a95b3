package iosim.dataplane.ipsec.crypto;

import java.util.Objects;

/**
 * One negotiated ESP transform: encryption algorithm and key size, and integrity (NONE for AEAD).
 *
 * @param encryption encryption algorithm
 * @param keyBits    cipher key size in bits, without the AEAD salt (0 for NULL)
 * @param integrity  integrity algorithm; must be NONE with AEAD, must not be NONE otherwise
 */
public record EspTransform(EncryptionAlgorithm encryption, int keyBits, IntegrityAlgorithm integrity) {

    public EspTransform {
        Objects.requireNonNull(encryption);
        Objects.requireNonNull(integrity);
        if (!encryption.acceptsKeyBits(keyBits)) {
            throw new IllegalArgumentException(encryption + " does not take a " + keyBits + "-bit key");
        }
        if (encryption.isAead() && integrity != IntegrityAlgorithm.NONE) {
            throw new IllegalArgumentException("AEAD " + encryption + " takes no separate integrity");
        }
        if (!encryption.isAead() && integrity == IntegrityAlgorithm.NONE) {
            throw new IllegalArgumentException(encryption + " needs an integrity algorithm");
        }
    }

    public static EspTransform aesGcm16(int keyBits) {
        return new EspTransform(EncryptionAlgorithm.AES_GCM_16, keyBits, IntegrityAlgorithm.NONE);
    }

    public static EspTransform aesCbc(int keyBits, IntegrityAlgorithm integrity) {
        return new EspTransform(EncryptionAlgorithm.AES_CBC, keyBits, integrity);
    }

    public static EspTransform chacha20Poly1305() {
        return new EspTransform(EncryptionAlgorithm.CHACHA20_POLY1305, 256, IntegrityAlgorithm.NONE);
    }

    /**
     * The transform for negotiated IKEv2 transform ids (RFC 7296 / IANA): ENCR id with its key
     * length attribute (bits; 0 for NULL, 256 for ChaCha20-Poly1305) and INTEG id (0 = none).
     */
    public static EspTransform fromIke(int encryptionId, int keyBits, int integrityId) {
        EncryptionAlgorithm enc = null;
        for (EncryptionAlgorithm e : EncryptionAlgorithm.values()) {
            if (e.ikeTransformId() == encryptionId) {
                enc = e;
            }
        }
        IntegrityAlgorithm integ = null;
        for (IntegrityAlgorithm i : IntegrityAlgorithm.values()) {
            if (i.ikeTransformId() == integrityId) {
                integ = i;
            }
        }
        if (enc == null || integ == null) {
            throw new IllegalArgumentException("unsupported ESP transform ENCR " + encryptionId + " INTEG " + integrityId);
        }
        return new EspTransform(enc, enc == EncryptionAlgorithm.CHACHA20_POLY1305 && keyBits == 0 ? 256 : keyBits, integ);
    }

    /** Bytes of encryption key material including the AEAD salt (what IKEv2 KEYMAT yields). */
    public int encryptionKeyLength() {
        return keyBits / 8 + (encryption.isAead() ? EncryptionAlgorithm.AEAD_SALT_LENGTH : 0);
    }

    public int ivLength() { return encryption.ivLength(); }

    public int icvLength() {
        return encryption.isAead() ? encryption.aeadIcvLength() : integrity.icvLength();
    }

    public int blockSize() { return encryption.blockSize(); }
}
