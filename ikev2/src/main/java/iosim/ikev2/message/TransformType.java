package iosim.ikev2.message;

/**
 * Transform types (RFC 7296 3.3.2). {@link #UNRECOGNIZED} stands for a received type this
 * implementation does not know: a proposal containing it must not be selected, and it cannot
 * be encoded.
 */
public enum TransformType {
    UNRECOGNIZED(-1),
    ENCR(1),
    PRF(2),
    INTEG(3),
    DH(4),
    ESN(5);

    private final int value;

    TransformType(int value) {
        this.value = value;
    }

    public int value() {
        return value;
    }

    public static TransformType of(int value) {
        for (TransformType t : values()) {
            if (t.value == value) {
                return t;
            }
        }
        return UNRECOGNIZED;
    }
}
