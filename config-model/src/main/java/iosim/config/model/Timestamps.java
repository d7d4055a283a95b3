package iosim.config.model;

/** One {@code service timestamps debug|log} setting: uptime, or datetime with its options. */
public record Timestamps(boolean datetime, boolean msec, boolean localtime, boolean showTimezone, boolean year) {
    /** IOS's built-in default ({@code service timestamps debug uptime}, not shown). */
    public static final Timestamps UPTIME = new Timestamps(false, false, false, false, false);
    /** What a freshly booted IOS-XE router carries: {@code datetime msec}. */
    public static final Timestamps DATETIME_MSEC = new Timestamps(true, true, false, false, false);
}
