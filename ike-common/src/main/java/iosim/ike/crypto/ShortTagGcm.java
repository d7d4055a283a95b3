package iosim.ike.crypto;

import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.modes.GCMModeCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * AES-GCM with a 64-bit tag (ENCR_AES_GCM_8, RFC 5282), which SunJCE does not allow
 * (its minimum is 96 bits). Bouncy Castle's lightweight GCM; slower, used only for this ICV.
 */
final class ShortTagGcm {

    private static final int TAG_BITS = 64;

    private ShortTagGcm() {
    }

    private static GCMModeCipher cipher(boolean encrypt, byte[] key, byte[] nonce, byte[] aad, int aadLen) {
        GCMModeCipher c = GCMBlockCipher.newInstance(AESEngine.newInstance());
        byte[] a = java.util.Arrays.copyOf(aad, aadLen);
        c.init(encrypt, new AEADParameters(new KeyParameter(key), TAG_BITS, nonce, a));
        return c;
    }

    static void seal(byte[] key, byte[] nonce, byte[] buf, int aadLen, int plainOff, int plainLen) {
        GCMModeCipher c = cipher(true, key, nonce, buf, aadLen);
        byte[] out = new byte[c.getOutputSize(plainLen)];
        int n = c.processBytes(buf, plainOff, plainLen, out, 0);
        try {
            c.doFinal(out, n);
        } catch (InvalidCipherTextException e) {
            throw new IllegalStateException(e);
        }
        System.arraycopy(out, 0, buf, plainOff, out.length);
    }

    /** Null if the tag does not verify. */
    static byte[] open(byte[] key, byte[] nonce, byte[] buf, int aadLen, int cipherOff, int cipherLen) {
        GCMModeCipher c = cipher(false, key, nonce, buf, aadLen);
        byte[] out = new byte[c.getOutputSize(cipherLen + TAG_BITS / 8)];
        int n = c.processBytes(buf, cipherOff, cipherLen + TAG_BITS / 8, out, 0);
        try {
            c.doFinal(out, n);
            return out;
        } catch (InvalidCipherTextException e) {
            return null;
        }
    }
}
