package iosim.dataplane.ipsec.crypto;

import java.security.GeneralSecurityException;
import java.security.spec.AlgorithmParameterSpec;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.IvParameterSpec;

/**
 * AES-GCM (RFC 4106, 12- and 16-byte ICV) and ChaCha20-Poly1305 (RFC 7634) through the JDK's
 * own providers (SunJCE GCM uses the CPU's AES and carry-less multiply instructions).
 * Nonce = salt(4) || IV(8); the IV is the 64-bit sequence number, unique per SA.
 * AAD = SPI || seq (8 bytes), or SPI || seqHigh || seqLow (12 bytes) with ESN.
 */
final class AeadEspCipher implements EspCipher {
    private final EspTransform transform;
    private final boolean gcm;
    private final int icvLength;
    private final ZeroableKey key;
    private final byte[] nonce = new byte[12];
    private final byte[] esnAad = new byte[12];
    private final Cipher cipher;

    AeadEspCipher(EspTransform transform, byte[] keyMaterial) {
        this.transform = transform;
        this.gcm = transform.encryption().isGcm();
        this.icvLength = transform.icvLength();
        int keyLen = keyMaterial.length - EncryptionAlgorithm.AEAD_SALT_LENGTH;
        this.key = new ZeroableKey(gcm ? "AES" : "ChaCha20", keyMaterial, 0, keyLen);
        System.arraycopy(keyMaterial, keyLen, nonce, 0, 4);
        try {
            this.cipher = Cipher.getInstance(gcm ? "AES/GCM/NoPadding" : "ChaCha20-Poly1305");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("JDK lacks " + transform.encryption(), e);
        }
    }

    @Override public int ivLength() { return 8; }
    @Override public int icvLength() { return icvLength; }

    private AlgorithmParameterSpec spec() {
        return gcm ? new GCMParameterSpec(icvLength * 8, nonce) : new IvParameterSpec(nonce);
    }

    private void addAad(byte[] a, int espOff, long seq, boolean esn) {
        if (esn) {
            System.arraycopy(a, espOff, esnAad, 0, 4);
            SequenceBytes.putLong(esnAad, 4, seq);
            cipher.updateAAD(esnAad, 0, 12);
        } else {
            cipher.updateAAD(a, espOff, 8);
        }
    }

    @Override
    public void seal(byte[] a, int espOff, int textLength, long seq, boolean esn) {
        int ivOff = espOff + 8;
        SequenceBytes.putLong(a, ivOff, seq);
        System.arraycopy(a, ivOff, nonce, 4, 8);
        try {
            cipher.init(Cipher.ENCRYPT_MODE, key, spec());
            addAad(a, espOff, seq, esn);
            cipher.doFinal(a, ivOff + 8, textLength, a, ivOff + 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("ESP seal failed", e);
        }
    }

    @Override
    public boolean open(byte[] a, int espOff, int textLength, long seq, boolean esn) {
        int ivOff = espOff + 8;
        System.arraycopy(a, ivOff, nonce, 4, 8);
        try {
            initForDecryption();
            addAad(a, espOff, seq, esn);
            cipher.doFinal(a, ivOff + 8, textLength + icvLength, a, ivOff + 8);
            return true;
        } catch (AEADBadTagException e) {
            return false;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("ESP open failed", e);
        }
    }

    /**
     * The JDK's ChaCha20-Poly1305 refuses to be initialised twice in a row with one key and nonce,
     * even to decrypt; that happens when a forged packet took a sequence number first. Initialise
     * once with a different nonce, then again.
     */
    private void initForDecryption() throws GeneralSecurityException {
        try {
            cipher.init(Cipher.DECRYPT_MODE, key, spec());
        } catch (java.security.InvalidKeyException e) {
            if (gcm) {
                throw e;
            }
            byte[] other = nonce.clone();
            other[11] ^= 1;
            cipher.init(Cipher.DECRYPT_MODE, key, new IvParameterSpec(other));
            cipher.init(Cipher.DECRYPT_MODE, key, spec());
        }
    }

    @Override
    public void destroy() {
        key.destroy();
        Arrays.fill(nonce, (byte) 0);
        Arrays.fill(esnAad, (byte) 0);
        JceWipe.rekey(cipher, gcm ? "AES" : "ChaCha20", transform.keyBits() / 8);
    }

    @Override
    public boolean isWiped() {
        return key.isWiped() && nonce[0] == 0 && nonce[1] == 0 && nonce[2] == 0 && nonce[3] == 0;
    }
}
