package iosim.dataplane;

import iosim.dataplane.packet.IcmpHeader;

/** The outcome of one ping or traceroute probe, as the {@code ping}/{@code traceroute} exec commands print it. */
public sealed interface ProbeResult {

    /** The character IOS prints for this result in a ping line. */
    char pingChar();

    /**
     * Echo reply received ({@code !}).
     *
     * @param dataIntact the reply's data is the data the echo carried (the request's pattern, at its length)
     */
    record Reply(int from, long rttNanos, int ttl, int bytes, boolean dataIntact) implements ProbeResult {
        public Reply(int from, long rttNanos, int ttl, int bytes) {
            this(from, rttNanos, ttl, bytes, true);
        }

        public char pingChar() {
            return '!';
        }
    }

    /** ICMP time exceeded from an intermediate router ({@code &} in ping, a hop in traceroute). */
    record TimeExceeded(int from, long rttNanos) implements ProbeResult {
        public char pingChar() {
            return '&';
        }
    }

    /** ICMP destination unreachable ({@code U}); code 4 is fragmentation needed ({@code M}), port unreachable ends a traceroute. */
    record Unreachable(int from, int code, long rttNanos, int nextHopMtu) implements ProbeResult {
        public char pingChar() {
            return code == IcmpHeader.CODE_FRAGMENTATION_NEEDED ? 'M' : 'U';
        }
    }

    /** No answer within the timeout ({@code .}). */
    record Timeout() implements ProbeResult {
        public char pingChar() {
            return '.';
        }
    }

    /** The probe could not be sent (e.g. no route); IOS prints {@code .} for these too. */
    record NotSent(String reason) implements ProbeResult {
        public char pingChar() {
            return '.';
        }
    }
}
