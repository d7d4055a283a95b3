package iosim.ikev1.api;

import iosim.ike.crypto.DhGroup;
import java.util.List;

/**
 * What one phase 2 negotiation asks for or accepts (an IOS crypto map entry line): the local
 * and remote proxy identities, the ESP transforms in preference order, the PFS group (null: no
 * PFS), and the IPsec SA lifetimes.
 */
public record QuickModeParams(Selector local, Selector remote, List<EspProposal> proposals, DhGroup pfs,
                              long lifetimeSeconds, long lifetimeKilobytes) {

    /** IOS defaults: 3600 seconds, 4 608 000 kilobytes. */
    public static final long DEFAULT_SECONDS = 3600;
    public static final long DEFAULT_KILOBYTES = 4_608_000;

    public QuickModeParams {
        proposals = List.copyOf(proposals);
        if (proposals.isEmpty()) {
            throw new IllegalArgumentException("no ESP proposals");
        }
    }

    public static QuickModeParams of(String local, String remote, List<EspProposal> proposals, DhGroup pfs) {
        return new QuickModeParams(Selector.parse(local), Selector.parse(remote), proposals, pfs, DEFAULT_SECONDS,
                DEFAULT_KILOBYTES);
    }
}
