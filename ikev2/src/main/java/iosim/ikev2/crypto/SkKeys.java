package iosim.ikev2.crypto;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Objects;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The keys protecting one direction of an IKE SA's SK payloads (SK_e and SK_a of RFC 7296
 * 2.14), and the two operations on a message buffer laid out as
 * {@code [IKE header | SK(F) header][IV][plaintext or ciphertext][ICV]}:
 * <ul>
 * <li>AES-CBC + HMAC (RFC 7296 3.14): the ICV is the truncated HMAC over everything before it.</li>
 * <li>AES-GCM (RFC 5282) and ChaCha20-Poly1305 (RFC 7634): nonce = salt | IV, associated data =
 * everything before the IV, ICV = the AEAD tag.</li>
 * </ul>
 * Immutable and thread-safe (JCA objects are per thread, see {@link JcaPool}). Uses SunJCE (AES-NI, SHA
 * instructions), except AES-GCM with an 8-octet ICV, which SunJCE refuses: that one uses
 * Bouncy Castle's GCM ({@link ShortTagGcm}).
 */
public final class SkKeys {

    private final EncryptionAlgorithm encryption;
    private final SecretKeySpec encryptionKey;
    private final byte[] salt;
    private final IntegrityAlgorithm integrity;
    private final SecretKeySpec integrityKey;

    private SkKeys(EncryptionAlgorithm encryption, byte[] encrKeyMaterial, IntegrityAlgorithm integrity,
                   byte[] integKey) {
        this.encryption = encryption;
        int keyLen = encrKeyMaterial.length - encryption.saltLength();
        String jcaKeyAlg = encryption == EncryptionAlgorithm.CHACHA20_POLY1305 ? "ChaCha20" : "AES";
        this.encryptionKey = new SecretKeySpec(encrKeyMaterial, 0, keyLen, jcaKeyAlg);
        this.salt = java.util.Arrays.copyOfRange(encrKeyMaterial, keyLen, encrKeyMaterial.length);
        this.integrity = integrity;
        this.integrityKey = integrity == null ? null : new SecretKeySpec(integKey, integrity.jcaName());
    }

    /**
     * @param encrKeyMaterial SK_e: the key, followed by the 4-octet salt for AEAD algorithms
     * @param integrity       null for AEAD algorithms
     * @param integKey        SK_a, null for AEAD algorithms
     */
    public static SkKeys of(EncryptionAlgorithm encryption, byte[] encrKeyMaterial, IntegrityAlgorithm integrity,
                            byte[] integKey) {
        Objects.requireNonNull(encryption);
        if (encryption.isAead() != (integrity == null)) {
            throw new IllegalArgumentException(encryption.isAead()
                    ? "AEAD cipher takes no integrity algorithm" : "integrity algorithm required");
        }
        int keyBits = (encrKeyMaterial.length - encryption.saltLength()) * 8;
        if (!encryption.acceptsKeyLength(keyBits)) {
            throw new IllegalArgumentException("bad key length " + keyBits + " for " + encryption);
        }
        if (integrity != null && integKey.length != integrity.keyLength()) {
            throw new IllegalArgumentException("bad integrity key length " + integKey.length);
        }
        return new SkKeys(encryption, encrKeyMaterial.clone(), integrity, integKey == null ? null : integKey.clone());
    }

    public EncryptionAlgorithm encryption() {
        return encryption;
    }

    public IntegrityAlgorithm integrity() {
        return integrity;
    }

    public int ivLength() {
        return encryption.ivLength();
    }

    public int icvLength() {
        return encryption.isAead() ? encryption.icvLength() : integrity.icvLength();
    }

    public int blockSize() {
        return encryption.blockSize();
    }

