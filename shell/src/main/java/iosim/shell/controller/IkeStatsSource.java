package iosim.shell.controller;

import iosim.ikev2.api.IkeSaSnapshot;
import iosim.ikev2.api.EngineCounters;
import iosim.shell.controller.show.IkeStatsText;

/**
 * Gathers {@code show crypto ikev2 stats} on the router's loop: the SA counts by direction
 * (incoming = this router was the responder) and state from the engine's snapshots, the
 * datagrams the engine dropped from its counters (fragments and internal errors included), and the request counters of {@link IkeStats}.
 */
final class IkeStatsSource {
    private IkeStatsSource() {}

    /** On the loop. */
    static IkeStatsText.Stats take(RouterRuntime rt) {
        long[] sas = new long[6];
        for (IkeSaSnapshot s : rt.ike().snapshots()) {
            int base = s.initiator() ? 3 : 0;
            sas[base]++;
            String status = iosim.shell.controller.show.IkeSaText.status(s.state());
            if (status.equals("READY")) {
                sas[base + 1]++;
            } else if (status.equals("IN-NEG")) {
                sas[base + 2]++;
            }
        }
        return rt.ikeStats().snapshot(sas, droppedAtDispatch(rt.ike().counters()));
    }

    /**
     * IOS's "IKEv2 packets dropped at dispatch": every datagram the engine dropped before it
     * reached an exchange, RFC 7383 fragments it refused (not negotiated, wrong message ID, over
     * the limits) and datagrams whose processing failed inside the engine included.
     */
    static long droppedAtDispatch(EngineCounters c) {
        return c.malformedDropped + c.unknownSpiDropped + c.authenticationFailedDropped + c.outOfWindowDropped
                + c.unexpectedResponseDropped + c.fragmentsDropped + c.internalErrors;
    }
}
