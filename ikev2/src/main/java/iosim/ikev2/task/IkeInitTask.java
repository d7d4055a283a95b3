package iosim.ikev2.task;

import iosim.ikev2.sa.NegotiatedIkeAlgorithms;
import iosim.ikev2.sa.Task;
import iosim.ikev2.api.KeyExchangeGroup;
import iosim.ikev2.sa.EngineContext;
import iosim.ikev2.sa.KeyExchange;
import iosim.ikev2.sa.TaskManager;
import iosim.ikev2.message.ExchangeType;
import iosim.ikev2.message.IkeMessage;
import iosim.ikev2.message.KePayload;
import iosim.ikev2.message.NoncePayload;
import iosim.ikev2.message.NotifyPayload;
import iosim.ikev2.message.NotifyType;
import iosim.ikev2.message.Payload;
import iosim.ikev2.message.SaPayload;
import iosim.ikev2.message.VendorIdPayload;
import iosim.ikev2.sa.IkeSa;
import iosim.ikev2.crypto.SignatureAuth;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;

/**
 * IKE_SA_INIT as initiator: SA, KE, Ni and NAT-D; answers COOKIE by repeating the request
 * with the cookie, and INVALID_KE_PAYLOAD by repeating it with the group the responder asked
 * for; on success derives the IKE SA keys, detects NATs (floating to port 4500) and queues
 * IKE_AUTH.
 */
public final class IkeInitTask implements Task {
    private static final int MAX_RETRIES = 3;

    private final TaskManager tm;
    private final IkeSa sa;
    private final EngineContext ctx;
    private KeyExchangeGroup group;
    private KeyExchange ke;
    private byte[] nonce;
    private byte[] cookie;
    private int retries;

    public IkeInitTask(TaskManager tm) {
        this.tm = tm;
        this.sa = tm.sa();
        this.ctx = tm.context();
        this.group = sa.params().ikeProposals().get(0).groups().get(0);
    }

    @Override
    public ExchangeType exchange() {
        return ExchangeType.IKE_SA_INIT;
    }

    @Override
    public List<Payload> buildRequest() {
        if (ke == null || ke.group() != group.ianaId()) {
            ke = ctx.crypto().newKeyExchange(group);
        }
        if (nonce == null) {
            nonce = ctx.crypto().nonce(ctx.settings().nonceLength());
        }
        List<Payload> p = new ArrayList<>();
        if (cookie != null) {
            p.add(NotifyPayload.of(NotifyType.COOKIE, cookie));
        }
        p.add(new SaPayload(ProposalCodec.ikeProposals(sa.params().ikeProposals(), new byte[0])));
        p.add(new KePayload(group.ianaId(), ke.publicValue()));
        p.add(new NoncePayload(nonce));
        ctx.settings().vendorIds().forEach(v -> p.add(new VendorIdPayload(v)));
        p.addAll(NatDetection.notifies(sa.spiI(), 0, sa.local(), sa.remote(), sa.params().forceNatt()));
        if (ctx.settings().fragmentation().enabled()) {
            p.add(NotifyPayload.of(NotifyType.IKEV2_FRAGMENTATION_SUPPORTED));
        }
        if (sa.params().auth().usesCertificates()) {
            p.add(NotifyPayload.of(NotifyType.SIGNATURE_HASH_ALGORITHMS, SignatureAuth.ourHashesData()));
        }
        return p;
    }