    /**
     * Encrypts {@code buf[plainOff, plainOff+plainLen)} in place with the IV at
     * {@code buf[ivOff, ivOff+ivLength)} (already filled by the caller) and writes the ICV at
     * {@code plainOff+plainLen}. {@code buf} must end right after the ICV; all lengths in the
     * headers must already be final. For CBC, {@code plainLen} must be a multiple of 16.
     */
    public void seal(byte[] buf, int ivOff, int plainOff, int plainLen) {
        try {
            if (encryption == EncryptionAlgorithm.AES_GCM_8) {
                ShortTagGcm.seal(encryptionKey.getEncoded(), nonce(buf, ivOff), buf, ivOff, plainOff, plainLen);
            } else if (encryption.isAead()) {
                Cipher c = aeadCipher(Cipher.ENCRYPT_MODE, buf, ivOff);
                c.updateAAD(buf, 0, ivOff);
                c.doFinal(buf, plainOff, plainLen, buf, plainOff);
            } else {
                Cipher c = JcaPool.cipher("AES/CBC/NoPadding");
                c.init(Cipher.ENCRYPT_MODE, encryptionKey, new IvParameterSpec(buf, ivOff, encryption.ivLength()));
                c.doFinal(buf, plainOff, plainLen, buf, plainOff);
                byte[] mac = mac(buf, plainOff + plainLen);
                System.arraycopy(mac, 0, buf, plainOff + plainLen, integrity.icvLength());
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SK encryption failed", e);
        }
    }

    /**
     * Verifies the ICV that follows {@code buf[cipherOff, cipherOff+cipherLen)} and decrypts
     * that range. Returns the plaintext (padding included), or null if the ICV is wrong or the
     * length is not valid for the cipher. Never throws.
     */
    public byte[] open(byte[] buf, int ivOff, int cipherOff, int cipherLen) {
        int icv = icvLength();
        if (cipherLen < 0 || cipherOff + cipherLen + icv > buf.length || ivOff + ivLength() > cipherOff) {
            return null;
        }
        try {
            if (encryption == EncryptionAlgorithm.AES_GCM_8) {
                return ShortTagGcm.open(encryptionKey.getEncoded(), nonce(buf, ivOff), buf, ivOff, cipherOff,
                        cipherLen);
            }
            if (encryption.isAead()) {
                Cipher c = aeadCipher(Cipher.DECRYPT_MODE, buf, ivOff);
                c.updateAAD(buf, 0, ivOff);
                return c.doFinal(buf, cipherOff, cipherLen + icv);
            }
            byte[] mac = mac(buf, cipherOff + cipherLen);
            byte[] received = java.util.Arrays.copyOfRange(buf, cipherOff + cipherLen, cipherOff + cipherLen + icv);
            if (!MessageDigest.isEqual(java.util.Arrays.copyOf(mac, icv), received)) {
                return null;
            }
            if (cipherLen == 0 || cipherLen % encryption.blockSize() != 0) {
                return null;
            }
            Cipher c = JcaPool.cipher("AES/CBC/NoPadding");
            c.init(Cipher.DECRYPT_MODE, encryptionKey, new IvParameterSpec(buf, ivOff, encryption.ivLength()));
            return c.doFinal(buf, cipherOff, cipherLen);
        } catch (GeneralSecurityException | RuntimeException e) {
            return null;
        }
    }

    private byte[] nonce(byte[] buf, int ivOff) {
        byte[] nonce = new byte[salt.length + encryption.ivLength()];
        System.arraycopy(salt, 0, nonce, 0, salt.length);
        System.arraycopy(buf, ivOff, nonce, salt.length, encryption.ivLength());
        return nonce;
    }

    private Cipher aeadCipher(int mode, byte[] buf, int ivOff) throws GeneralSecurityException {
        byte[] nonce = nonce(buf, ivOff);
        if (encryption == EncryptionAlgorithm.CHACHA20_POLY1305) {
            Cipher c = JcaPool.cipher("ChaCha20-Poly1305");
            try {
                c.init(mode, encryptionKey, new IvParameterSpec(nonce));
            } catch (java.security.InvalidKeyException | java.security.InvalidAlgorithmParameterException reuse) {
                c = Cipher.getInstance("ChaCha20-Poly1305");
                c.init(mode, encryptionKey, new IvParameterSpec(nonce));
            }
            return c;
        }
        Cipher c = JcaPool.cipher("AES/GCM/NoPadding");
        GCMParameterSpec spec = new GCMParameterSpec(encryption.icvLength() * 8, nonce);
        try {
            c.init(mode, encryptionKey, spec);
        } catch (java.security.InvalidAlgorithmParameterException reuse) {
            // SunJCE refuses to encrypt twice with the key and IV this pooled object last used
            // (only possible with a repeating test RandomSource): use a fresh object
            c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(mode, encryptionKey, spec);
        }
        return c;
    }

    private byte[] mac(byte[] buf, int len) throws GeneralSecurityException {
        Mac m = JcaPool.mac(integrity.jcaName());
        m.init(integrityKey);
        m.update(buf, 0, len);
        return m.doFinal();
    }
}
