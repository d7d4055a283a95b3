package iosim.ikev2.crypto;

import iosim.ikev2.message.Proposal;
import iosim.ikev2.message.Transform;
import iosim.ikev2.message.TransformType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The algorithms of one negotiated SA, mapped from transform IDs. For an IKE SA {@code prf}
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

    /**
     * The suite described by a selected proposal (one transform per type). Empty if a
     * transform is unknown, a key length is invalid, or a required type is missing.
     */
    public static Optional<CryptoSuite> fromProposal(Proposal p) {
        if (p.hasUnrecognizedTransform()) {
            return Optional.empty();
        }
        List<Transform> encr = p.transforms(TransformType.ENCR);
        if (encr.size() != 1) {
            return Optional.empty();
        }
        Transform e = encr.get(0);
        Optional<EncryptionAlgorithm> ea = EncryptionAlgorithm.ofId(e.id());
        if (ea.isEmpty() || !ea.get().acceptsKeyLength(e.keyLengthBits())) {
            return Optional.empty();
        }
        PrfAlgorithm prf = null;
        List<Transform> prfs = p.transforms(TransformType.PRF);
        if (prfs.size() > 1) {
            return Optional.empty();
        }
        if (prfs.size() == 1) {
            prf = PrfAlgorithm.ofId(prfs.get(0).id()).orElse(null);
            if (prf == null) {
                return Optional.empty();
            }
        }
        IntegrityAlgorithm integ = null;
        List<Transform> integs = p.transforms(TransformType.INTEG).stream().filter(t -> t.id() != 0).toList();
        if (integs.size() > 1) {
            return Optional.empty();
        }
        if (integs.size() == 1) {
            integ = IntegrityAlgorithm.ofId(integs.get(0).id()).orElse(null);
            if (integ == null) {
                return Optional.empty();
            }
        }
        if (ea.get().isAead() != (integ == null)) {
            return Optional.empty();
        }
        DhGroup dh = null;
        List<Transform> dhs = p.transforms(TransformType.DH).stream().filter(t -> t.id() != 0).toList();
        if (dhs.size() > 1) {
            return Optional.empty();
        }
        if (dhs.size() == 1) {
            dh = DhGroup.ofId(dhs.get(0).id()).orElse(null);
            if (dh == null) {
                return Optional.empty();
            }
        }
        boolean esn = p.transforms(TransformType.ESN).stream().anyMatch(t -> t.id() == 1);
        return Optional.of(new CryptoSuite(ea.get(), ea.get().effectiveKeyBits(e.keyLengthBits()), prf, integ, dh,
                esn));
    }

    /** The transforms of this suite, in RFC order ENCR, PRF, INTEG, DH (and ESN for ESP). */
    public List<Transform> toTransforms(boolean withEsn) {
        List<Transform> ts = new ArrayList<>();
        ts.add(Transform.encr(encryption.id(),
                encryption == EncryptionAlgorithm.CHACHA20_POLY1305 ? null : encryptionKeyBits));
        if (prf != null) {
            ts.add(Transform.prf(prf.id()));
        }
        if (integrity != null) {
            ts.add(Transform.integ(integrity.id()));
        }
        if (dhGroup != null) {
            ts.add(Transform.dh(dhGroup.id()));
        }
        if (withEsn) {
            ts.add(Transform.esn(esn));
        }
        return ts;
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
