package iosim.ikev2.task;

import iosim.ikev2.api.ChildProposal;
import iosim.ikev2.api.ChildSessionParams;
import iosim.ikev2.api.IpsecMode;
import iosim.ikev2.api.TrafficSelectorSpec;
import iosim.ikev2.sa.TaskManager;
import iosim.ikev2.message.IkeMessage;
import iosim.ikev2.message.NotifyPayload;
import iosim.ikev2.message.NotifyType;
import iosim.ikev2.message.Payload;
import iosim.ikev2.message.Proposal;
import iosim.ikev2.message.SaPayload;
import iosim.ikev2.message.TsPayload;
import iosim.ikev2.sa.ChildSa;
import java.util.ArrayList;
import java.util.List;

/**
 * Responder side of Child SA negotiation (IKE_AUTH and CREATE_CHILD_SA requests): proposal
 * choice in our order, traffic selector narrowing, Child SA creation. Refusals come back as
 * the notify to send, and are reported as Failure events.
 */
public final class ChildRequestHandler {
    private ChildRequestHandler() {}

    /**
     * Either the choice (proposal with our SPI, narrowed selectors from our point of view,
     * mode, the template it was made from) and the response payloads describing it, or the
     * refusal notify to send.
     */
    public record Outcome(Proposal chosen, int peerSpi, List<TrafficSelectorSpec> local, List<TrafficSelectorSpec> remote,
                          IpsecMode mode, List<Payload> payloads, NotifyType refusal, ChildSessionParams params) {
        public boolean refused() {
            return refusal != null;
        }

        /** Builds the Child SA (we are the responder of the exchange) from the template that matched. */
        public ChildSa create(TaskManager tm, ChildSessionParams fallback, byte[] shared, byte[] ni, byte[] nr) {
            return ChildSaFactory.create(tm.sa(), params != null ? params : fallback,
                    ProposalCodec.childAlgorithms(chosen), ProposalCodec.spiValue(chosen.spi()), peerSpi, false, shared,
                    ni, nr, local, remote, mode, tm.context().now());
        }
    }

    /**
     * A new Child SA asked for by the peer: tries the session's responder templates
     * ({@code EngineContext#responderChildren}) in order and takes the first whose proposals and
     * selectors match; the refusal reported is the closest one (a proposal mismatch on selectors
     * that matched, else TS_UNACCEPTABLE against all templates).
     */
    public static Outcome negotiateNew(TaskManager tm, IkeMessage m, int ourSpi, boolean pfsCheck, String what) {
        return negotiateNew(tm, m, ourSpi, pfsCheck, what, java.util.function.UnaryOperator.identity());
    }

    /** As above, each template first passed through {@code adjust} (a remote-access client's selectors). */
    public static Outcome negotiateNew(TaskManager tm, IkeMessage m, int ourSpi, boolean pfsCheck, String what,
                                       java.util.function.UnaryOperator<ChildSessionParams> adjust) {
        List<ChildSessionParams> templates = tm.context().responderChildren(tm.sa().params().name(),
                tm.sa().params().child()).stream().map(adjust).toList();
        if (templates.size() == 1) {
            return negotiate(tm, m, templates.get(0), ourSpi, pfsCheck, what);
        }
        Attempt closest = null;
        for (ChildSessionParams t : templates) {
            Attempt a = attempt(m, t, ourSpi, pfsCheck, what);
            if (a.outcome().refusal() == null) {
                return a.outcome();
            }
            if (closest == null || (a.outcome().refusal() == NotifyType.NO_PROPOSAL_CHOSEN
                    && closest.outcome().refusal() == NotifyType.TS_UNACCEPTABLE)) {
                closest = a;
            }
        }
        String reason = closest.reason();
        if (closest.outcome().refusal() == NotifyType.TS_UNACCEPTABLE) {
            List<String> ours = new ArrayList<>();
            templates.forEach(t -> ours.add(t.remoteSelectors() + " === " + t.localSelectors()));
            reason = reason.substring(0, reason.indexOf(" do not match ours ")) + " do not match any of ours " + ours;
        }
        tm.lifecycle().failure(closest.outcome().refusal().name(), false, reason);
        return closest.outcome();
    }

