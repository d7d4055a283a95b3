package iosim.config.model;

/** {@code default-information originate [always] [metric N] [metric-type 1|2]}. */
public record OspfDefaultInformation(boolean always, Integer metric, Integer metricType) {
    @Override
    public String toString() {
        return "default-information originate" + (always ? " always" : "") + (metric == null ? "" : " metric " + metric)
                + (metricType == null ? "" : " metric-type " + metricType);
    }
}
