package iosim.ikev2.api;

import java.util.List;

/**
 * One IKE SA proposal as configured (IOS {@code crypto ikev2 proposal}): any of the listed
 * algorithms of each kind is acceptable. With AEAD encryption the integrity list is empty.
 */
public record IkeProposal(List<EncryptionAlgorithm> encryption, List<PrfAlgorithm> prf,
                          List<IntegrityAlgorithm> integrity, List<KeyExchangeGroup> groups) {
    public IkeProposal {
        encryption = List.copyOf(encryption);
        prf = List.copyOf(prf);
        integrity = List.copyOf(integrity);
        groups = List.copyOf(groups);
        if (encryption.isEmpty() || prf.isEmpty() || groups.isEmpty()) {
            throw new IllegalArgumentException("IKE proposal needs encryption, prf and a group");
        }
    }

    public static IkeProposal of(EncryptionAlgorithm e, PrfAlgorithm p, IntegrityAlgorithm i, KeyExchangeGroup g) {
        return new IkeProposal(List.of(e), List.of(p), i == null ? List.of() : List.of(i), List.of(g));
    }
}
