package iosim.ikev2.crypto;


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
     * IOS style, as in {@code show crypto ikev2 sa detailed}:
     * {@code Encr: AES-CBC, keysize: 256, PRF: SHA256, Hash: SHA256, DH Grp:14}.
     */
    public String describe() {
        StringBuilder sb = new StringBuilder("Encr: ").append(encryption.iosName()).append(", keysize: ")
                .append(encryptionKeyBits);
        if (prf != null) {
            sb.append(", PRF: ").append(prf.iosName());
        }
        sb.append(", Hash: ").append(integrity == null ? "None" : integrity.iosName());
        if (dhGroup != null) {
            sb.append(", DH Grp:").append(dhGroup.id());
        }
        return sb.toString();
    }
}
