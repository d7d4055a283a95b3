package iosim.ikev2.message;

import java.util.Optional;

/** Security protocol identifiers (RFC 7296 3.3.1); NONE is only valid in Notify payloads. */
public enum ProtocolId {
    NONE(0),
    IKE(1),
    AH(2),
    ESP(3);

    private final int value;

    ProtocolId(int value) {
        this.value = value;
    }

    public int value() {
        return value;
    }

    public static Optional<ProtocolId> of(int value) {
        for (ProtocolId p : values()) {
            if (p.value == value) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
