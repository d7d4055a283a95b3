package iosim.ikev2.message;

import java.util.List;

/**
 * One proposal substructure (RFC 7296 3.3.1). {@code spi} is empty for an IKE SA's first
 * negotiation, 8 octets for an IKE SA rekey and 4 octets for ESP/AH.
 */
public record Proposal(int number, ProtocolId protocolId, byte[] spi, List<Transform> transforms) {
    public Proposal {
        transforms = List.copyOf(transforms);
        if (spi == null) {
            spi = new byte[0];
        }
    }

    /** All transforms of one type, in order. */
    public List<Transform> transforms(TransformType type) {
        return transforms.stream().filter(t -> t.type() == type).toList();
    }

    /** True if a transform of a type or with an attribute we do not understand is present. */
    public boolean hasUnrecognizedTransform() {
        return transforms.stream().anyMatch(t -> t.type() == TransformType.UNRECOGNIZED || t.unrecognizedAttribute());
    }
}
