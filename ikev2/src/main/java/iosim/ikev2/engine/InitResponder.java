package iosim.ikev2.engine;

import iosim.ikev2.sa.EngineContext;
import iosim.ikev2.sa.KeyExchange;
import iosim.ikev2.sa.TaskManager;
import iosim.ike.net.Datagram;
import iosim.ikev2.api.IkeEvent;
import iosim.ikev2.api.IkeSessionParams;
import iosim.ikev2.message.ExchangeType;
import iosim.ikev2.message.IkeHeader;
import iosim.ikev2.message.IkeMessage;
import iosim.ikev2.message.KePayload;
import iosim.ikev2.message.NoncePayload;
import iosim.ikev2.message.NotifyPayload;
import iosim.ikev2.message.NotifyType;
import iosim.ikev2.message.Payload;
import iosim.ikev2.message.Proposal;
import iosim.ikev2.message.SaPayload;
import iosim.ikev2.message.VendorIdPayload;
import iosim.ikev2.sa.IkeSa;
import iosim.ikev2.crypto.SignatureAuth;
import iosim.ikev2.task.CertificateRequests;
import iosim.ikev2.sa.IkeSaState;
import iosim.ikev2.task.NatDetection;
import iosim.ikev2.sa.NegotiatedIkeAlgorithms;
import iosim.ikev2.task.ProposalCodec;
import iosim.ikev2.task.ProposalSelector;
import iosim.ikev2.task.ProposalText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * IKE_SA_INIT as responder: answers retransmitted requests from the half-open SA's cache,
 * demands COOKIEs above the half-open threshold, refuses with NO_PROPOSAL_CHOSEN or
 * INVALID_KE_PAYLOAD (keeping no state), or creates the half-open IKE SA.
 */
final class InitResponder {
    private final EngineContext ctx;
    private final CookieJar cookies;
    private final Map<String, TaskManager> halfOpen = new HashMap<>();

    InitResponder(EngineContext ctx) {
        this.ctx = ctx;
        this.cookies = new CookieJar(ctx.randomSource());
    }

    int halfOpenCount() {
        halfOpen.values().removeIf(tm -> tm.sa().state() != IkeSaState.CONNECTING);
        return halfOpen.size();
    }

