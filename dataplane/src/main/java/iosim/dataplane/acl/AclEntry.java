package iosim.dataplane.acl;

import iosim.dataplane.packet.Ipv4Header;

/**
 * One access-list entry. Protocol -1 means {@code ip} (any protocol). Ports apply to TCP and
 * UDP; {@code icmpType}/{@code icmpCode} (-1 = any) to ICMP; {@code established} to TCP (ACK or
 * RST set).
 *
 * @param sequence the IOS sequence number (10, 20, ...), shown by {@code show access-lists}
 */
public record AclEntry(int sequence, AclAction action, int protocol, AddressMatch source, PortMatch sourcePort,
        AddressMatch destination, PortMatch destinationPort, int icmpType, int icmpCode, boolean established) {

    public static final int ANY_PROTOCOL = -1;

    public AclEntry {
        if (sourcePort == null) {
            sourcePort = PortMatch.ANY;
        }
        if (destinationPort == null) {
            destinationPort = PortMatch.ANY;
        }
        if (destination == null) {
            destination = AddressMatch.ANY;
        }
    }

    /** A standard-ACL entry (source only). */
    public static AclEntry standard(int sequence, AclAction action, AddressMatch source) {
        return new AclEntry(sequence, action, ANY_PROTOCOL, source, PortMatch.ANY, AddressMatch.ANY, PortMatch.ANY, -1,
                -1, false);
    }

    /** An extended entry without port or ICMP conditions. */
    public static AclEntry extended(int sequence, AclAction action, int protocol, AddressMatch source,
            AddressMatch destination) {
        return new AclEntry(sequence, action, protocol, source, PortMatch.ANY, destination, PortMatch.ANY, -1, -1,
                false);
    }

    /** True if the entry has layer-4 conditions (ports, ICMP type, established). */
    public boolean hasLayer4() {
        return sourcePort.op() != PortMatch.Op.ANY || destinationPort.op() != PortMatch.Op.ANY || icmpType >= 0
                || established;
    }

    /**
     * Full match against one packet's fields. For non-initial fragments (no layer-4 header) an
     * entry with layer-4 conditions matches only if it permits, as IOS does.
     *
     * @param l4a source port, or ICMP type
     * @param l4b destination port, or ICMP code
     */
    public boolean matches(int proto, int src, int dst, int l4a, int l4b, int tcpFlags, boolean laterFragment) {
        if (protocol != ANY_PROTOCOL && protocol != proto) {
            return false;
        }
        if (!source.matches(src) || !destination.matches(dst)) {
            return false;
        }
        if (!hasLayer4()) {
            return true;
        }
        if (laterFragment) {
            return action == AclAction.PERMIT;
        }
        if (proto == Ipv4Header.PROTO_TCP || proto == Ipv4Header.PROTO_UDP) {
            if (!sourcePort.matches(l4a) || !destinationPort.matches(l4b)) {
                return false;
            }
            return !established || (proto == Ipv4Header.PROTO_TCP && (tcpFlags & 0x14) != 0);
        }
        if (proto == Ipv4Header.PROTO_ICMP) {
            return (icmpType < 0 || icmpType == l4a) && (icmpCode < 0 || icmpCode == l4b);
        }
        return false;
    }

    /** The IOS line as {@code show access-lists} prints it (without the match count). */
    public String describe(boolean standardList) {
        StringBuilder sb = new StringBuilder().append(sequence).append(' ').append(action.name().toLowerCase());
        if (standardList) {
            return sb.append(' ').append(source.isAny() ? "any" : source.wildcard() == 0
                    ? iosim.dataplane.packet.Ipv4Address.format(source.address())
                    : source.toString().replace("host ", "")).toString();
        }
        sb.append(' ').append(protocolName(protocol)).append(' ').append(source);
        if (sourcePort.op() != PortMatch.Op.ANY) {
            sb.append(' ').append(sourcePort);
        }
        sb.append(' ').append(destination);
        if (destinationPort.op() != PortMatch.Op.ANY) {
            sb.append(' ').append(destinationPort);
        }
        if (icmpType >= 0) {
            sb.append(' ').append(icmpType);
            if (icmpCode >= 0) {
                sb.append(' ').append(icmpCode);
            }
        }
        if (established) {
            sb.append(" established");
        }
        return sb.toString();
    }

    /** IOS protocol keyword for a number. */
    public static String protocolName(int p) {
        return switch (p) {
            case ANY_PROTOCOL -> "ip";
            case 1 -> "icmp";
            case 6 -> "tcp";
            case 17 -> "udp";
            case 47 -> "gre";
            case 50 -> "esp";
            case 51 -> "ahp";
            default -> Integer.toString(p);
        };
    }

    /** Protocol number for an IOS keyword ({@code ip} = -1) or a decimal number. */
    public static int protocolNumber(String keyword) {
        return switch (keyword) {
            case "ip" -> ANY_PROTOCOL;
            case "icmp" -> 1;
            case "tcp" -> 6;
            case "udp" -> 17;
            case "gre" -> 47;
            case "esp" -> 50;
            case "ahp" -> 51;
            default -> Integer.parseInt(keyword);
        };
    }
}
