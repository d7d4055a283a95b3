package iosim.ikev2.crypto;

import iosim.ike.crypto.Prf;
import iosim.ike.crypto.PrfAlgorithm;
import java.util.Arrays;

/** Key derivation of RFC 7296 2.14 (IKE SA), 2.18 (IKE SA rekey) and 2.17 (Child SA). */
public final class Keymat {

    private Keymat() {
    }

    /** SKEYSEED = prf(Ni | Nr, g^ir) for a new IKE SA (IKE_SA_INIT). */
    public static byte[] skeyseed(PrfAlgorithm prf, byte[] sharedSecret, byte[] ni, byte[] nr) {
        return Prf.of(prf).compute(concat(ni, nr), sharedSecret);
    }

    /** SKEYSEED = prf(SK_d (old), g^ir (new) | Ni | Nr) for a rekeyed IKE SA, old SA's PRF. */
    public static byte[] rekeyedSkeyseed(PrfAlgorithm oldPrf, byte[] oldSkD, byte[] sharedSecret, byte[] ni,
                                         byte[] nr) {
        return Prf.of(oldPrf).compute(oldSkD, sharedSecret, ni, nr);
    }

    /** The keys of a new IKE SA from its DH secret, nonces and SPIs. */
    public static IkeSaKeys deriveIkeSaKeys(CryptoSuite suite, byte[] sharedSecret, byte[] ni, byte[] nr, long spiI,
                                            long spiR) {
        return expand(suite, skeyseed(suite.prf(), sharedSecret, ni, nr), ni, nr, spiI, spiR);
    }

    /** The keys of the IKE SA that replaces one whose SK_d and PRF are given (2.18). */
    public static IkeSaKeys deriveRekeyedIkeSaKeys(CryptoSuite newSuite, PrfAlgorithm oldPrf, byte[] oldSkD,
                                                   byte[] sharedSecret, byte[] ni, byte[] nr, long newSpiI,
                                                   long newSpiR) {
        return expand(newSuite, rekeyedSkeyseed(oldPrf, oldSkD, sharedSecret, ni, nr), ni, nr, newSpiI, newSpiR);
    }

    /** {SK_d | SK_ai | SK_ar | SK_ei | SK_er | SK_pi | SK_pr} = prf+(SKEYSEED, Ni | Nr | SPIi | SPIr). */
    public static IkeSaKeys expand(CryptoSuite suite, byte[] skeyseed, byte[] ni, byte[] nr, long spiI, long spiR) {
        return expand(suite, suite.prf(), skeyseed, ni, nr, spiI, spiR);
    }

    /**
     * As {@link #expand(CryptoSuite, byte[], byte[], byte[], long, long)} with prf+ run by
     * {@code prfPlus} instead of the suite's PRF (the key lengths stay the suite's): strongSwan
     * 5.9 expands a rekeyed IKE SA's SKEYSEED with the OLD SA's PRF.
     */
    public static IkeSaKeys expand(CryptoSuite suite, PrfAlgorithm prfPlus, byte[] skeyseed, byte[] ni, byte[] nr,
                                   long spiI, long spiR) {
        int prfLen = suite.prf().outputLength();
        int integLen = suite.integrity() == null ? 0 : suite.integrity().keyLength();
        int encrLen = suite.encryption().keyMaterialLength(suite.encryptionKeyBits());
        int total = 3 * prfLen + 2 * integLen + 2 * encrLen;
        byte[] seed = concat(ni, nr, longBytes(spiI), longBytes(spiR));
        byte[] km = PrfPlus.expand(Prf.of(prfPlus), skeyseed, seed, total);
        int[] off = {0};
        byte[] skD = take(km, off, prfLen);
        byte[] skAi = take(km, off, integLen);
        byte[] skAr = take(km, off, integLen);
        byte[] skEi = take(km, off, encrLen);
        byte[] skEr = take(km, off, encrLen);
        byte[] skPi = take(km, off, prfLen);
        byte[] skPr = take(km, off, prfLen);
        return new IkeSaKeys(suite, skD, skAi, skAr, skEi, skEr, skPi, skPr);
    }

    /**
     * KEYMAT = prf+(SK_d, Ni | Nr), or prf+(SK_d, g^ir (new) | Ni | Nr) with PFS
     * ({@code pfsSharedSecret} non-null). {@code encrKeyLength} includes the AEAD salt.
     */
    public static ChildSaKeymat deriveChildSaKeys(PrfAlgorithm prf, byte[] skD, byte[] pfsSharedSecret, byte[] ni,
                                                  byte[] nr, int encrKeyLength, int integKeyLength) {
        byte[] seed = pfsSharedSecret == null ? concat(ni, nr) : concat(pfsSharedSecret, ni, nr);
        byte[] km = PrfPlus.expand(Prf.of(prf), skD, seed, 2 * (encrKeyLength + integKeyLength));
        int[] off = {0};
        byte[] ei = take(km, off, encrKeyLength);
        byte[] ai = take(km, off, integKeyLength);
        byte[] er = take(km, off, encrKeyLength);
        byte[] ar = take(km, off, integKeyLength);
        return new ChildSaKeymat(ei, ai, er, ar);
    }

    private static byte[] take(byte[] km, int[] off, int len) {
        byte[] b = Arrays.copyOfRange(km, off[0], off[0] + len);
        off[0] += len;
        return b;
    }

    static byte[] longBytes(long v) {
        byte[] b = new byte[8];
        for (int i = 0; i < 8; i++) {
            b[i] = (byte) (v >>> (56 - 8 * i));
        }
        return b;
    }

    static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int off = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, off, p.length);
            off += p.length;
        }
        return out;
    }
}
