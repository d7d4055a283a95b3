package iosim.ikev2.task;

import iosim.ikev2.api.ChildSessionParams;
import iosim.ikev2.api.IpsecMode;
import iosim.ikev2.api.KeyExchangeGroup;
import iosim.ikev2.api.TrafficSelectorSpec;
import iosim.ikev2.sa.TaskManager;
import iosim.ikev2.message.IkeMessage;
import iosim.ikev2.message.NotifyPayload;
import iosim.ikev2.message.NotifyType;
import iosim.ikev2.message.Proposal;
import iosim.ikev2.message.SaPayload;
import iosim.ikev2.message.TsPayload;
import iosim.ikev2.sa.ChildSa;
import java.util.List;

/**
 * Initiator side of Child SA negotiation (IKE_AUTH and CREATE_CHILD_SA responses): checks the
 * responder's choice and selectors and builds the Child SA, or reports why it was refused.
 */
public final class ChildResponseHandler {
    private ChildResponseHandler() {}

    /** @return the new Child SA (not installed yet), or null after a Failure event. */
    public static ChildSa handle(TaskManager tm, IkeMessage m, ChildSessionParams params, int ourSpi, byte[] ni,
                                 byte[] nr, byte[] sharedSecret, KeyExchangeGroup pfs, String what) {
        for (NotifyPayload n : m.all(NotifyPayload.class)) {
            if (n.isError()) {
                String name = NotifyType.describe(n.type());
                tm.lifecycle().failure(name, true, "peer refused " + what + ": " + name + explain(n.type()));
                return null;
            }
        }
        var saP = m.first(SaPayload.class);
        var tsi = m.ts(true);
        var tsr = m.ts(false);
        if (saP.isEmpty() || tsi.isEmpty() || tsr.isEmpty() || saP.get().proposals().size() != 1) {
            tm.lifecycle().failure(NotifyType.INVALID_SYNTAX.name(), false, what + ": response lacks SA, TSi or TSr");
            return null;
        }
        Proposal chosen = saP.get().proposals().get(0);
        if (!ProposalSelector.childChoiceAcceptable(params.proposals(), chosen, pfs)) {
            tm.lifecycle().failure(NotifyType.NO_PROPOSAL_CHOSEN.name(), false,
                    what + ": responder chose a transform set we did not offer");
            return null;
        }
        List<TrafficSelectorSpec> local = SelectorNarrowing.fromWire(tsi.get().selectors());
        List<TrafficSelectorSpec> remote = SelectorNarrowing.fromWire(tsr.get().selectors());
        if (!SelectorNarrowing.within(local, params.localSelectors())
                || !SelectorNarrowing.within(remote, params.remoteSelectors())) {
            tm.lifecycle().failure(NotifyType.TS_UNACCEPTABLE.name(), false,
                    what + ": responder's traffic selectors are outside ours");
            return null;
        }
        int peerSpi = ProposalCodec.spiValue(chosen.spi());
        IpsecMode mode = params.mode() == IpsecMode.TRANSPORT && m.notify(NotifyType.USE_TRANSPORT_MODE).isPresent()
                ? IpsecMode.TRANSPORT : IpsecMode.TUNNEL;
        return ChildSaFactory.create(tm.sa(), params, ProposalCodec.childAlgorithms(chosen), ourSpi, peerSpi, true,
                sharedSecret, ni, nr, local, remote, mode, tm.context().now());
    }

    static String explain(int notify) {
        if (notify == NotifyType.NO_PROPOSAL_CHOSEN.value()) {
            return " (none of our transform sets is acceptable to the peer)";
        }
        if (notify == NotifyType.TS_UNACCEPTABLE.value()) {
            return " (our traffic selectors / crypto ACL do not match the peer's)";
        }
        if (notify == NotifyType.INVALID_KE_PAYLOAD.value()) {
            return " (PFS group mismatch)";
        }
        if (notify == NotifyType.AUTHENTICATION_FAILED.value()) {
            return " (pre-shared key or identity mismatch)";
        }
        return "";
    }
}
