package iosim.ikev2.api;

import java.util.List;

/**
 * One Child SA proposal (IOS transform-set plus the profile's PFS group). {@code pfsGroups}
 * empty means no PFS: the first Child SA never uses a KE payload, and a Child SA rekey
 * with a group here carries one (RFC 7296 1.3.1).
 */
public record ChildProposal(IpsecProtocol protocol, List<EncryptionAlgorithm> encryption,
                            List<IntegrityAlgorithm> integrity, List<KeyExchangeGroup> pfsGroups,
                            boolean esn) {
    public ChildProposal {
        encryption = List.copyOf(encryption);
        integrity = List.copyOf(integrity);
        pfsGroups = List.copyOf(pfsGroups);
        if (protocol == IpsecProtocol.ESP && encryption.isEmpty()) {
            throw new IllegalArgumentException("ESP proposal needs encryption");
        }
    }

    public static ChildProposal esp(EncryptionAlgorithm e, IntegrityAlgorithm i) {
        return new ChildProposal(IpsecProtocol.ESP, List.of(e), i == null ? List.of() : List.of(i), List.of(), false);
    }

    public ChildProposal withPfs(KeyExchangeGroup g) {
        return new ChildProposal(protocol, encryption, integrity, g == null ? List.of() : List.of(g), esn);
    }
}
