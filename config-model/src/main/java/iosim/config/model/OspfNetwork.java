package iosim.config.model;

/** {@code network A.B.C.D WILDCARD area X} under {@code router ospf}. */
public record OspfNetwork(Ipv4 address, Ipv4 wildcard, OspfArea area) {
    /** True when {@code a} falls inside this statement's address/wildcard. */
    public boolean matches(Ipv4 a) {
        int care = ~wildcard.bits();
        return (a.bits() & care) == (address.bits() & care);
    }

    @Override
    public String toString() {
        return "network " + address + " " + wildcard + " area " + area;
    }
}
