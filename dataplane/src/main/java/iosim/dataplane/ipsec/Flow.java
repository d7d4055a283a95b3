package iosim.dataplane.ipsec;

import iosim.dataplane.ipsec.spd.SpdEntry;
import java.util.ArrayList;
import java.util.List;

/**
 * One PROTECT entry's IPsec state: its counters (cumulative across rekeys), its current outbound
 * SA, outbound SAs replaced by a rekey but not yet deleted, and its inbound SAs (old and new are
 * both accepted during make-before-break).
 */
final class Flow {
    final String interfaceName;
    SpdEntry entry;
    final FlowCounters counters = new FlowCounters();
    OutboundSa current;
    final List<OutboundSa> retiredOutbound = new ArrayList<>(2);
    final List<InboundSa> inbound = new ArrayList<>(2);
    long acquireRaisedAtMillis = Long.MIN_VALUE;

    Flow(String interfaceName, SpdEntry entry) {
        this.interfaceName = interfaceName;
        this.entry = entry;
    }

    List<OutboundSa> allOutbound() {
        List<OutboundSa> all = new ArrayList<>(retiredOutbound.size() + 1);
        if (current != null) {
            all.add(current);
        }
        all.addAll(retiredOutbound);
        return all;
    }

    /** The spec of the SA pair in use (current outbound, else newest inbound), or null. */
    SaPairSpec activeSpec() {
        if (current != null) {
            return current.spec;
        }
        return inbound.isEmpty() ? null : inbound.get(inbound.size() - 1).spec;
    }
}
