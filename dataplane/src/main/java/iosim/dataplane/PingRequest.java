package iosim.dataplane;

import java.time.Duration;

/**
 * One ICMP echo probe.
 *
 * @param source source address, 0 to use the exit interface's address
 * @param size total IP datagram size in bytes (IOS default 100; at least 28)
 * @param ttl time to live (IOS uses 255)
 */
public record PingRequest(int destination, int source, int size, int ttl, boolean dontFragment, Duration timeout) {
    public PingRequest {
        if (size < 28 || size > 18024) {
            throw new IllegalArgumentException("datagram size " + size);
        }
    }

    /** IOS defaults: 100 bytes, TTL 255, 2 s timeout. */
    public static PingRequest to(int destination) {
        return new PingRequest(destination, 0, 100, 255, false, Duration.ofSeconds(2));
    }

    public PingRequest withTimeout(Duration t) {
        return new PingRequest(destination, source, size, ttl, dontFragment, t);
    }

    public PingRequest withSize(int s) {
        return new PingRequest(destination, source, s, ttl, dontFragment, timeout);
    }

    public PingRequest withSource(int s) {
        return new PingRequest(destination, s, size, ttl, dontFragment, timeout);
    }

    public PingRequest withDontFragment(boolean df) {
        return new PingRequest(destination, source, size, ttl, df, timeout);
    }
}
