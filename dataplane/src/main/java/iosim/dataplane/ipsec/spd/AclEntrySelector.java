package iosim.dataplane.ipsec.spd;

import iosim.dataplane.acl.AclEntry;
import iosim.dataplane.acl.PortMatch;

/**
 * One line of a crypto ACL (the dataplane's ACL engine {@link AclEntry}) as a traffic selector:
 * its source is the local side, its destination the remote side, as IOS reads crypto ACLs. The
 * controller makes one SPD entry per line (PROTECT for permit, BYPASS for deny). ICMP type/code
 * conditions are not evaluated by the SPD (ICMP selectors carry no ports), so such lines never
 * match: crypto ACLs select on addresses, protocol and ports.
 */
public record AclEntrySelector(AclEntry line) implements TrafficSelector {

    @Override
    public boolean matches(int src, int dst, int protocol, int srcPort, int dstPort) {
        return line.matches(protocol, src, dst, srcPort, dstPort, 0, false);
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
