package iosim.config.model;

/** Dead peer detection: {@code dpd INTERVAL RETRY on-demand|periodic}. */
public record Dpd(int interval, int retry, boolean periodic) {
    public String iosText() {
        return interval + " " + retry + " " + (periodic ? "periodic" : "on-demand");
    }
}
