package iosim.config.model;

/** An interface's primary IPv4 address and mask. */
public record InterfaceAddress(Ipv4 address, Ipv4 mask) {
    /** The connected network (address AND mask). */
    public Ipv4 network() {
        return address.and(mask);
    }
}
