package iosim.dataplane.ipsec;

/** An outbound SA: the sequence number counter (RFC 4303 section 3.3.3). */
public final class OutboundSa extends SecurityAssociation {
    /** Sequence numbers left when {@link IpsecEvent.SequenceNumberExhausted} is raised. */
    static final long EXHAUSTION_MARGIN = 1L << 16;

    private long nextSequence = 1;
    private boolean exhaustionRaised;

    OutboundSa(SaPairSpec spec, FlowCounters counters, long nowMillis) {
        super(spec, spec.outboundSpi(), spec.outboundKeys(), counters, nowMillis);
    }

    @Override public int sourceAddress() { return spec.localAddress(); }
    @Override public int destinationAddress() { return spec.remoteAddress(); }

    long maxSequence() { return esn() ? -1L >>> 1 : 0xffffffffL; }

    /** Next sequence number to send, or -1 if the space is used up (the SA must be rekeyed). */
    long takeSequence() {
        long s = nextSequence;
        if (s > maxSequence()) {
            return -1;
        }
        nextSequence = s + 1;
        return s;
    }

    /** True once (and only once) when fewer than {@link #EXHAUSTION_MARGIN} numbers remain. */
    boolean crossesExhaustionMark() {
        if (!exhaustionRaised && maxSequence() - nextSequence < EXHAUSTION_MARGIN) {
            exhaustionRaised = true;
            return true;
        }
        return false;
    }

    public long nextSequence() { return nextSequence; }

    /** Moves the counter forward (tests and benchmarks reach sequence-space ends with it). */
    public void skipSequenceTo(long next) {
        if (next < nextSequence) {
            throw new IllegalArgumentException("sequence numbers never go back");
        }
        nextSequence = next;
    }
}
