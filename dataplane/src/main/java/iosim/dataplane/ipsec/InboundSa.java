package iosim.dataplane.ipsec;

/** An inbound SA: the anti-replay window. */
public final class InboundSa extends SecurityAssociation {
    final ReplayWindow replay;

    InboundSa(SaPairSpec spec, FlowCounters counters, long nowMillis) {
        super(spec, spec.inboundSpi(), spec.inboundKeys(), counters, nowMillis);
        this.replay = new ReplayWindow(spec.replayWindow(), spec.esn());
    }

    @Override public int sourceAddress() { return spec.remoteAddress(); }
    @Override public int destinationAddress() { return spec.localAddress(); }

    public ReplayWindow replayWindow() { return replay; }
}
