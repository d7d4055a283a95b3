package iosim.ikev2.engine;

import iosim.ikev2.api.EncryptionAlgorithm;
import iosim.ikev2.api.IntegrityAlgorithm;
import iosim.ikev2.api.KeyExchangeGroup;
import iosim.ikev2.api.PrfAlgorithm;
import iosim.ikev2.crypto.ChildSaKeymat;
import iosim.ikev2.crypto.Keymat;
import iosim.ikev2.crypto.Prf;
import iosim.ikev2.crypto.PskAuth;
import iosim.ikev2.crypto.PrfPlus;
import iosim.ikev2.crypto.RandomSource;
import iosim.ikev2.crypto.SkKeys;
import iosim.ikev2.sa.IkeKeys;
import iosim.ikev2.sa.IkeSa;
import iosim.ikev2.task.NegotiatedIkeAlgorithms;
import java.security.MessageDigest;
import java.util.Arrays;

/**
 * The key schedule the engine needs (RFC 7296 2.13-2.18, 2.15), over the crypto package's
 * PRF, prf+, {@link PskAuth}, {@link Keymat} (Child SA KEYMAT), DH groups and SK ciphers: SKEYSEED and SK_*, rekeyed SKEYSEED, Child
 * SA KEYMAT, the PSK AUTH value, and the SK payload protection of an IKE SA.
 */
public final class IkeCrypto {
    private final RandomSource random;

    public IkeCrypto(RandomSource random) {
        this.random = random;
    }

    public byte[] nonce(int length) {
        return random.bytes(length);
    }

    public KeyExchange newKeyExchange(KeyExchangeGroup group) {
        return DhKeyExchanges.create(group, random);
    }

    public static Prf prf(PrfAlgorithm a) {
        return Prf.of(iosim.ikev2.crypto.PrfAlgorithm.ofId(a.ianaId()).orElseThrow());
    }

    public static iosim.ikev2.crypto.EncryptionAlgorithm encr(EncryptionAlgorithm a) {
        return iosim.ikev2.crypto.EncryptionAlgorithm.ofId(a.ianaId()).orElseThrow();
    }

    public static iosim.ikev2.crypto.IntegrityAlgorithm integ(IntegrityAlgorithm a) {
        return a == null ? null : iosim.ikev2.crypto.IntegrityAlgorithm.ofId(a.ianaId()).orElseThrow();
    }

    /** Octets of SK_e / Child encryption key material: key plus salt for AEAD. */
    public static int encrKeyLength(EncryptionAlgorithm a) {
        return encr(a).keyMaterialLength(a.keyBits());
    }

    /** SK_* for a new IKE SA; {@code oldSkD} non-null for a rekey (SKEYSEED = prf(SK_d, g^ir | Ni | Nr)). */
    public IkeKeys deriveIkeKeys(NegotiatedIkeAlgorithms a, byte[] sharedSecret, byte[] ni, byte[] nr, long spiI,
                                 long spiR, byte[] oldSkD) {
        Prf prf = prf(a.prf());
        byte[] skeyseed = oldSkD == null ? prf.compute(concat(ni, nr), sharedSecret)
                : prf.compute(oldSkD, sharedSecret, ni, nr);
        int prfLen = prf.outputLength();
        int aLen = a.integrity() == null ? 0 : a.integrity().keyLength();
        int eLen = encrKeyLength(a.encryption());
        byte[] seed = concat(ni, nr, spi(spiI), spi(spiR));
        byte[] km = PrfPlus.expand(prf, skeyseed, seed, prfLen * 3 + aLen * 2 + eLen * 2);
        int o = 0;
        byte[] skD = Arrays.copyOfRange(km, o, o += prfLen);
        byte[] skAi = Arrays.copyOfRange(km, o, o += aLen);
        byte[] skAr = Arrays.copyOfRange(km, o, o += aLen);
        byte[] skEi = Arrays.copyOfRange(km, o, o += eLen);
        byte[] skEr = Arrays.copyOfRange(km, o, o += eLen);
        byte[] skPi = Arrays.copyOfRange(km, o, o += prfLen);
        byte[] skPr = Arrays.copyOfRange(km, o, o + prfLen);
        return new IkeKeys(skD, skAi, skAr, skEi, skEr, skPi, skPr);
    }

    /** Sets the SA's SK protection objects for its role. */
    public static void installProtection(IkeSa sa) {
        NegotiatedIkeAlgorithms a = sa.algorithms;
        IkeKeys k = sa.keys;
        iosim.ikev2.crypto.EncryptionAlgorithm e = encr(a.encryption());
        iosim.ikev2.crypto.IntegrityAlgorithm i = integ(a.integrity());
        SkKeys initiatorKeys = SkKeys.of(e, k.skEi(), i, i == null ? null : k.skAi());
        SkKeys responderKeys = SkKeys.of(e, k.skEr(), i, i == null ? null : k.skAr());
        sa.outboundProtection = sa.initiator ? initiatorKeys : responderKeys;
        sa.inboundProtection = sa.initiator ? responderKeys : initiatorKeys;
    }

    /**
     * AUTH for a shared key (RFC 7296 2.15): prf(prf(PSK, "Key Pad for IKEv2"),
     * RealMessage | peer's nonce | prf(SK_p, IDx')).
     */
    public static byte[] pskAuth(PrfAlgorithm a, byte[] psk, byte[] realMessage, byte[] peerNonce, byte[] skP,
                                 byte[] idBody) {
        return PskAuth.compute(cryptoPrf(a), psk, realMessage, peerNonce, skP, idBody);
    }

    private static iosim.ikev2.crypto.PrfAlgorithm cryptoPrf(PrfAlgorithm a) {
        return iosim.ikev2.crypto.PrfAlgorithm.ofId(a.ianaId()).orElseThrow();
    }

    public static boolean sameAuth(byte[] expected, byte[] received) {
        return MessageDigest.isEqual(expected, received);
    }

    /** Child SA KEYMAT = prf+(SK_d, [g^ir] | Ni | Nr) (RFC 7296 2.17). */
    public static ChildSaKeymat childKeymat(PrfAlgorithm a, byte[] skD, byte[] sharedSecret, byte[] ni, byte[] nr,
                                           int encrKeyLength, int integKeyLength) {
        return Keymat.deriveChildSaKeys(cryptoPrf(a), skD, sharedSecret, ni, nr, encrKeyLength, integKeyLength);
    }

    static byte[] spi(long v) {
        byte[] b = new byte[8];
        for (int i = 0; i < 8; i++) {
            b[i] = (byte) (v >>> (56 - 8 * i));
        }
        return b;
    }

    public static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int o = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, o, p.length);
            o += p.length;
        }
        return out;
    }
}
