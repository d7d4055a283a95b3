package iosim.ikev2.task;

import iosim.ikev2.api.TrafficSelectorSpec;
import iosim.ikev2.message.TrafficSelector;
import java.util.ArrayList;
import java.util.List;

/**
 * Traffic selector conversion and responder narrowing (RFC 7296 2.9): the result is the
 * intersection of what the peer proposed with what our policy allows; empty means
 * TS_UNACCEPTABLE.
 */
public final class SelectorNarrowing {
    private SelectorNarrowing() {}

    public static List<TrafficSelector> toWire(List<TrafficSelectorSpec> specs) {
        List<TrafficSelector> out = new ArrayList<>();
        for (TrafficSelectorSpec s : specs) {
            out.add(new TrafficSelector(s.ipProtocol(), s.startPort(), s.endPort(), s.startAddress(), s.endAddress()));
        }
        return out;
    }

    public static List<TrafficSelectorSpec> fromWire(List<TrafficSelector> wire) {
        List<TrafficSelectorSpec> out = new ArrayList<>();
        for (TrafficSelector t : wire) {
            out.add(new TrafficSelectorSpec(t.startAddress(), t.endAddress(), t.ipProtocol(), t.startPort(),
                    t.endPort()));
        }
        return out;
    }

    /** Every non-empty intersection of a proposed selector with one of ours, without duplicates. */
    public static List<TrafficSelectorSpec> narrow(List<TrafficSelectorSpec> proposed, List<TrafficSelectorSpec> ours) {
        List<TrafficSelectorSpec> out = new ArrayList<>();
        for (TrafficSelectorSpec p : proposed) {
            for (TrafficSelectorSpec o : ours) {
                TrafficSelectorSpec i = p.intersect(o);
                if (i != null && !out.contains(i)) {
                    out.add(i);
                }
            }
        }
        return out;
    }

    /** As initiator: every selector the responder returned must lie inside one we proposed. */
    public static boolean within(List<TrafficSelectorSpec> returned, List<TrafficSelectorSpec> proposed) {
        if (returned.isEmpty()) {
            return false;
        }
        for (TrafficSelectorSpec r : returned) {
            if (proposed.stream().noneMatch(p -> p.contains(r))) {
                return false;
            }
        }
        return true;
    }
}
