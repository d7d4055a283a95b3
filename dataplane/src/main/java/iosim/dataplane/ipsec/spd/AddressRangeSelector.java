package iosim.dataplane.ipsec.spd;

/**
 * A selector of one ACL line's shape: local and remote prefixes, a protocol (0 = any) and
 * optional single ports (0 = any). {@link #any()} is the VTI's 0.0.0.0/0 <-> 0.0.0.0/0.
 */
public record AddressRangeSelector(int localAddress, int localMask, int remoteAddress, int remoteMask,
                                   int protocol, int localPort, int remotePort) implements TrafficSelector {

    public AddressRangeSelector {
        localAddress &= localMask;
        remoteAddress &= remoteMask;
    }

    public static AddressRangeSelector any() {
        return new AddressRangeSelector(0, 0, 0, 0, 0, 0, 0);
    }

    public static AddressRangeSelector between(int localNet, int localPrefix, int remoteNet, int remotePrefix) {
        return new AddressRangeSelector(localNet, iosim.dataplane.ipsec.Ipv4Addresses.mask(localPrefix),
                remoteNet, iosim.dataplane.ipsec.Ipv4Addresses.mask(remotePrefix), 0, 0, 0);
    }

    @Override
    public boolean matches(int src, int dst, int proto, int srcPort, int dstPort) {
        return (src & localMask) == localAddress
                && (dst & remoteMask) == remoteAddress
                && (protocol == 0 || protocol == proto)
                && (localPort == 0 || localPort == srcPort)
                && (remotePort == 0 || remotePort == dstPort);
    }

    @Override
    public ProxyIdent localIdent() { return new ProxyIdent(localAddress, localMask, protocol, localPort); }

    @Override
    public ProxyIdent remoteIdent() { return new ProxyIdent(remoteAddress, remoteMask, protocol, remotePort); }
}
