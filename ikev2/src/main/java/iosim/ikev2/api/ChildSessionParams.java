package iosim.ikev2.api;

import iosim.ike.time.Lifetime;
import java.util.List;

/**
 * What a Child SA should protect and how: proposals in preference order (as a responder the
 * first of ours that the peer also offered wins), our and the peer's traffic selectors, the
 * lifetime and the mode.
 */
public record ChildSessionParams(List<ChildProposal> proposals, List<TrafficSelectorSpec> localSelectors,
                                 List<TrafficSelectorSpec> remoteSelectors, Lifetime lifetime, IpsecMode mode) {
    public ChildSessionParams {
        proposals = List.copyOf(proposals);
        localSelectors = List.copyOf(localSelectors);
        remoteSelectors = List.copyOf(remoteSelectors);
        if (proposals.isEmpty() || localSelectors.isEmpty() || remoteSelectors.isEmpty()) {
            throw new IllegalArgumentException("child needs proposals and selectors");
        }
    }

    public ChildSessionParams withLifetime(Lifetime l) {
        return new ChildSessionParams(proposals, localSelectors, remoteSelectors, l, mode);
    }
}
