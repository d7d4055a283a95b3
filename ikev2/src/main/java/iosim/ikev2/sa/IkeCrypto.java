package iosim.ikev2.sa;

import iosim.ikev2.api.RekeyKeyDerivation;
import iosim.ike.crypto.DhGroup;
import iosim.ike.crypto.RandomSource;
import iosim.ikev2.api.EncryptionAlgorithm;
import iosim.ikev2.api.IntegrityAlgorithm;
import iosim.ikev2.api.KeyExchangeGroup;
import iosim.ikev2.api.PrfAlgorithm;
import iosim.ikev2.crypto.ChildSaKeymat;
import iosim.ikev2.crypto.CryptoSuite;
import iosim.ikev2.crypto.IkeSaKeys;
import iosim.ikev2.crypto.Keymat;
import iosim.ikev2.crypto.PskAuth;
import java.security.MessageDigest;

/**
 * The engine's door to the key schedule (RFC 7296 2.14-2.18, 2.15): maps negotiated algorithms
 * to the crypto package's suite and delegates every formula to it ({@link Keymat} for SKEYSEED,
 * SK_*, the rekeyed SKEYSEED and Child SA KEYMAT; {@link PskAuth} for AUTH), so there is one
 * implementation, the one checked against published vectors. Also nonces, key exchanges and
 * the SK payload protection of an IKE SA.
 */
public final class IkeCrypto {
    private final RandomSource random;
    private final RekeyKeyDerivation rekeyKeyDerivation;

    public IkeCrypto(RandomSource random) {
        this(random, RekeyKeyDerivation.OLD_PRF_PLUS);
    }

    public IkeCrypto(RandomSource random, RekeyKeyDerivation rekeyKeyDerivation) {
        this.random = random;
        this.rekeyKeyDerivation = rekeyKeyDerivation;
    }

    public byte[] nonce(int length) {
        return random.bytes(length);
    }

    public KeyExchange newKeyExchange(KeyExchangeGroup group) {
        return DhKeyExchanges.create(group, random);
    }

    public static iosim.ike.crypto.EncryptionAlgorithm encr(EncryptionAlgorithm a) {
        return iosim.ike.crypto.EncryptionAlgorithm.ofId(a.ianaId()).orElseThrow();
    }

    public static iosim.ike.crypto.IntegrityAlgorithm integ(IntegrityAlgorithm a) {
        return a == null ? null : iosim.ike.crypto.IntegrityAlgorithm.ofId(a.ianaId()).orElseThrow();
    }

    /** Octets of SK_e / Child encryption key material: key plus salt for AEAD. */
    public static int encrKeyLength(EncryptionAlgorithm a) {
        return encr(a).keyMaterialLength(a.keyBits());
    }

    /** The negotiated IKE algorithms as the crypto package's suite. */
    public static CryptoSuite suite(NegotiatedIkeAlgorithms a) {
        return CryptoSuite.ike(encr(a.encryption()), a.encryption().keyBits(), cryptoPrf(a.prf()),
                integ(a.integrity()), DhGroup.ofId(a.group().ianaId()).orElse(null));
    }

    /** SK_* of a new IKE SA (RFC 7296 2.14): SKEYSEED = prf(Ni | Nr, g^ir), expanded by {@link Keymat}. */
    public IkeSaKeys deriveIkeKeys(NegotiatedIkeAlgorithms a, byte[] sharedSecret, byte[] ni, byte[] nr, long spiI,
                                   long spiR) {
        return Keymat.deriveIkeSaKeys(suite(a), sharedSecret, ni, nr, spiI, spiR);
    }

    /**
     * SK_* of the IKE SA that replaces {@code old} (RFC 7296 2.18): SKEYSEED = prf(SK_d (old),
     * g^ir (new) | Ni | Nr) with the OLD SA's PRF, then prf+ (Ni | Nr | SPIi | SPIr) to the new
     * suite's key lengths, run by the old PRF (strongSwan 5.9) or the new one (RFC text), as set.
     */
    public IkeSaKeys deriveRekeyedIkeKeys(NegotiatedIkeAlgorithms a, IkeSa old, byte[] sharedSecret, byte[] ni,
                                          byte[] nr, long spiI, long spiR) {
        iosim.ike.crypto.PrfAlgorithm oldPrf = cryptoPrf(old.algorithms().prf());
        CryptoSuite suite = suite(a);
        byte[] skeyseed = Keymat.rekeyedSkeyseed(oldPrf, old.keys().skD(), sharedSecret, ni, nr);
        iosim.ike.crypto.PrfAlgorithm prfPlus = rekeyKeyDerivation == RekeyKeyDerivation.OLD_PRF_PLUS
                ? oldPrf : suite.prf();
        return Keymat.expand(suite, prfPlus, skeyseed, ni, nr, spiI, spiR);
    }

    /**
     * AUTH for a shared key (RFC 7296 2.15): prf(prf(PSK, "Key Pad for IKEv2"),
     * RealMessage | peer's nonce | prf(SK_p, IDx')).
     */
    public static byte[] pskAuth(PrfAlgorithm a, byte[] psk, byte[] realMessage, byte[] peerNonce, byte[] skP,
                                 byte[] idBody) {
        return PskAuth.compute(cryptoPrf(a), psk, realMessage, peerNonce, skP, idBody);
    }

    private static iosim.ike.crypto.PrfAlgorithm cryptoPrf(PrfAlgorithm a) {
        return iosim.ike.crypto.PrfAlgorithm.ofId(a.ianaId()).orElseThrow();
    }

    public static boolean sameAuth(byte[] expected, byte[] received) {
        return MessageDigest.isEqual(expected, received);
    }

    /** Child SA KEYMAT = prf+(SK_d, [g^ir] | Ni | Nr) (RFC 7296 2.17). */
    public static ChildSaKeymat childKeymat(PrfAlgorithm a, byte[] skD, byte[] sharedSecret, byte[] ni, byte[] nr,
                                           int encrKeyLength, int integKeyLength) {
        return Keymat.deriveChildSaKeys(cryptoPrf(a), skD, sharedSecret, ni, nr, encrKeyLength, integKeyLength);
    }

    public static byte[] spi(long v) {
        byte[] b = new byte[8];
        for (int i = 0; i < 8; i++) {
            b[i] = (byte) (v >>> (56 - 8 * i));
        }
        return b;
    }
}
