package iosim.dataplane;

import iosim.dataplane.packet.Ipv4Address;

/**
 * One route as {@code show ip route} prints it.
 *
 * @param code C (connected), L (local /32) or S (static)
 * @param nextHop next-hop address, 0 when none
 * @param interfaceName exit interface name, null when resolved through the next hop
 * @param distance administrative distance (0 for C/L, 1 by default for S)
 */
public record Route(Code code, int prefix, int prefixLength, int nextHop, String interfaceName, int distance) {
    /** Route source codes. */
    public enum Code { C, L, S }

    public String prefixText() {
        return Ipv4Address.format(prefix) + "/" + prefixLength;
    }

    @Override
    public String toString() {
        return code + " " + prefixText() + (nextHop != 0 ? " via " + Ipv4Address.format(nextHop) : "")
                + (interfaceName != null ? (nextHop != 0 ? ", " : " is directly connected, ") + interfaceName : "");
    }
}