    void handle(IkeMessage m, Datagram d, IkeSessionParams params) {
        IkeHeader h = m.header();
        String key = d.source() + "/" + Long.toHexString(h.initiatorSpi());
        TaskManager existing = halfOpen.get(key);
        if (existing != null && existing.sa().state() == IkeSaState.CONNECTING) {
            ctx.counters().retransmittedResponses++;
            for (byte[] b : existing.sa().window().cachedResponse()) {
                ctx.send(new Datagram(d.destination(), d.source(), b));
            }
            return;
        }
        ctx.emit(new IkeEvent.ExchangeReceived(params == null ? "" : params.name(),
                TaskManager.info(m, d.source(), d.destination(), d.data().length, 1, false)));
        var saP = m.first(SaPayload.class);
        var keP = m.first(KePayload.class);
        var niP = m.first(NoncePayload.class);
        if (saP.isEmpty() || keP.isEmpty() || niP.isEmpty()) {
            refuse(m, d, params, NotifyPayload.of(NotifyType.INVALID_SYNTAX), "IKE_SA_INIT lacks SA, KE or Ni");
            return;
        }
        if (halfOpenCount() >= ctx.settings().cookieThreshold()) {
            byte[] expected = cookies.cookie(niP.get().data(), d.source(), h.initiatorSpi());
            var got = m.payloads().isEmpty() ? null : m.payloads().get(0);
            boolean ok = got instanceof NotifyPayload n && n.is(NotifyType.COOKIE)
                    && cookies.valid(n.data(), niP.get().data(), d.source(), h.initiatorSpi());
            if (!ok) {
                ctx.counters().cookiesSent++;
                sendPlain(h, List.of(NotifyPayload.of(NotifyType.COOKIE, expected)), d, params);
                return;
            }
        }
        if (params == null) {
            refuse(m, d, null, NotifyPayload.of(NotifyType.NO_PROPOSAL_CHOSEN),
                    "IKE_SA_INIT from " + d.source().getAddress().getHostAddress() + ": no peer configured for it");
            return;
        }
        Proposal chosen = ProposalSelector.selectIke(params.ikeProposals(), saP.get().proposals(), new byte[0]);
        if (chosen == null) {
            refuse(m, d, params, NotifyPayload.of(NotifyType.NO_PROPOSAL_CHOSEN),
                    "IKE_SA_INIT from " + d.source().getAddress().getHostAddress() + ": received proposals ["
                            + ProposalText.received(saP.get().proposals()) + "] match none of ours ["
                            + ProposalText.configured(params.ikeProposals()) + "]");
            return;
        }
        NegotiatedIkeAlgorithms alg = ProposalCodec.ikeAlgorithms(chosen);
        if (keP.get().dhGroup() != alg.group().ianaId()) {
            refuse(m, d, params, NotifyPayload.invalidKe(alg.group().ianaId()), "IKE_SA_INIT from "
                    + d.source().getAddress().getHostAddress() + ": KE is for group " + keP.get().dhGroup()
                    + ", we want " + alg.group().displayName() + " (INVALID_KE_PAYLOAD sent)");
            return;
        }
        KeyExchange ke = ctx.crypto().newKeyExchange(alg.group());
        byte[] shared = ke.sharedSecret(keP.get().data());
        if (shared == null) {
            refuse(m, d, params, NotifyPayload.of(NotifyType.INVALID_SYNTAX), "IKE_SA_INIT: invalid KE value");
            return;
        }
        IkeSa sa = new IkeSa(params, false, ctx.now());
        sa.setSpiI(h.initiatorSpi());
        sa.setSpiR(ctx.spis().allocateIkeSpi());
        sa.setLocal(d.destination());
        sa.setRemote(d.source());
        sa.setAlgorithms(alg);
        sa.setNonceI(niP.get().data());
        sa.setNonceR(ctx.crypto().nonce(ctx.settings().nonceLength()));
        sa.setInitRequest(d.data());
        sa.setPeerVendorIds(m.all(VendorIdPayload.class).stream().map(VendorIdPayload::data).toList());
        m.notify(NotifyType.SIGNATURE_HASH_ALGORITHMS)
                .ifPresent(n -> sa.setPeerSignatureHashes(SignatureAuth.parseHashes(n.data())));
        sa.setKeys(ctx.crypto().deriveIkeKeys(alg, shared, sa.nonceI(), sa.nonceR(), sa.spiI(), sa.spiR()));
        NatDetection.Result nat = NatDetection.check(m, sa.spiI(), 0, sa.local(), sa.remote());
        sa.setNatLocal(nat.natLocal() || params.forceNatt());
        sa.setNatRemote(nat.natRemote());
        TaskManager tm = new TaskManager(ctx, sa);
        ctx.register(tm);
        List<Payload> resp = new ArrayList<>();
        resp.add(new SaPayload(List.of(chosen)));
        resp.add(new KePayload(alg.group().ianaId(), ke.publicValue()));
        resp.add(new NoncePayload(sa.nonceR()));
        ctx.settings().vendorIds().forEach(v -> resp.add(new VendorIdPayload(v)));
        resp.addAll(NatDetection.notifies(sa.spiI(), sa.spiR(), sa.local(), sa.remote(), params.forceNatt()));
        if (ctx.settings().fragmentation().enabled()) {
            resp.add(NotifyPayload.of(NotifyType.IKEV2_FRAGMENTATION_SUPPORTED));
            sa.setPeerFragmentationSupported(m.notify(NotifyType.IKEV2_FRAGMENTATION_SUPPORTED).isPresent());
        }
        if (params.auth().usesCertificates()) {
            CertificateRequests.of(params.auth()).ifPresent(resp::add);
            resp.add(NotifyPayload.of(NotifyType.SIGNATURE_HASH_ALGORITHMS, SignatureAuth.ourHashesData()));
        }
        tm.sendResponse(h, resp, d);
        sa.setInitResponse(sa.window().cachedResponse().get(0));
        halfOpen.put(key, tm);
        tm.lifecycle().startHalfOpenTimer();
    }

    private void refuse(IkeMessage m, Datagram d, IkeSessionParams params, NotifyPayload notify, String reason) {
        ctx.emit(new IkeEvent.Failure(params == null ? "" : params.name(), 0, NotifyType.describe(notify.type()),
                false, reason));
        sendPlain(m.header(), List.of(notify), d, params);
    }

    private void sendPlain(IkeHeader request, List<Payload> payloads, Datagram d, IkeSessionParams params) {
        IkeHeader h = IkeHeader.response(request.initiatorSpi(), 0, ExchangeType.IKE_SA_INIT, request.messageId(), false);
        IkeMessage resp = new IkeMessage(h, payloads);
        byte[] wire = ctx.codec().encodePlain(resp);
        ctx.emit(new IkeEvent.ExchangeSent(params == null ? "" : params.name(),
                TaskManager.info(resp, d.destination(), d.source(), wire.length, 1, false)));
        ctx.send(new Datagram(d.destination(), d.source(), wire));
    }
}
