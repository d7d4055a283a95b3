package iosim.ike.crypto;

import java.security.GeneralSecurityException;
import java.security.InvalidAlgorithmParameterException;
import java.security.InvalidKeyException;
import java.util.Arrays;
import java.util.Objects;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * One direction's encryption key for an {@link EncryptionAlgorithm}, working in place on a
 * caller's buffer: CBC for the block ciphers (AES, 3DES, DES; IKEv1 and IKEv2 SK payloads, ESP),
 * AEAD for AES-GCM and ChaCha20-Poly1305 (nonce = salt | IV). Message layout (where the IV sits,
 * what is authenticated) is the caller's business.
 *
 * <p>Immutable and thread-safe: JCA objects are per thread ({@link JcaPool}). SunJCE does the
 * work (AES-NI), except AES-GCM with an 8-octet ICV, which SunJCE refuses: that one uses
 * Bouncy Castle's GCM ({@link ShortTagGcm}).
 */
public final class CipherKey {

    private final EncryptionAlgorithm algorithm;
    private final SecretKeySpec key;
    private final byte[] salt;

    private CipherKey(EncryptionAlgorithm algorithm, SecretKeySpec key, byte[] salt) {
        this.algorithm = algorithm;
        this.key = key;
        this.salt = salt;
    }

    /**
     * @param keyMaterial the key, followed by the salt for AEAD algorithms
     *                    ({@link EncryptionAlgorithm#saltLength()} octets)
     * @throws IllegalArgumentException if the key length is not one the algorithm takes
     */
    public static CipherKey of(EncryptionAlgorithm algorithm, byte[] keyMaterial) {
        Objects.requireNonNull(algorithm);
        int keyLen = keyMaterial.length - algorithm.saltLength();
        if (keyLen <= 0 || !algorithm.acceptsKeyLength(algorithm.hasFixedKeyLength() ? null : keyLen * 8)
                || (algorithm.hasFixedKeyLength() && keyLen * 8 != algorithm.effectiveKeyBits(null))) {
            throw new IllegalArgumentException("bad key length " + keyLen * 8 + " for " + algorithm);
        }
        return new CipherKey(algorithm, new SecretKeySpec(keyMaterial, 0, keyLen, algorithm.jcaKeyAlgorithm()),
                Arrays.copyOfRange(keyMaterial, keyLen, keyMaterial.length));
    }

    public EncryptionAlgorithm algorithm() {
        return algorithm;
    }

    /** CBC-encrypts {@code buf[off, off+len)} in place; {@code len} must be a multiple of the block size. */
    public void cbcEncrypt(byte[] iv, int ivOff, byte[] buf, int off, int len) {
        requireCbc();
        try {
            Cipher c = JcaPool.cipher(algorithm.jcaTransformation());
            c.init(Cipher.ENCRYPT_MODE, key, new IvParameterSpec(iv, ivOff, algorithm.ivLength()));
            c.doFinal(buf, off, len, buf, off);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm + " encryption failed", e);
        }
    }

    /**
     * CBC-decrypts {@code buf[off, off+len)} into a new array; null when {@code len} is zero or not
     * a multiple of the block size. Never throws on bad input.
     */
    public byte[] cbcDecrypt(byte[] iv, int ivOff, byte[] buf, int off, int len) {
        requireCbc();
        if (len <= 0 || len % algorithm.blockSize() != 0 || off < 0 || off + len > buf.length) {
            return null;
        }
        try {
            Cipher c = JcaPool.cipher(algorithm.jcaTransformation());
            c.init(Cipher.DECRYPT_MODE, key, new IvParameterSpec(iv, ivOff, algorithm.ivLength()));
            return c.doFinal(buf, off, len);
        } catch (GeneralSecurityException | RuntimeException e) {
            return null;
        }
    }

    /**
     * AEAD-encrypts {@code buf[plainOff, plainOff+plainLen)} in place and writes the ICV right after
     * it. The explicit IV is at {@code buf[ivOff, ivOff+ivLength)}; the associated data is
     * {@code buf[0, aadLen)}.
     */
    public void aeadSeal(byte[] buf, int ivOff, int aadLen, int plainOff, int plainLen) {
        requireAead();
        try {
            byte[] nonce = nonce(buf, ivOff);
            if (algorithm == EncryptionAlgorithm.AES_GCM_8) {
                ShortTagGcm.seal(key.getEncoded(), nonce, buf, aadLen, plainOff, plainLen);
                return;
            }
            Cipher c = aeadCipher(Cipher.ENCRYPT_MODE, nonce);
            c.updateAAD(buf, 0, aadLen);
            c.doFinal(buf, plainOff, plainLen, buf, plainOff);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm + " encryption failed", e);
        }
    }

    /**
     * Verifies the ICV that follows {@code buf[cipherOff, cipherOff+cipherLen)} and decrypts that
     * range into a new array; null if the ICV is wrong. Never throws on bad input.
     */
    public byte[] aeadOpen(byte[] buf, int ivOff, int aadLen, int cipherOff, int cipherLen) {
        requireAead();
        try {
            byte[] nonce = nonce(buf, ivOff);
            if (algorithm == EncryptionAlgorithm.AES_GCM_8) {
                return ShortTagGcm.open(key.getEncoded(), nonce, buf, aadLen, cipherOff, cipherLen);
            }
            Cipher c = aeadCipher(Cipher.DECRYPT_MODE, nonce);
            c.updateAAD(buf, 0, aadLen);
            return c.doFinal(buf, cipherOff, cipherLen + algorithm.icvLength());
        } catch (GeneralSecurityException | RuntimeException e) {
            return null;
        }
    }

    private byte[] nonce(byte[] buf, int ivOff) {
        byte[] nonce = new byte[salt.length + algorithm.ivLength()];
        System.arraycopy(salt, 0, nonce, 0, salt.length);
        System.arraycopy(buf, ivOff, nonce, salt.length, algorithm.ivLength());
        return nonce;
    }

    private Cipher aeadCipher(int mode, byte[] nonce) throws GeneralSecurityException {
        String transformation = algorithm.jcaTransformation();
        Cipher c = JcaPool.cipher(transformation);
        java.security.spec.AlgorithmParameterSpec spec = algorithm == EncryptionAlgorithm.CHACHA20_POLY1305
                ? new IvParameterSpec(nonce) : new GCMParameterSpec(algorithm.icvLength() * 8, nonce);
        try {
            c.init(mode, key, spec);
        } catch (InvalidKeyException | InvalidAlgorithmParameterException reuse) {
            // SunJCE refuses to encrypt twice with the key and nonce this pooled object last used
            // (only possible with a repeating test RandomSource): use a fresh object
            c = Cipher.getInstance(transformation);
            c.init(mode, key, spec);
        }
        return c;
    }

    private void requireCbc() {
        if (algorithm.isAead()) {
            throw new IllegalStateException(algorithm + " is not a CBC cipher");
        }
    }

    private void requireAead() {
        if (!algorithm.isAead()) {
            throw new IllegalStateException(algorithm + " is not an AEAD cipher");
        }
    }
}
