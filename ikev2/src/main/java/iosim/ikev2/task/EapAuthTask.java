package iosim.ikev2.task;

import iosim.ikev2.api.ChildSessionParams;
import iosim.ikev2.api.EapClientParams;
import iosim.ikev2.api.Identity;
import iosim.ikev2.api.IpsecMode;
import iosim.ikev2.api.RemoteAccessInfo;
import iosim.ikev2.eap.EapPacket;
import iosim.ikev2.eap.EapPeer;
import iosim.ikev2.message.AuthMethod;
import iosim.ikev2.message.AuthPayload;
import iosim.ikev2.message.CpPayload;
import iosim.ikev2.message.EapPayload;
import iosim.ikev2.message.ExchangeType;
import iosim.ikev2.message.IdPayload;
import iosim.ikev2.message.IkeMessage;
import iosim.ikev2.message.NotifyPayload;
import iosim.ikev2.message.NotifyType;
import iosim.ikev2.message.Payload;
import iosim.ikev2.message.SaPayload;
import iosim.ikev2.message.TsPayload;
import iosim.ikev2.sa.ChildSa;
import iosim.ikev2.sa.EapExchange;
import iosim.ikev2.sa.IkeCrypto;
import iosim.ikev2.sa.IkeSa;
import iosim.ikev2.sa.Task;
import iosim.ikev2.sa.TaskManager;
import java.util.ArrayList;
import java.util.List;

/**
 * IKE_AUTH as a remote-access client (RFC 7296 2.16): one task per IKE_AUTH exchange. The
 * first sends IDi, CFG_REQUEST and the Child SA's SA/TS without AUTH and checks the gateway's
 * AUTH; the next ones carry EAP responses; after EAP-Success the last sends our AUTH keyed with
 * the MSK, checks the gateway's, takes the CFG_REPLY and installs the Child SA. Each task
 * queues its successor (same priority as IKE_AUTH, so nothing overtakes it).
 */
public final class EapAuthTask implements Task {
    private enum Round { FIRST, EAP, AUTH }

    /** What the rounds share. */
    private static final class Conversation {
        final EapClientParams client;
        int childSpi;
        EapExchange exchange;

        Conversation(EapClientParams client) {
            this.client = client;
        }
    }

    private final TaskManager tm;
    private final IkeSa sa;
    private final Conversation conv;
    private final Round round;
    private final List<Payload> payloads;

    private EapAuthTask(TaskManager tm, Conversation conv, Round round, List<Payload> payloads) {
        this.tm = tm;
        this.sa = tm.sa();
        this.conv = conv;
        this.round = round;
        this.payloads = payloads;
    }

    public static EapAuthTask start(TaskManager tm, EapClientParams client) {
        return new EapAuthTask(tm, new Conversation(client), Round.FIRST, null);
    }

    @Override
    public ExchangeType exchange() {
        return ExchangeType.IKE_AUTH;
    }

    @Override
    public List<Payload> buildRequest() {
        if (round != Round.FIRST) {
            return payloads;
        }
        ChildSessionParams child = sa.params().child();
        if (conv.childSpi == 0) {
            conv.childSpi = tm.context().spis().allocateChildSpi();
        }
        IdPayload idi = IkeAuthTask.idPayload(true, sa.params().localId());
        conv.exchange = EapExchange.client(new EapPeer(conv.client.identity(), conv.client.password(),
                tm.context().randomSource()), idi.body());
        sa.setEap(conv.exchange);
        List<Payload> p = new ArrayList<>();
        p.add(idi);
        if (sa.params().auth().acceptsSignatures()) {
            CertificateRequests.of(sa.params().auth()).ifPresent(p::add);
        }
        if (sa.params().initialContact()) {
            p.add(NotifyPayload.of(NotifyType.INITIAL_CONTACT));
        }
        p.add(ConfigPayloads.request(conv.client.requestAddress()));
        if (tm.context().mobike()) {
            p.add(NotifyPayload.of(NotifyType.MOBIKE_SUPPORTED));
        }
        if (child.mode() == IpsecMode.TRANSPORT) {
            p.add(NotifyPayload.of(NotifyType.USE_TRANSPORT_MODE));
        }
        p.add(new SaPayload(ProposalCodec.childProposals(child.proposals(), conv.childSpi, false)));
        p.add(new TsPayload(true, SelectorNarrowing.toWire(child.localSelectors())));
        p.add(new TsPayload(false, SelectorNarrowing.toWire(child.remoteSelectors())));
        return p;
    }

    @Override
    public Outcome processResponse(IkeMessage m) {
        NotifyPayload err = m.all(NotifyPayload.class).stream().filter(NotifyPayload::isError).findFirst().orElse(null);
        switch (round) {
            case FIRST -> {
                var idr = m.id(false);
                var auth = m.first(AuthPayload.class);
                if (idr.isEmpty() || auth.isEmpty()) {
                    return peerError(err, "IKE_AUTH response lacks IDr or AUTH");
                }
                Identity peer = IkeAuthTask.identity(idr.get());
                if (sa.params().remoteId() != null && !sa.params().remoteId().equals(peer)) {
                    return reject("peer identity " + peer + " is not the configured " + sa.params().remoteId());
                }
                Authenticator.Verdict v = Authenticator.verifyPeer(sa, false, m, idr.get(), auth.get());
                if (v.failure() != null) {
                    return reject(v.failure());
                }
                sa.setRemoteId(peer);
                sa.setAuthMethods("EAP", v.method());
                conv.exchange.setIdrBody(idr.get().body());
                return eap(m, err);
            }
            case EAP -> {
                return eap(m, err);
            }
            default -> {
                return finish(m, err);
            }
        }
    }

