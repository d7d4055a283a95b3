package iosim.ikev1.api;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/** An IPv4 subnet as a Quick Mode identity (any protocol and port). */
public record Selector(Inet4Address address, int prefixLength) {

    public Selector {
        if (prefixLength < 0 || prefixLength > 32) {
            throw new IllegalArgumentException("prefix " + prefixLength);
        }
        address = network(address, prefixLength);
    }

    public static Selector parse(String cidr) {
        String[] p = cidr.split("/");
        try {
            return new Selector((Inet4Address) InetAddress.getByName(p[0]), p.length > 1 ? Integer.parseInt(p[1]) : 32);
        } catch (UnknownHostException | ClassCastException e) {
            throw new IllegalArgumentException(cidr, e);
        }
    }

    public static Selector host(InetAddress a) {
        return new Selector((Inet4Address) a, 32);
    }

    public int mask() {
        return prefixLength == 0 ? 0 : -1 << (32 - prefixLength);
    }

    public int bits() {
        byte[] b = address.getAddress();
        return ((b[0] & 0xff) << 24) | ((b[1] & 0xff) << 16) | ((b[2] & 0xff) << 8) | (b[3] & 0xff);
    }

    /** True when {@code other} lies inside this subnet. */
    public boolean contains(Selector other) {
        return other.prefixLength >= prefixLength && ((other.bits() ^ bits()) & mask()) == 0;
    }

    private static Inet4Address network(Inet4Address a, int prefix) {
        byte[] b = a.getAddress();
        int v = ((b[0] & 0xff) << 24) | ((b[1] & 0xff) << 16) | ((b[2] & 0xff) << 8) | (b[3] & 0xff);
        v &= prefix == 0 ? 0 : -1 << (32 - prefix);
        try {
            return (Inet4Address) InetAddress.getByAddress(new byte[] {(byte) (v >>> 24), (byte) (v >>> 16),
                    (byte) (v >>> 8), (byte) v});
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return address.getHostAddress() + "/" + prefixLength;
    }
}
