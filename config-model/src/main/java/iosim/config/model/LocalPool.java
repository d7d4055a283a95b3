package iosim.config.model;

/** {@code ip local pool NAME LOW [HIGH]}: a range of addresses for remote-access clients. */
public record LocalPool(String name, Ipv4 low, Ipv4 high) {
    public LocalPool {
        if (high == null) {
            high = low;
        }
    }

    /** How many addresses the range holds. */
    public long size() {
        return high.unsigned() - low.unsigned() + 1;
    }
}
