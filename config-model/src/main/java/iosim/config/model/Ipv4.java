package iosim.config.model;

import java.util.Optional;

/** An IPv4 address, mask or wildcard, as a 32-bit value. */
public record Ipv4(int bits) implements Comparable<Ipv4> {

    public static final Ipv4 ANY = new Ipv4(0);
    public static final Ipv4 ALL_ONES = new Ipv4(-1);

    /** Parses a dotted quad; empty when the text is not one (octets 0-255, four of them). */
    public static Optional<Ipv4> parse(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            return Optional.empty();
        }
        int v = 0;
        for (String p : parts) {
            if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(Character::isDigit)) {
                return Optional.empty();
            }
            int octet = Integer.parseInt(p);
            if (octet > 255) {
                return Optional.empty();
            }
            v = (v << 8) | octet;
        }
        return Optional.of(new Ipv4(v));
    }

    /** The mask with {@code length} leading one bits. */
    public static Ipv4 maskOfLength(int length) {
        return new Ipv4(length == 0 ? 0 : -1 << (32 - length));
    }

    /** True for a contiguous network mask (ones then zeros). */
    public boolean isContiguousMask() {
        int inverted = ~bits;
        return (inverted & (inverted + 1)) == 0;
    }

    /** Number of leading one bits (meaningful for contiguous masks). */
    public int prefixLength() {
        return Integer.bitCount(bits);
    }

    /** Bitwise complement: mask to wildcard and back. */
    public Ipv4 inverted() {
        return new Ipv4(~bits);
    }

    public Ipv4 and(Ipv4 other) {
        return new Ipv4(bits & other.bits);
    }

    /** The address as an unsigned value. */
    public long unsigned() {
        return Integer.toUnsignedLong(bits);
    }

    @Override
    public int compareTo(Ipv4 o) {
        return Integer.compareUnsigned(bits, o.bits);
    }

    @Override
    public String toString() {
        return ((bits >>> 24) & 0xff) + "." + ((bits >>> 16) & 0xff) + "." + ((bits >>> 8) & 0xff) + "." + (bits & 0xff);
    }
}
