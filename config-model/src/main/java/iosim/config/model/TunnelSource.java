package iosim.config.model;

/** {@code tunnel source}: an interface or an address (exactly one is non-null). */
public record TunnelSource(InterfaceName iface, Ipv4 address) {
    @Override
    public String toString() {
        return iface != null ? iface.toString() : address.toString();
    }
}
