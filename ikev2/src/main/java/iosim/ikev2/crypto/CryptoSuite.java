package iosim.ikev2.crypto;

import iosim.ike.crypto.DhGroup;
import iosim.ike.crypto.EncryptionAlgorithm;
import iosim.ike.crypto.IntegrityAlgorithm;
import iosim.ike.crypto.PrfAlgorithm;

/**
 * The algorithms of one negotiated SA. {@code iosim.ikev2.message.SuiteTransforms} maps it
 * to and from SA payload transforms. For an IKE SA {@code prf}
 * and {@code dhGroup} are set; for ESP {@code prf} is null and {@code dhGroup} is the PFS group
 * or null. {@code integrity} is null for AEAD ciphers.
 */
public record CryptoSuite(EncryptionAlgorithm encryption, int encryptionKeyBits, PrfAlgorithm prf,
                          IntegrityAlgorithm integrity, DhGroup dhGroup, boolean esn) {

    public CryptoSuite {
        if (encryption.isAead() && integrity != null) {
            throw new IllegalArgumentException("AEAD cipher with an integrity algorithm");
        }
        if (!encryption.isAead() && integrity == null) {
            throw new IllegalArgumentException("integrity algorithm required with " + encryption);
        }
    }

    /** An IKE SA suite. */
    public static CryptoSuite ike(EncryptionAlgorithm encr, int keyBits, PrfAlgorithm prf, IntegrityAlgorithm integ,
                                  DhGroup group) {
        return new CryptoSuite(encr, keyBits, prf, integ, group, false);
    }

    /** Octets of encryption key material per direction (key plus AEAD salt). */
    public int encryptionKeyMaterialLength() {
        return encryption.keyMaterialLength(encryptionKeyBits);
    }

    /** Integrity key octets per direction (0 for AEAD). */
    public int integrityKeyLength() {
        return integrity == null ? 0 : integrity.keyLength();
    }

    /**
     * strongSwan's notation, for logs and tests:
     * {@code AES_CBC_256/HMAC_SHA2_256_128/PRF_HMAC_SHA2_256/MODP_2048} (IOS wording is the shell's).
     */
    public String describe() {
        StringBuilder sb = new StringBuilder(encryption.name()).append('_').append(encryptionKeyBits);
        if (integrity != null) {
            sb.append('/').append(integrity.name());
        }
        if (prf != null) {
            sb.append("/PRF_").append(prf.name());
        }
        if (dhGroup != null) {
            sb.append('/').append(dhGroup.name());
        }
        return sb.toString();
    }
}
