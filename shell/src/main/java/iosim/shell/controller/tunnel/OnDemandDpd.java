package iosim.shell.controller.tunnel;

import iosim.dataplane.ipsec.IpsecFlowSnapshot;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * IOS's {@code dpd INTERVAL RETRY on-demand}: a liveness check is due only when traffic to the peer
 * goes out and nothing has come back from it for the interval (periodic DPD is the engine's own
 * timer). Fed once per tick with the peer's flows; remembers, per IKE SA, the ESP counters seen and
 * when inbound traffic last moved.
 */
final class OnDemandDpd {
    private record Seen(long encaps, long decaps, long lastInboundMillis) {}

    private final Map<Long, Seen> seen = new HashMap<>();

    /** True when a liveness check should be sent now for IKE SA {@code ikeSpi}. */
    boolean due(long ikeSpi, List<IpsecFlowSnapshot> flows, long intervalMillis, long nowMillis) {
        long enc = 0;
        long dec = 0;
        for (IpsecFlowSnapshot f : flows) {
            enc += f.counters().encaps();
            dec += f.counters().decaps();
        }
        return due(ikeSpi, enc, dec, intervalMillis, nowMillis);
    }

    /** The same from the peer's packet counts (ESP packets sent to it and received from it). */
    boolean due(long ikeSpi, long enc, long dec, long intervalMillis, long nowMillis) {
        Seen before = seen.get(ikeSpi);
        if (before == null) {
            seen.put(ikeSpi, new Seen(enc, dec, nowMillis));
            return false;
        }
        long lastIn = dec != before.decaps() ? nowMillis : before.lastInboundMillis();
        boolean sending = enc != before.encaps();
        boolean due = sending && nowMillis - lastIn >= intervalMillis;
        // a check counts as inbound news: the next one comes an interval later at the earliest
        seen.put(ikeSpi, new Seen(enc, dec, due ? nowMillis : lastIn));
        return due;
    }

    void forget(long ikeSpi) {
        seen.remove(ikeSpi);
    }
}
