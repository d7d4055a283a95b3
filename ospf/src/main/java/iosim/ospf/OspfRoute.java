package iosim.ospf;

import java.util.List;

/**
 * A route computed by SPF.
 *
 * @param cost the route's metric as IOS shows it in {@code [110/cost]} (for E2 the external metric)
 * @param nextHops equal-cost paths, at least one
 */
public record OspfRoute(int prefix, int prefixLength, Type type, int cost, int area, List<NextHop> nextHops) {
    public enum Type { INTRA_AREA, INTER_AREA, EXTERNAL_1, EXTERNAL_2 }

    /** {@code address} 0 means directly attached through {@code ifName}. */
    public record NextHop(int address, String ifName) {}

    public OspfRoute {
        nextHops = List.copyOf(nextHops);
    }
}
