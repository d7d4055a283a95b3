package iosim.ikev2.task;

import iosim.ikev2.sa.Task;
import iosim.ikev2.api.ChildSessionParams;
import iosim.ikev2.api.Identity;
import iosim.ikev2.api.IpsecMode;
import iosim.ikev2.sa.EngineContext;
import iosim.ikev2.sa.IkeCrypto;
import iosim.ikev2.sa.TaskManager;
import iosim.ikev2.message.AuthMethod;
import iosim.ikev2.message.AuthPayload;
import iosim.ikev2.message.ExchangeType;
import iosim.ikev2.message.IdPayload;
import iosim.ikev2.message.IkeMessage;
import iosim.ikev2.message.NotifyPayload;
import iosim.ikev2.message.NotifyType;
import iosim.ikev2.message.Payload;
import iosim.ikev2.message.SaPayload;
import iosim.ikev2.message.TsPayload;
import iosim.ikev2.sa.ChildSa;
import iosim.ikev2.sa.IkeSa;
import java.util.ArrayList;
import java.util.List;

/**
 * IKE_AUTH as initiator (RFC 7296 2.15; pre-shared key or signature, see {@link Authenticator}) and the
 * first Child SA: IDi, [CERT], [CERTREQ], AUTH, [INITIAL_CONTACT], SA, TSi, TSr; verifies the responder's AUTH, then installs the
 * Child SA unless the responder refused it (the IKE SA stays up then).
 */
public final class IkeAuthTask implements Task {
    private final TaskManager tm;
    private final IkeSa sa;
    private final EngineContext ctx;
    private int childSpi;

    public IkeAuthTask(TaskManager tm) {
        this.tm = tm;
        this.sa = tm.sa();
        this.ctx = tm.context();
    }

    @Override
    public ExchangeType exchange() {
        return ExchangeType.IKE_AUTH;
    }

    static IdPayload idPayload(boolean initiator, Identity id) {
        return new IdPayload(initiator, iosim.ikev2.message.IdType.of(id.type().code()).orElseThrow(), id.data());
    }

    static Identity identity(IdPayload p) {
        Identity.IdType t = Identity.IdType.of(p.idType().value());
        return t == null ? new Identity(Identity.IdType.KEY_ID, p.data()) : new Identity(t, p.data());
    }

    @Override
    public List<Payload> buildRequest() {
        ChildSessionParams child = sa.params().child();
        if (childSpi == 0) {
            childSpi = ctx.spis().allocateChildSpi();
        }
        List<Payload> p;
        try {
            p = new ArrayList<>(Authenticator.ours(sa, true, true));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign IKE_AUTH with the local key: " + e.getMessage(), e);
        }
        if (sa.params().initialContact()) {
            p.add(NotifyPayload.of(NotifyType.INITIAL_CONTACT));
        }
        if (child.mode() == IpsecMode.TRANSPORT) {
            p.add(NotifyPayload.of(NotifyType.USE_TRANSPORT_MODE));
        }
        p.add(new SaPayload(ProposalCodec.childProposals(child.proposals(), childSpi, false)));
        p.add(new TsPayload(true, SelectorNarrowing.toWire(child.localSelectors())));
        p.add(new TsPayload(false, SelectorNarrowing.toWire(child.remoteSelectors())));
        return p;
    }

    @Override
    public Outcome processResponse(IkeMessage m) {
        var idr = m.id(false);
        var auth = m.first(AuthPayload.class);
        if (idr.isEmpty() || auth.isEmpty()) {
            NotifyPayload err = m.all(NotifyPayload.class).stream().filter(NotifyPayload::isError).findFirst()
                    .orElse(null);
            if (err != null) {
                String notify = NotifyType.describe(err.type());
                fail(notify, true, "peer rejected IKE_AUTH with " + notify + ChildResponseHandler.explain(err.type()));
            } else {
                fail(NotifyType.INVALID_SYNTAX.name(), false, "IKE_AUTH response lacks IDr or AUTH");
            }
            return Outcome.DONE;
        }
        Identity peer = identity(idr.get());
        if (sa.params().remoteId() != null && !sa.params().remoteId().equals(peer)) {
            rejectPeer("peer identity " + peer + " is not the configured " + sa.params().remoteId());
            return Outcome.DONE;
        }
        Authenticator.Verdict verdict = Authenticator.verifyPeer(sa, false, m, idr.get(), auth.get());
        if (verdict.failure() != null) {
            rejectPeer(verdict.failure());
            return Outcome.DONE;
        }
        sa.setAuthMethods(Authenticator.localMethod(sa.params().auth()), verdict.method());
        sa.setRemoteId(peer);
        tm.lifecycle().established();
        ChildSa child = ChildResponseHandler.handle(tm, m, sa.params().child(), childSpi, sa.nonceI(), sa.nonceR(), null,
                null, "the Child SA in IKE_AUTH");
        if (child == null) {
            ctx.spis().releaseChildSpi(childSpi);
        } else {
            tm.lifecycle().installChild(child, null);
        }
        sa.clearSetupMaterial();
        return Outcome.DONE;
    }

    private void rejectPeer(String reason) {
        tm.lifecycle().failure(NotifyType.AUTHENTICATION_FAILED.name(), false, reason);
        tm.sendOneShot(List.of(NotifyPayload.of(NotifyType.AUTHENTICATION_FAILED)));
        ctx.spis().releaseChildSpi(childSpi);
        tm.lifecycle().destroy("authentication failed");
    }

    private void fail(String notify, boolean sentByPeer, String reason) {
        tm.lifecycle().failure(notify, sentByPeer, reason);
        ctx.spis().releaseChildSpi(childSpi);
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
        return "IKE_AUTH";
    }
}
