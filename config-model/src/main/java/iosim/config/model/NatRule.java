package iosim.config.model;

/** {@code ip nat inside source list ACL interface IF [overload]}. */
public record NatRule(String accessList, InterfaceName iface, boolean overload) {
}
