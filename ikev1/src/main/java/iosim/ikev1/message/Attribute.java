package iosim.ikev1.message;

import java.util.Arrays;

/**
 * One data attribute of a transform (RFC 2408 3.3): basic (AF=1, a 16-bit value) when
 * {@code variable} is null, otherwise TLV with {@code variable} as the value. {@code value}
 * is the numeric value either way (a TLV up to 8 octets is read as a number, e.g. a life
 * duration above 65535).
 */
public record Attribute(int type, long value, byte[] variable) {

    public static Attribute basic(int type, int value) {
        if (value < 0 || value > 0xffff) {
            throw new IllegalArgumentException("basic attribute value " + value);
        }
        return new Attribute(type, value, null);
    }

    /** A numeric attribute: basic when it fits 16 bits, else a 4-octet TLV (life durations). */
    public static Attribute number(int type, long value) {
        if (value >= 0 && value <= 0xffff) {
            return basic(type, (int) value);
        }
        byte[] v = new byte[4];
        for (int i = 0; i < 4; i++) {
            v[i] = (byte) (value >>> (24 - 8 * i));
        }
        return new Attribute(type, value, v);
    }

    public boolean isBasic() {
        return variable == null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Attribute a && a.type == type && a.value == value && Arrays.equals(a.variable, variable);
    }

    @Override
    public int hashCode() {
        return type * 31 + Long.hashCode(value);
    }

    @Override
    public String toString() {
        return "Attribute[" + type + "=" + value + (variable == null ? "" : " (tlv " + variable.length + ")") + "]";
    }
}
