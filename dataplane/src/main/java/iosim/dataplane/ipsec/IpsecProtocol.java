package iosim.dataplane.ipsec;

/** The IPsec security protocol of an SA: ESP (IP protocol 50) or AH (51). */
public enum IpsecProtocol {
    ESP(50), AH(51);

    private final int ipProtocol;

    IpsecProtocol(int ipProtocol) { this.ipProtocol = ipProtocol; }

    public int ipProtocol() { return ipProtocol; }
}
