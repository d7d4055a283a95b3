package iosim.dataplane;

import iosim.dataplane.packet.Ipv4Address;

/**
 * One route as {@code show ip route} prints it.
 *
 * @param code the route's source (C, L, S, O, O IA, O E1, O E2)
 * @param nextHop next-hop address, 0 when none
 * @param interfaceName exit interface name, null when resolved through the next hop
 * @param distance administrative distance (0 for C/L, 1 by default for S, 110 for OSPF)
 * @param metric the protocol's metric (0 for C/L/S)
 * @param sinceMillis when a protocol installed it (System.currentTimeMillis), 0 when not shown
 */
public record Route(Code code, int prefix, int prefixLength, int nextHop, String interfaceName, int distance, int metric,
                    long sinceMillis) {
    /** Route source codes, with the text IOS prints in the code column. */
    public enum Code {
        C("C"), L("L"), S("S"), O("O"), O_IA("O IA"), O_E1("O E1"), O_E2("O E2");

        private final String text;

        Code(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }

        public boolean ospf() {
            return this == O || this == O_IA || this == O_E1 || this == O_E2;
        }
    }

    /** A connected, local or static route (no metric, no age). */
    public Route(Code code, int prefix, int prefixLength, int nextHop, String interfaceName, int distance) {
        this(code, prefix, prefixLength, nextHop, interfaceName, distance, 0, 0);
    }

    public String prefixText() {
        return Ipv4Address.format(prefix) + "/" + prefixLength;
    }

    @Override
    public String toString() {
        return code.text() + " " + prefixText() + (nextHop != 0 ? " via " + Ipv4Address.format(nextHop) : "")
                + (interfaceName != null ? (nextHop != 0 ? ", " : " is directly connected, ") + interfaceName : "");
    }
}
