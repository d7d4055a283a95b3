package iosim.dataplane.ipsec.spd;

/**
 * Which packets an SPD entry or SA covers, seen from this router (outbound direction: source is
 * local). Implemented by {@link AddressRangeSelector}; an adapter over the ACL engine can
 * implement it too. Ports are 0 for protocols without ports.
 */
public interface TrafficSelector {

    boolean matches(int src, int dst, int protocol, int srcPort, int dstPort);

    /** Inbound check: the packet came from the remote side, so the roles are mirrored. */
    default boolean matchesMirrored(int src, int dst, int protocol, int srcPort, int dstPort) {
        return matches(dst, src, protocol, dstPort, srcPort);
    }

    /**
     * The match the SPD makes per packet: besides ports, the ICMP type and code of an ICMP packet
     * (-1 when not ICMP or not present) and whether the packet is a non-first fragment (no
     * layer-4 header). Selectors that look only at addresses, protocol and ports ignore them.
     */
    default boolean matches(int src, int dst, int protocol, int srcPort, int dstPort, int icmpType, int icmpCode,
                            boolean laterFragment) {
        return matches(src, dst, protocol, srcPort, dstPort);
    }

    /** Inbound form of the per-packet match: addresses and ports mirrored; ICMP type/code are not directional. */
    default boolean matchesMirrored(int src, int dst, int protocol, int srcPort, int dstPort, int icmpType,
                                    int icmpCode, boolean laterFragment) {
        return matches(dst, src, protocol, dstPort, srcPort, icmpType, icmpCode, laterFragment);
    }

    /** The IOS proxy identity {@code (addr/mask/prot/port)} of the local side, for show. */
    ProxyIdent localIdent();

    /** The IOS proxy identity of the remote side, for show. */
    ProxyIdent remoteIdent();

    /** A proxy identity as {@code show crypto ipsec sa} prints it: {@code (10.1.1.0/255.255.255.0/0/0)}. */
    record ProxyIdent(int address, int mask, int protocol, int port) {
        @Override
        public String toString() {
            return "(" + iosim.dataplane.ipsec.Ipv4Addresses.format(address) + "/"
                    + iosim.dataplane.ipsec.Ipv4Addresses.format(mask) + "/" + protocol + "/" + port + ")";
        }
    }
}
