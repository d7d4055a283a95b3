package iosim.dataplane.acl;

import iosim.dataplane.packet.Ipv4Address;

/**
 * An address with a Cisco wildcard ({@code any}, {@code host A}, {@code A W}): bits set in the
 * wildcard are ignored. Non-contiguous wildcards are allowed.
 */
public record AddressMatch(int address, int wildcard) {
    public static final AddressMatch ANY = new AddressMatch(0, -1);

    public AddressMatch {
        address &= ~wildcard;
    }

    public static AddressMatch host(int a) {
        return new AddressMatch(a, 0);
    }

    public static AddressMatch of(String address, String wildcard) {
        return new AddressMatch(Ipv4Address.parse(address), Ipv4Address.parse(wildcard));
    }

    public boolean matches(int a) {
        return ((a ^ address) & ~wildcard) == 0;
    }

    public boolean isAny() {
        return wildcard == -1;
    }

    /** IOS text: {@code any}, {@code host A} or {@code A W}. */
    @Override
    public String toString() {
        if (isAny()) {
            return "any";
        }
        if (wildcard == 0) {
            return "host " + Ipv4Address.format(address);
        }
        return Ipv4Address.format(address) + " " + Ipv4Address.format(wildcard);
    }
}
