package iosim.ikev2.crypto;

import iosim.ike.crypto.CipherKey;
import iosim.ike.crypto.EncryptionAlgorithm;
import iosim.ike.crypto.IntegrityAlgorithm;
import iosim.ike.crypto.IntegrityKey;
import java.util.Objects;

/**
 * The keys protecting one direction of an IKE SA's SK payloads (SK_e and SK_a of RFC 7296
 * 2.14), and the two operations on a message buffer laid out as
 * {@code [IKE header | SK(F) header][IV][plaintext or ciphertext][ICV]}:
 * <ul>
 * <li>CBC + HMAC (RFC 7296 3.14): the ICV is the truncated HMAC over everything before it.</li>
 * <li>AES-GCM (RFC 5282) and ChaCha20-Poly1305 (RFC 7634): nonce = salt | IV, associated data =
 * everything before the IV, ICV = the AEAD tag.</li>
 * </ul>
 * The cipher and HMAC work is ike-common's {@link CipherKey} and {@link IntegrityKey}. Immutable and
 * thread-safe.
 */
public final class SkKeys {

    private final CipherKey cipher;
    private final IntegrityKey integrity;

    private SkKeys(CipherKey cipher, IntegrityKey integrity) {
        this.cipher = cipher;
        this.integrity = integrity;
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
        return new SkKeys(CipherKey.of(encryption, encrKeyMaterial.clone()),
                integrity == null ? null : IntegrityKey.of(integrity, integKey));
    }

    public EncryptionAlgorithm encryption() {
        return cipher.algorithm();
    }

    public IntegrityAlgorithm integrity() {
        return integrity == null ? null : integrity.algorithm();
    }

    public int ivLength() {
        return encryption().ivLength();
    }

    public int icvLength() {
        return integrity == null ? encryption().icvLength() : integrity.algorithm().icvLength();
    }

    public int blockSize() {
        return encryption().blockSize();
    }

    /**
     * Encrypts {@code buf[plainOff, plainOff+plainLen)} in place with the IV at
     * {@code buf[ivOff, ivOff+ivLength)} (already filled by the caller) and writes the ICV at
     * {@code plainOff+plainLen}. {@code buf} must end right after the ICV; all lengths in the
     * headers must already be final. For CBC, {@code plainLen} must be a multiple of the block size.
     */
    public void seal(byte[] buf, int ivOff, int plainOff, int plainLen) {
        if (integrity == null) {
            cipher.aeadSeal(buf, ivOff, ivOff, plainOff, plainLen);
        } else {
            cipher.cbcEncrypt(buf, ivOff, buf, plainOff, plainLen);
            integrity.sign(buf, 0, plainOff + plainLen, plainOff + plainLen);
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
        if (integrity == null) {
            return cipher.aeadOpen(buf, ivOff, ivOff, cipherOff, cipherLen);
        }
        if (!integrity.verify(buf, 0, cipherOff + cipherLen, cipherOff + cipherLen)) {
            return null;
        }
        return cipher.cbcDecrypt(buf, ivOff, buf, cipherOff, cipherLen);
    }
}
