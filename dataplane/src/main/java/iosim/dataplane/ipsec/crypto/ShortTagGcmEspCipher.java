package iosim.dataplane.ipsec.crypto;

import java.util.Arrays;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.modes.GCMModeCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * AES-GCM with the 8-byte ICV of RFC 4106 (ENCR_AES_GCM_8). SunJCE refuses tags shorter than
 * 96 bits, so this rare transform uses Bouncy Castle's GCM; the common 12/16-byte ICVs stay on
 * SunJCE ({@link AeadEspCipher}). Same nonce and AAD rules.
 */
final class ShortTagGcmEspCipher implements EspCipher {
    private static final int ICV = 8;
    private final byte[] key;
    private final byte[] nonce = new byte[12];
    private final byte[] aad = new byte[12];
    private final GCMModeCipher gcm = GCMBlockCipher.newInstance(AESEngine.newInstance());

    ShortTagGcmEspCipher(EspTransform transform, byte[] keyMaterial) {
        int keyLen = keyMaterial.length - EncryptionAlgorithm.AEAD_SALT_LENGTH;
        this.key = Arrays.copyOf(keyMaterial, keyLen);
        System.arraycopy(keyMaterial, keyLen, nonce, 0, 4);
    }

    @Override public int ivLength() { return 8; }
    @Override public int icvLength() { return ICV; }

    private void init(boolean encrypt, byte[] a, int espOff, long seq, boolean esn) {
        System.arraycopy(a, espOff + 8, nonce, 4, 8);
        int aadLen;
        System.arraycopy(a, espOff, aad, 0, 4);
        if (esn) {
            SequenceBytes.putLong(aad, 4, seq);
            aadLen = 12;
        } else {
            System.arraycopy(a, espOff + 4, aad, 4, 4);
            aadLen = 8;
        }
        gcm.init(encrypt, new AEADParameters(new KeyParameter(key), ICV * 8, nonce, Arrays.copyOf(aad, aadLen)));
    }

    @Override
    public void seal(byte[] a, int espOff, int textLength, long seq, boolean esn) {
        SequenceBytes.putLong(a, espOff + 8, seq);
        init(true, a, espOff, seq, esn);
        int textOff = espOff + 16;
        byte[] out = new byte[textLength + ICV];
        int n = gcm.processBytes(a, textOff, textLength, out, 0);
        try {
            gcm.doFinal(out, n);
        } catch (InvalidCipherTextException e) {
            throw new IllegalStateException("ESP seal failed", e);
        }
        System.arraycopy(out, 0, a, textOff, out.length);
    }

    @Override
    public boolean open(byte[] a, int espOff, int textLength, long seq, boolean esn) {
        init(false, a, espOff, seq, esn);
        int textOff = espOff + 16;
        byte[] out = new byte[textLength];
        int n = gcm.processBytes(a, textOff, textLength + ICV, out, 0);
        try {
            gcm.doFinal(out, n);
        } catch (InvalidCipherTextException e) {
            return false;
        }
        System.arraycopy(out, 0, a, textOff, textLength);
        return true;
    }

    @Override
    public void destroy() {
        Arrays.fill(key, (byte) 0);
        Arrays.fill(nonce, (byte) 0);
        gcm.init(true, new AEADParameters(new KeyParameter(new byte[16]), 128, new byte[12]));
    }

    @Override
    public boolean isWiped() {
        for (byte b : key) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }
}
