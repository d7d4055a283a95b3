package iosim.ikev2.api;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * One traffic selector (RFC 7296 3.13.1): an address range, an IP protocol (0 = any) and a
 * port range. IPv4 and IPv6 ranges are both allowed; both ends have the same family.
 */
public record TrafficSelectorSpec(InetAddress startAddress, InetAddress endAddress,
                                  int ipProtocol, int startPort, int endPort) {
    public TrafficSelectorSpec {
        if (startAddress.getAddress().length != endAddress.getAddress().length) {
            throw new IllegalArgumentException("address family mismatch");
        }
        if (ipProtocol < 0 || ipProtocol > 255 || startPort < 0 || endPort > 65535) {
            throw new IllegalArgumentException("bad protocol or port");
        }
    }

    /** Any address of the family, any protocol, any port (IOS "0/0"). */
    public static TrafficSelectorSpec anyIpv4() {
        return subnet("0.0.0.0/0");
    }

    /** A prefix such as {@code 10.0.0.0/24}, any protocol and port. */
    public static TrafficSelectorSpec subnet(String cidr) {
        int slash = cidr.indexOf('/');
        try {
            InetAddress base = InetAddress.getByName(cidr.substring(0, slash));
            int len = Integer.parseInt(cidr.substring(slash + 1));
            byte[] a = base.getAddress();
            byte[] s = a.clone();
            byte[] e = a.clone();
            for (int bit = len; bit < a.length * 8; bit++) {
                s[bit / 8] &= (byte) ~(0x80 >>> (bit % 8));
                e[bit / 8] |= (byte) (0x80 >>> (bit % 8));
            }
            return new TrafficSelectorSpec(InetAddress.getByAddress(s), InetAddress.getByAddress(e), 0, 0, 65535);
        } catch (UnknownHostException | RuntimeException ex) {
            throw new IllegalArgumentException("bad prefix " + cidr, ex);
        }
    }

    public static TrafficSelectorSpec host(InetAddress a) {
        return new TrafficSelectorSpec(a, a, 0, 0, 65535);
    }

    public boolean isIpv6() {
        return startAddress.getAddress().length == 16;
    }

    /** The intersection with {@code other}, or null when they do not overlap. */
    public TrafficSelectorSpec intersect(TrafficSelectorSpec other) {
        if (isIpv6() != other.isIpv6()) {
            return null;
        }
        int proto;
        if (ipProtocol == 0) {
            proto = other.ipProtocol;
        } else if (other.ipProtocol == 0 || other.ipProtocol == ipProtocol) {
            proto = ipProtocol;
        } else {
            return null;
        }
        int ps = Math.max(startPort, other.startPort);
        int pe = Math.min(endPort, other.endPort);
        if (ps > pe) {
            return null;
        }
        BigInteger s = max(num(startAddress), num(other.startAddress));
        BigInteger e = min(num(endAddress), num(other.endAddress));
        if (s.compareTo(e) > 0) {
            return null;
        }
        int len = startAddress.getAddress().length;
        return new TrafficSelectorSpec(addr(s, len), addr(e, len), proto, ps, pe);
    }

    /** Whether {@code other} lies entirely inside this selector. */
    public boolean contains(TrafficSelectorSpec other) {
        TrafficSelectorSpec i = intersect(other);
        return other.equals(i);
    }

    private static BigInteger num(InetAddress a) {
        return new BigInteger(1, a.getAddress());
    }

    private static BigInteger max(BigInteger a, BigInteger b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static BigInteger min(BigInteger a, BigInteger b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static InetAddress addr(BigInteger v, int len) {
        byte[] raw = v.toByteArray();
        byte[] out = new byte[len];
        int copy = Math.min(raw.length, len);
        System.arraycopy(raw, raw.length - copy, out, len - copy, copy);
        try {
            return InetAddress.getByAddress(out);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        String r = startAddress.getHostAddress() + "-" + endAddress.getHostAddress();
        if (ipProtocol != 0 || startPort != 0 || endPort != 65535) {
            r += " proto " + ipProtocol + " ports " + startPort + "-" + endPort;
        }
        return r;
    }
}
