package iosim.config.model;

/** {@code redistribute connected|static [subnets] [metric N] [metric-type 1|2]}; null fields are unset. */
public record OspfRedistribution(String source, boolean subnets, Integer metric, Integer metricType) {
    @Override
    public String toString() {
        return "redistribute " + source + (metric == null ? "" : " metric " + metric)
                + (metricType == null ? "" : " metric-type " + metricType) + (subnets ? " subnets" : "");
    }
}
