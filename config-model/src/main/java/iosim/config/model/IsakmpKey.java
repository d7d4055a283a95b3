package iosim.config.model;

/** {@code crypto isakmp key KEY address A [MASK] [no-xauth]}; {@code mask} null means a host. */
public record IsakmpKey(PresharedKey key, Ipv4 address, Ipv4 mask, boolean noXauth) {

    /** True when the peer address falls under this entry. */
    public boolean covers(Ipv4 peer) {
        int m = mask == null ? -1 : mask.bits();
        return (peer.bits() & m) == (address.bits() & m);
    }

    /** Entries are keyed by address and mask (a new key for the same peer replaces the old). */
    public boolean sameTarget(IsakmpKey o) {
        return address.equals(o.address) && java.util.Objects.equals(effectiveMask(), o.effectiveMask());
    }

    private Ipv4 effectiveMask() {
        return mask == null ? Ipv4.parse("255.255.255.255").orElseThrow() : mask;
    }
}
