package iosim.ikev2.message;

/**
 * One transform substructure (RFC 7296 3.3.2). {@code keyLengthBits} is the Key Length
 * attribute (3.3.5), or null when absent. {@code unrecognizedAttribute} marks a received
 * transform carrying an attribute we do not know (such a transform must not be selected).
 */
public record Transform(TransformType type, int id, Integer keyLengthBits, boolean unrecognizedAttribute) {

    public Transform(TransformType type, int id, Integer keyLengthBits) {
        this(type, id, keyLengthBits, false);
    }

    public Transform(TransformType type, int id) {
        this(type, id, null, false);
    }

    public static Transform encr(int id, Integer keyLengthBits) {
        return new Transform(TransformType.ENCR, id, keyLengthBits);
    }

    public static Transform prf(int id) {
        return new Transform(TransformType.PRF, id);
    }

    public static Transform integ(int id) {
        return new Transform(TransformType.INTEG, id);
    }

    public static Transform dh(int group) {
        return new Transform(TransformType.DH, group);
    }

    public static Transform esn(boolean enabled) {
        return new Transform(TransformType.ESN, enabled ? 1 : 0);
    }
}
