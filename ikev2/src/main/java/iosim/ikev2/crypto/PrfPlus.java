package iosim.ikev2.crypto;

import iosim.ike.crypto.Prf;
import javax.crypto.Mac;

/**
 * prf+ (RFC 7296 2.13): T1 = prf(K, S | 0x01), Tn = prf(K, Tn-1 | S | n), output T1 | T2 | ...
 * At most 255 blocks.
 */
public final class PrfPlus {

    private PrfPlus() {
    }

    public static byte[] expand(Prf prf, byte[] key, byte[] seed, int length) {
        int blocks = (length + prf.outputLength() - 1) / prf.outputLength();
        if (blocks > 255) {
            throw new IllegalArgumentException("prf+ output too long: " + length);
        }
        byte[] out = new byte[length];
        byte[] t = new byte[0];
        int done = 0;
        Mac mac = prf.newMac(key);
        for (int n = 1; done < length; n++) {
            mac.update(t);
            mac.update(seed);
            mac.update((byte) n);
            t = mac.doFinal();
            int take = Math.min(t.length, length - done);
            System.arraycopy(t, 0, out, done, take);
            done += take;
        }
        return out;
    }
}
