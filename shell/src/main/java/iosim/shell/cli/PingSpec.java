package iosim.shell.cli;

/**
 * One {@code ping} as typed ({@code ping A repeat N size N df-bit timeout N source X}) or as the
 * extended-ping dialog answered it: a sweep sends {@code repeat} echoes at each size from
 * {@code size} to {@code sweepMax} in steps of {@code sweepStep} (no sweep: {@code sweepMax == size}).
 *
 * @param source   an interface name, an address, or null
 * @param tos      the IP type-of-service byte
 * @param validate check that each reply carries the data sent
 * @param pattern  the 16-bit data pattern filling the echo payload
 * @param verbose  one line per probe ({@code Reply to request 0 (1 ms)}) instead of {@code !}
 */
public record PingSpec(String destination, int repeat, int size, int sweepMax, int sweepStep, int timeoutSeconds,
                       String source, boolean df, int tos, boolean validate, int pattern, boolean verbose) {
    public static final int MIN_SIZE = 36;
    public static final int MAX_SIZE = 18024;
    public static final int DEFAULT_PATTERN = 0xABCD;

    /** The plain {@code ping A} defaults: 5 echoes of 100 bytes, 2 s timeout. */
    public static PingSpec of(String destination) {
        return new PingSpec(destination, 5, 100, 100, 1, 2, null, false, 0, false, DEFAULT_PATTERN, false);
    }

    public boolean sweep() {
        return sweepMax != size;
    }

    /** Echoes in all: {@code repeat} per size. */
    public long total() {
        return (long) repeat * ((sweepMax - size) / Math.max(1, sweepStep) + 1);
    }
}