    @Override
    public Outcome processResponse(IkeMessage m) {
        var cookieN = m.notify(NotifyType.COOKIE);
        if (cookieN.isPresent()) {
            if (++retries > MAX_RETRIES) {
                return fail(NotifyType.COOKIE.name(), true, "responder keeps demanding cookies");
            }
            cookie = cookieN.get().data();
            return Outcome.RETRY;
        }
        var invalidKe = m.notify(NotifyType.INVALID_KE_PAYLOAD);
        if (invalidKe.isPresent()) {
            byte[] d = invalidKe.get().data();
            KeyExchangeGroup wanted = d.length == 2 ? KeyExchangeGroup.of(((d[0] & 0xff) << 8) | (d[1] & 0xff)) : null;
            boolean offered = wanted != null && sa.params().ikeProposals().stream().anyMatch(p -> p.groups().contains(wanted));
            tm.lifecycle().failure(NotifyType.INVALID_KE_PAYLOAD.name(), true, "peer wants DH "
                    + (wanted == null ? "an unknown group" : wanted.displayName()) + " instead of " + group.displayName()
                    + (offered ? ", retrying with it" : ", which we do not offer"));
            if (!offered || wanted == group || ++retries > MAX_RETRIES) {
                destroy("INVALID_KE_PAYLOAD");
                return Outcome.DONE;
            }
            group = wanted;
            return Outcome.RETRY;
        }
        for (NotifyPayload n : m.all(NotifyPayload.class)) {
            if (n.isError()) {
                String name = NotifyType.describe(n.type());
                return fail(name, true, "peer rejected IKE_SA_INIT with " + name
                        + (n.is(NotifyType.NO_PROPOSAL_CHOSEN) ? ": none of our IKE proposals ("
                        + describeOurs() + ") is acceptable to it" : ""));
            }
        }
        var saP = m.first(SaPayload.class);
        var keP = m.first(KePayload.class);
        var nP = m.first(NoncePayload.class);
        if (saP.isEmpty() || keP.isEmpty() || nP.isEmpty() || saP.get().proposals().size() != 1) {
            return fail(NotifyType.INVALID_SYNTAX.name(), false, "IKE_SA_INIT response lacks SA, KE or Nr");
        }
        if (!ProposalSelector.ikeChoiceAcceptable(sa.params().ikeProposals(), saP.get().proposals().get(0))) {
            return fail(NotifyType.NO_PROPOSAL_CHOSEN.name(), false, "responder chose a proposal we did not offer");
        }
        NegotiatedIkeAlgorithms alg = ProposalCodec.ikeAlgorithms(saP.get().proposals().get(0));
        if (alg.group() != group || keP.get().dhGroup() != group.ianaId()) {
            return fail(NotifyType.INVALID_SYNTAX.name(), false, "responder's KE group does not match its chosen group");
        }
        byte[] shared = ke.sharedSecret(keP.get().data());
        if (shared == null) {
            return fail(NotifyType.INVALID_SYNTAX.name(), false, "responder's KE value is invalid");
        }
        sa.setSpiR(m.header().responderSpi());
        sa.setAlgorithms(alg);
        sa.setNonceI(nonce);
        sa.setNonceR(nP.get().data());
        sa.setPeerVendorIds(m.all(VendorIdPayload.class).stream().map(VendorIdPayload::data).toList());
        m.notify(NotifyType.SIGNATURE_HASH_ALGORITHMS)
                .ifPresent(n -> sa.setPeerSignatureHashes(SignatureAuth.parseHashes(n.data())));
        sa.setInitResponse(tm.lastResponseBytes());
        sa.setKeys(ctx.crypto().deriveIkeKeys(alg, shared, sa.nonceI(), sa.nonceR(), sa.spiI(), sa.spiR()));
        NatDetection.Result nat = NatDetection.check(m, sa.spiI(), sa.spiR(), sa.local(), sa.remote());
        sa.setNatLocal(nat.natLocal() || sa.params().forceNatt());
        sa.setNatRemote(nat.natRemote());
        sa.setPeerFragmentationSupported(ctx.settings().fragmentation().enabled()
                && m.notify(NotifyType.IKEV2_FRAGMENTATION_SUPPORTED).isPresent());
        if (nat.supported() && sa.natDetected()) {
            sa.setLocal(new InetSocketAddress(sa.local().getAddress(), sa.params().nattPort()));
            sa.setRemote(new InetSocketAddress(sa.remote().getAddress(), sa.params().nattPort()));
        }
        ke = null;
        var eapClient = ctx.eapClient(sa.params().name());
        tm.queue(eapClient != null ? EapAuthTask.start(tm, eapClient) : new IkeAuthTask(tm));
        return Outcome.DONE;
    }

    private String describeOurs() {
        return ProposalText.configured(sa.params().ikeProposals());
    }

    private Outcome fail(String notify, boolean sentByPeer, String reason) {
        tm.lifecycle().failure(notify, sentByPeer, reason);
        destroy(reason);
        return Outcome.DONE;
    }

    private void destroy(String reason) {
        tm.lifecycle().destroy("IKE_SA_INIT failed: " + reason);
    }

    @Override
    public void timedOut() {
        tm.lifecycle().failure(null, false, "no response to IKE_SA_INIT from " + sa.remote().getAddress().getHostAddress()
                + " after " + sa.params().retransmit().tries() + " retransmissions");
        destroy("peer not responding");
    }

    @Override
    public int priority() {
        return 0;
    }

    @Override
    public String describe() {
        return "IKE_SA_INIT";
    }
}
