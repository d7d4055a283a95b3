package iosim.dataplane.ipsec.spd;

import iosim.dataplane.acl.AclEntry;
import iosim.dataplane.acl.PortMatch;

/**
 * One line of a crypto ACL (the dataplane's ACL engine {@link AclEntry}) as a traffic selector:
 * its source is the local side, its destination the remote side, as IOS reads crypto ACLs. The
 * controller makes one SPD entry per line (PROTECT for permit, BYPASS for deny). Per packet the
 * SPD evaluates the line as the ACL engine does: ports for TCP/UDP, ICMP type and code for ICMP
 * ({@code permit icmp ... echo} selects echo requests only), and a non-first fragment matches a
 * line with layer-4 conditions only if it permits. The ICMP type/code is not part of the proxy
 * identity IKE negotiates (it shows as protocol 1, port 0).
 */
public record AclEntrySelector(AclEntry line) implements TrafficSelector {
    private static final int ICMP = 1;

    /**
     * Addresses, protocol and ports, as a negotiated traffic selector carries them (the controller
     * finds the flow of a Child SA with it). An ICMP selector carries no type/code the line could
     * test, so a line with an ICMP condition matches it if the line permits.
     */
    @Override
    public boolean matches(int src, int dst, int protocol, int srcPort, int dstPort) {
        if (protocol == ICMP) {
            return line.matches(protocol, src, dst, 0, 0, 0, true);
        }
        return line.matches(protocol, src, dst, srcPort, dstPort, 0, false);
    }

    @Override
    public boolean matches(int src, int dst, int protocol, int srcPort, int dstPort, int icmpType, int icmpCode,
                           boolean laterFragment) {
        if (protocol == ICMP) {
            boolean noHeader = laterFragment || icmpType < 0;
            return line.matches(protocol, src, dst, Math.max(icmpType, 0), Math.max(icmpCode, 0), 0, noHeader);
        }
        return line.matches(protocol, src, dst, srcPort, dstPort, 0, laterFragment);
    }

    @Override
    public ProxyIdent localIdent() {
        return new ProxyIdent(line.source().address(), ~line.source().wildcard(), protocol(), port(line.sourcePort()));
    }

    @Override
    public ProxyIdent remoteIdent() {
        return new ProxyIdent(line.destination().address(), ~line.destination().wildcard(), protocol(),
                port(line.destinationPort()));
    }

    private int protocol() {
        return line.protocol() == AclEntry.ANY_PROTOCOL ? 0 : line.protocol();
    }

    private static int port(PortMatch m) {
        return m.op() == PortMatch.Op.EQ ? m.low() : 0;
    }
}