    private Outcome eap(IkeMessage m, NotifyPayload err) {
        var eap = m.first(EapPayload.class);
        if (eap.isEmpty()) {
            return peerError(err, "IKE_AUTH response lacks the EAP payload");
        }
        EapPeer.Result r = conv.exchange.peer().receive(EapPacket.decode(eap.get().data()));
        if (r instanceof EapPeer.Reply reply) {
            tm.queue(new EapAuthTask(tm, conv, Round.EAP, List.of(new EapPayload(reply.response().encode()))));
            return Outcome.DONE;
        }
        if (r instanceof EapPeer.Success ok) {
            conv.exchange.succeed(ok.method(), ok.msk());
            byte[] auth = IkeCrypto.pskAuth(sa.algorithms().prf(), conv.exchange.authKey(sa.keys().skPi()),
                    sa.initRequest(), sa.nonceR(), sa.keys().skPi(), conv.exchange.idiBody());
            tm.queue(new EapAuthTask(tm, conv, Round.AUTH, List.of(new AuthPayload(AuthMethod.SHARED_KEY_MIC, auth))));
            return Outcome.DONE;
        }
        String reason = ((EapPeer.Failure) r).reason();
        if (err != null) {
            fail(NotifyType.describe(err.type()), true, reason + "; peer sent " + NotifyType.describe(err.type()));
        } else {
            fail(NotifyType.AUTHENTICATION_FAILED.name(), false, reason);
        }
        return Outcome.DONE;
    }

    private Outcome finish(IkeMessage m, NotifyPayload err) {
        var auth = m.first(AuthPayload.class);
        if (auth.isEmpty()) {
            return peerError(err, "last IKE_AUTH response lacks AUTH");
        }
        EapExchange x = conv.exchange;
        byte[] expected = IkeCrypto.pskAuth(sa.algorithms().prf(), x.authKey(sa.keys().skPr()), sa.initResponse(),
                sa.nonceI(), sa.keys().skPr(), x.idrBody());
        if (auth.get().method() != AuthMethod.SHARED_KEY_MIC || !IkeCrypto.sameAuth(expected, auth.get().data())) {
            return reject("gateway's AUTH after " + x.method().displayName() + " does not verify (MSK mismatch)");
        }
        if (err != null && err.is(NotifyType.INTERNAL_ADDRESS_FAILURE)) {
            return peerError(err, "gateway authenticated us but gave no address");
        }
        var cp = m.first(CpPayload.class);
        var attrs = cp.isPresent() ? ConfigPayloads.parse(cp.get()) : iosim.ikev2.api.ConfigAttributes.NONE;
        sa.setRemoteAccess(new RemoteAccessInfo(conv.client.identity(), x.method(), attrs), null);
        sa.setMobike(tm.context().mobike() && m.notify(NotifyType.MOBIKE_SUPPORTED).isPresent());
        tm.lifecycle().established();
        ChildSa child = ChildResponseHandler.handle(tm, m, sa.params().child(), conv.childSpi, sa.nonceI(), sa.nonceR(),
                null, null, "the Child SA in IKE_AUTH");
        if (child == null) {
            tm.context().spis().releaseChildSpi(conv.childSpi);
        } else {
            tm.lifecycle().installChild(child, null);
        }
        sa.clearSetupMaterial();
        return Outcome.DONE;
    }

    private Outcome peerError(NotifyPayload err, String otherwise) {
        if (err != null) {
            String notify = NotifyType.describe(err.type());
            fail(notify, true, "peer rejected IKE_AUTH with " + notify + ChildResponseHandler.explain(err.type()));
        } else {
            fail(NotifyType.INVALID_SYNTAX.name(), false, otherwise);
        }
        return Outcome.DONE;
    }

    private Outcome reject(String reason) {
        tm.lifecycle().failure(NotifyType.AUTHENTICATION_FAILED.name(), false, reason);
        tm.sendOneShot(List.of(NotifyPayload.of(NotifyType.AUTHENTICATION_FAILED)));
        tm.context().spis().releaseChildSpi(conv.childSpi);
        tm.lifecycle().destroy("authentication failed");
        return Outcome.DONE;
    }

    private void fail(String notify, boolean sentByPeer, String reason) {
        tm.lifecycle().failure(notify, sentByPeer, reason);
        tm.context().spis().releaseChildSpi(conv.childSpi);
        tm.lifecycle().destroy("IKE_AUTH failed: " + reason);
    }

    @Override
    public void timedOut() {
        fail(null, false, "no response to IKE_AUTH after " + sa.params().retransmit().tries() + " retransmissions");
    }

    @Override
    public int priority() {
        return 0;
    }

    @Override
    public String describe() {
        return "IKE_AUTH (EAP, " + round.name().toLowerCase() + ")";
    }
}
