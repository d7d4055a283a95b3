package iosim.ikev2.sa;

import iosim.ikev2.api.EncryptionAlgorithm;
import iosim.ikev2.api.IntegrityAlgorithm;
import iosim.ikev2.api.KeyExchangeGroup;
import iosim.ikev2.api.PrfAlgorithm;

/** The algorithms an IKE SA runs with (integrity null with AEAD). */
public record NegotiatedIkeAlgorithms(EncryptionAlgorithm encryption, PrfAlgorithm prf,
                                      IntegrityAlgorithm integrity, KeyExchangeGroup group) {

    public String describe() {
        return encryption.displayName() + "/" + prf.displayName() + (integrity == null ? "" : "/" + integrity.displayName())
                + "/" + group.displayName();
    }
}
