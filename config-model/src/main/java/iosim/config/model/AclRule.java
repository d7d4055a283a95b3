package iosim.config.model;

/**
 * One access-list entry. A remark has only {@code remark} set. A standard entry has
 * {@code protocol} -1 and only a source. An extended entry has an IP protocol number (0 = ip),
 * source and destination, optional ports (TCP/UDP), ICMP type, {@code established} and
 * {@code log}.
 */
public record AclRule(String remark, AclAction action, int protocol, AclAddress source, PortMatch sourcePort,
        AclAddress destination, PortMatch destinationPort, Integer icmpType, boolean established, boolean log) {

    public static final int PROTOCOL_STANDARD = -1;

    public static AclRule remark(String text) {
        return new AclRule(text, null, PROTOCOL_STANDARD, null, null, null, null, null, false, false);
    }

    public static AclRule standard(AclAction action, AclAddress source, boolean log) {
        return new AclRule(null, action, PROTOCOL_STANDARD, source, null, null, null, null, false, log);
    }

    public boolean isRemark() {
        return remark != null;
    }

    public boolean isStandard() {
        return remark == null && protocol == PROTOCOL_STANDARD;
    }
}
