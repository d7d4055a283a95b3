package iosim.dataplane;

import java.time.Duration;

/**
 * One ICMP echo probe.
 *
 * @param source source address, 0 to use the exit interface's address
 * @param size total IP datagram size in bytes (IOS default 100; at least 28)
 * @param ttl time to live (IOS uses 255)
 * @param tos the IP type-of-service byte (extended ping's "Type of service", default 0)
 * @param pattern the 16-bit data pattern repeated over the echo's payload (IOS's 0xABCD by
 *                default); the reply's data is compared with it ({@link ProbeResult.Reply#dataIntact})
 */
public record PingRequest(int destination, int source, int size, int ttl, boolean dontFragment, Duration timeout,
                          int tos, int pattern) {
    /** IOS's default data pattern. */
    public static final int DEFAULT_PATTERN = 0xABCD;

    public PingRequest {
        if (size < 28 || size > 18024) {
            throw new IllegalArgumentException("datagram size " + size);
        }
        if (tos < 0 || tos > 255 || pattern < 0 || pattern > 0xffff) {
            throw new IllegalArgumentException("tos " + tos + " pattern " + pattern);
        }
    }

    /** Type of service 0, data pattern 0xABCD. */
    public PingRequest(int destination, int source, int size, int ttl, boolean dontFragment, Duration timeout) {
        this(destination, source, size, ttl, dontFragment, timeout, 0, DEFAULT_PATTERN);
    }

    /** IOS defaults: 100 bytes, TTL 255, 2 s timeout. */
    public static PingRequest to(int destination) {
        return new PingRequest(destination, 0, 100, 255, false, Duration.ofSeconds(2));
    }

    public PingRequest withTos(int t) {
        return new PingRequest(destination, source, size, ttl, dontFragment, timeout, t, pattern);
    }

    public PingRequest withPattern(int p) {
        return new PingRequest(destination, source, size, ttl, dontFragment, timeout, tos, p);
    }

    public PingRequest withTimeout(Duration t) {
        return new PingRequest(destination, source, size, ttl, dontFragment, t, tos, pattern);
    }

    public PingRequest withSize(int s) {
        return new PingRequest(destination, source, s, ttl, dontFragment, timeout, tos, pattern);
    }

    public PingRequest withSource(int s) {
        return new PingRequest(destination, s, size, ttl, dontFragment, timeout, tos, pattern);
    }

    public PingRequest withDontFragment(boolean df) {
        return new PingRequest(destination, source, size, ttl, df, timeout, tos, pattern);
    }
}
