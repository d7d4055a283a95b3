package iosim.ikev2.message;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * One traffic selector (RFC 7296 3.13.1): an address range, an IP protocol (0 = any) and a
 * port range (0-65535 = any). Addresses are both IPv4 (TS_IPV4_ADDR_RANGE, 7) or both IPv6
 * (TS_IPV6_ADDR_RANGE, 8).
 */
public record TrafficSelector(int ipProtocol, int startPort, int endPort, InetAddress startAddress,
                              InetAddress endAddress) {

    public static final int TS_IPV4_ADDR_RANGE = 7;
    public static final int TS_IPV6_ADDR_RANGE = 8;

    public TrafficSelector {
        if (startAddress.getAddress().length != endAddress.getAddress().length) {
            throw new IllegalArgumentException("mixed address families in traffic selector");
        }
    }

    /** The wire TS type: 7 for IPv4, 8 for IPv6. */
    public int tsType() {
        return startAddress.getAddress().length == 4 ? TS_IPV4_ADDR_RANGE : TS_IPV6_ADDR_RANGE;
    }

    public boolean isIpv4() {
        return tsType() == TS_IPV4_ADDR_RANGE;
    }

    /** Any protocol, any port, the given IPv4/IPv6 prefix. */
    public static TrafficSelector ofPrefix(InetAddress network, int prefixLength) {
        byte[] a = network.getAddress();
        byte[] start = a.clone();
        byte[] end = a.clone();
        for (int bit = prefixLength; bit < a.length * 8; bit++) {
            start[bit / 8] &= (byte) ~(0x80 >>> (bit % 8));
            end[bit / 8] |= (byte) (0x80 >>> (bit % 8));
        }
        return new TrafficSelector(0, 0, 65535, addr(start), addr(end));
    }

    /** 0.0.0.0-255.255.255.255, any protocol and port. */
    public static TrafficSelector anyIpv4() {
        return new TrafficSelector(0, 0, 65535, addr(new byte[4]), addr(new byte[] {-1, -1, -1, -1}));
    }

    static InetAddress addr(byte[] b) {
        try {
            return InetAddress.getByAddress(b);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }

    @Override
    public String toString() {
        return startAddress.getHostAddress() + "-" + endAddress.getHostAddress() + " proto " + ipProtocol
                + " ports " + startPort + "-" + endPort;
    }
}
