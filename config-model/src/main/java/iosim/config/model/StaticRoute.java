package iosim.config.model;

import java.util.Comparator;

/**
 * {@code ip route PREFIX MASK [INTERFACE] [NEXT-HOP] [DISTANCE] [name NAME]}: at least one of
 * interface and next hop is set; distance null means the default (1).
 */
public record StaticRoute(Ipv4 prefix, Ipv4 mask, InterfaceName iface, Ipv4 nextHop, Integer distance, String name)
        implements Comparable<StaticRoute> {

    private static final Comparator<StaticRoute> ORDER = Comparator
            .comparing(StaticRoute::prefix)
            .thenComparing(StaticRoute::mask)
            .thenComparing(r -> r.iface == null ? "" : r.iface.toString())
            .thenComparing(r -> r.nextHop == null ? Ipv4.ANY : r.nextHop);

    /** True when this route has the same destination and target (what {@code no ip route} matches). */
    public boolean sameTarget(StaticRoute o) {
        return prefix.equals(o.prefix) && mask.equals(o.mask)
                && java.util.Objects.equals(iface, o.iface) && java.util.Objects.equals(nextHop, o.nextHop);
    }

    @Override
    public int compareTo(StaticRoute o) {
        return ORDER.compare(this, o);
    }
}
