package iosim.dataplane;

import iosim.dataplane.packet.Ipv4Address;

/**
 * A configured static route ({@code ip route PREFIX MASK [IF] [NEXTHOP] [DISTANCE]}).
 *
 * @param nextHop 0 when only an exit interface is given
 * @param interfaceName null when only a next hop is given
 */
public record StaticRoute(int prefix, int prefixLength, int nextHop, String interfaceName, int distance) {
    public StaticRoute {
        prefix &= Ipv4Address.mask(prefixLength);
        if (nextHop == 0 && interfaceName == null) {
            throw new IllegalArgumentException("a static route needs a next hop or an exit interface");
        }
    }

    public static StaticRoute via(String prefixSlash, String nextHop) {
        String[] p = prefixSlash.split("/");
        return new StaticRoute(Ipv4Address.parse(p[0]), Integer.parseInt(p[1]), Ipv4Address.parse(nextHop), null, 1);
    }

    public static StaticRoute out(String prefixSlash, String interfaceName) {
        String[] p = prefixSlash.split("/");
        return new StaticRoute(Ipv4Address.parse(p[0]), Integer.parseInt(p[1]), 0, interfaceName, 1);
    }
}
