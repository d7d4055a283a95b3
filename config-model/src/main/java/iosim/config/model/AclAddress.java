package iosim.config.model;

/** An ACL address match: address plus wildcard bits ({@code any}, {@code host A}, {@code A W}). */
public record AclAddress(Ipv4 address, Ipv4 wildcard) {
    public static final AclAddress ANY = new AclAddress(Ipv4.ANY, Ipv4.ALL_ONES);

    public static AclAddress host(Ipv4 address) {
        return new AclAddress(address, Ipv4.ANY);
    }

    public boolean isAny() {
        return wildcard.equals(Ipv4.ALL_ONES);
    }

    public boolean isHost() {
        return wildcard.equals(Ipv4.ANY);
    }

    /** True when the address matches (bits outside the wildcard are equal). */
    public boolean matches(Ipv4 candidate) {
        int care = ~wildcard.bits();
        return (candidate.bits() & care) == (address.bits() & care);
    }

    /** Extended-ACL form: {@code any}, {@code host A} or {@code A W}. */
    public String iosText() {
        if (isAny()) {
            return "any";
        }
        return isHost() ? "host " + address : address + " " + wildcard;
    }
}
