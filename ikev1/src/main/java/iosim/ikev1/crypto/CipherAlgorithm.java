package iosim.ikev1.crypto;

import java.security.GeneralSecurityException;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * IKEv1 phase 1 encryption algorithms (RFC 2409 appendix A attribute 1), all CBC without
 * padding (the ISAKMP layer pads to the block).
 */
public enum CipherAlgorithm {
    DES_CBC(1, "DES", 8),
    TDES_CBC(5, "DESede", 8),
    AES_CBC(7, "AES", 16);

    private final int id;
    private final String jceName;
    private final int blockSize;

    CipherAlgorithm(int id, String jceName, int blockSize) {
        this.id = id;
        this.jceName = jceName;
        this.blockSize = blockSize;
    }

    public int id() {
        return id;
    }

    public int blockSize() {
        return blockSize;
    }

    /** Key length in octets for a key-length attribute in bits (only AES takes one). */
    public int keyLength(int keyBits) {
        return switch (this) {
            case DES_CBC -> 8;
            case TDES_CBC -> 24;
            case AES_CBC -> keyBits / 8;
        };
    }

    public boolean acceptsKeyBits(int keyBits) {
        return this == AES_CBC ? keyBits == 128 || keyBits == 192 || keyBits == 256 : keyBits == 0;
    }

    public static Optional<CipherAlgorithm> ofId(long id) {
        for (CipherAlgorithm c : values()) {
            if (c.id == id) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    public byte[] encrypt(byte[] key, byte[] iv, byte[] plaintext) {
        return run(Cipher.ENCRYPT_MODE, key, iv, plaintext);
    }

    /** Decrypts; the input must be a whole number of blocks (checked by the caller). */
    public byte[] decrypt(byte[] key, byte[] iv, byte[] ciphertext) {
        return run(Cipher.DECRYPT_MODE, key, iv, ciphertext);
    }

    private byte[] run(int mode, byte[] key, byte[] iv, byte[] in) {
        try {
            Cipher c = Cipher.getInstance(jceName + "/CBC/NoPadding");
            c.init(mode, new SecretKeySpec(key, jceName), new IvParameterSpec(iv, 0, blockSize));
            return c.doFinal(in);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(jceName + "-CBC failed", e);
        }
    }
}