    /**
     * Chooses a proposal and narrows selectors. {@code pfsCheck} true in CREATE_CHILD_SA.
     * Returns the chosen proposal (our SPI inside) and narrowed selectors, or a refusal.
     */
    public static Outcome negotiate(TaskManager tm, IkeMessage m, ChildSessionParams params, int ourSpi,
                                    boolean pfsCheck, String what) {
        Attempt a = attempt(m, params, ourSpi, pfsCheck, what);
        if (a.outcome().refused()) {
            tm.lifecycle().failure(a.outcome().refusal().name(), false, a.reason());
        }
        return a.outcome();
    }

    /** An outcome and, for a refusal, the sentence explaining it (not yet reported). */
    private record Attempt(Outcome outcome, String reason) {}

    private static Attempt attempt(IkeMessage m, ChildSessionParams params, int ourSpi, boolean pfsCheck, String what) {
        var saP = m.first(SaPayload.class);
        var tsi = m.ts(true);
        var tsr = m.ts(false);
        if (saP.isEmpty() || tsi.isEmpty() || tsr.isEmpty()) {
            return new Attempt(refusal(NotifyType.INVALID_SYNTAX), what + ": request lacks SA, TSi or TSr");
        }
        Proposal chosen = ProposalSelector.selectChild(params.proposals(), saP.get().proposals(), ourSpi, pfsCheck);
        if (chosen == null) {
            return new Attempt(refusal(NotifyType.NO_PROPOSAL_CHOSEN), what + ": received transform sets ["
                    + ProposalText.received(saP.get().proposals()) + "] match none of ours " + describeOurs(params.proposals()));
        }
        List<TrafficSelectorSpec> peerTsi = SelectorNarrowing.fromWire(tsi.get().selectors());
        List<TrafficSelectorSpec> peerTsr = SelectorNarrowing.fromWire(tsr.get().selectors());
        List<TrafficSelectorSpec> remote = SelectorNarrowing.narrow(peerTsi, params.remoteSelectors());
        List<TrafficSelectorSpec> local = SelectorNarrowing.narrow(peerTsr, params.localSelectors());
        if (remote.isEmpty() || local.isEmpty()) {
            return new Attempt(refusal(NotifyType.TS_UNACCEPTABLE), what + ": peer's selectors " + peerTsi
                    + " === " + peerTsr + " do not match ours " + params.remoteSelectors() + " === "
                    + params.localSelectors());
        }
        List<Payload> p = new ArrayList<>();
        boolean transport = params.mode() == IpsecMode.TRANSPORT && m.notify(NotifyType.USE_TRANSPORT_MODE).isPresent();
        if (transport) {
            p.add(NotifyPayload.of(NotifyType.USE_TRANSPORT_MODE));
        }
        p.add(new SaPayload(List.of(chosen)));
        p.add(new TsPayload(true, SelectorNarrowing.toWire(remote)));
        p.add(new TsPayload(false, SelectorNarrowing.toWire(local)));
        int peerSpi = saP.get().proposals().stream()
                .filter(x -> x.number() == chosen.number() && x.protocolId() == chosen.protocolId())
                .mapToInt(x -> ProposalCodec.spiValue(x.spi())).findFirst().orElse(0);
        return new Attempt(new Outcome(chosen, peerSpi, local, remote, transport ? IpsecMode.TRANSPORT : IpsecMode.TUNNEL,
                p, null, params), null);
    }

    private static Outcome refusal(NotifyType t) {
        return new Outcome(null, 0, List.of(), List.of(), IpsecMode.TUNNEL, List.of(NotifyPayload.of(t)), t, null);
    }

    static String describeOurs(List<ChildProposal> ours) {
        List<String> out = new ArrayList<>();
        for (ChildProposal p : ours) {
            List<String> parts = new ArrayList<>();
            p.encryption().forEach(e -> parts.add(e.displayName()));
            p.integrity().forEach(i -> parts.add("integ " + i.displayName()));
            p.pfsGroups().forEach(g -> parts.add("pfs " + g.displayName()));
            out.add(String.join("/", parts));
        }
        return out.toString();
    }
}
