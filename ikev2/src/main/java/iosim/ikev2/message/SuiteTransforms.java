package iosim.ikev2.message;

import iosim.ike.crypto.DhGroup;
import iosim.ike.crypto.EncryptionAlgorithm;
import iosim.ike.crypto.IntegrityAlgorithm;
import iosim.ike.crypto.PrfAlgorithm;
import iosim.ikev2.crypto.CryptoSuite;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Maps a {@link CryptoSuite} to SA payload transforms and a selected proposal back to a suite. */
public final class SuiteTransforms {

    private SuiteTransforms() {
    }

    /**
     * The suite described by a selected proposal (one transform per type). Empty if a
     * transform is unknown, a key length is invalid, or a required type is missing.
     */
    public static Optional<CryptoSuite> suiteOf(Proposal p) {
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
    public static List<Transform> transformsOf(CryptoSuite s, boolean withEsn) {
        List<Transform> ts = new ArrayList<>();
        ts.add(Transform.encr(s.encryption().id(),
                s.encryption() == EncryptionAlgorithm.CHACHA20_POLY1305 ? null : s.encryptionKeyBits()));
        if (s.prf() != null) {
            ts.add(Transform.prf(s.prf().id()));
        }
        if (s.integrity() != null) {
            ts.add(Transform.integ(s.integrity().id()));
        }
        if (s.dhGroup() != null) {
            ts.add(Transform.dh(s.dhGroup().id()));
        }
        if (withEsn) {
            ts.add(Transform.esn(s.esn()));
        }
        return ts;
    }
}
