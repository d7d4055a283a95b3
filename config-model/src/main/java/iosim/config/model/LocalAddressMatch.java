package iosim.config.model;

/** {@code match address local A.B.C.D | interface IF} (exactly one is non-null). */
public record LocalAddressMatch(Ipv4 address, InterfaceName iface) {
    public String iosText() {
        return address != null ? address.toString() : "interface " + iface;
    }
}
