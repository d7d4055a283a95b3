package iosim.ikev2.task;

import iosim.ikev2.api.ChildSessionParams;
import iosim.ikev2.api.ConfigAttributes;
import iosim.ikev2.api.Identity;
import iosim.ikev2.api.RemoteAccessAuthorizer;
import iosim.ikev2.api.RemoteAccessInfo;
import iosim.ikev2.api.RemoteAccessPolicy;
import iosim.ikev2.api.TrafficSelectorSpec;
import iosim.ikev2.eap.EapPacket;
import iosim.ikev2.eap.EapServer;
import iosim.ikev2.message.AuthMethod;
import iosim.ikev2.message.AuthPayload;
import iosim.ikev2.message.CpPayload;
import iosim.ikev2.message.EapPayload;
import iosim.ikev2.message.IdPayload;
import iosim.ikev2.message.IkeMessage;
import iosim.ikev2.message.NotifyPayload;
import iosim.ikev2.message.NotifyType;
import iosim.ikev2.message.Payload;
import iosim.ikev2.sa.ChildSa;
import iosim.ikev2.sa.EapExchange;
import iosim.ikev2.sa.EngineContext;
import iosim.ikev2.sa.IkeCrypto;
import iosim.ikev2.sa.IkeSa;
import iosim.ikev2.sa.IkeSaState;
import iosim.ikev2.sa.Response;
import iosim.ikev2.sa.TaskManager;
import java.util.ArrayList;
import java.util.List;

/**
 * IKE_AUTH as a remote-access gateway (RFC 7296 2.16): the client's first request has IDi but
 * no AUTH; we answer with IDr, our AUTH (PSK) and the first EAP request; EAP rounds follow, one
 * IKE_AUTH exchange each; after EAP-Success the client sends AUTH keyed with the MSK (or SK_pi
 * when the method made none), and our last response carries our MSK-keyed AUTH, the CFG_REPLY
 * and the Child SA negotiated from the first request (its TSi narrowed to the client's address).
 */
public final class EapResponder {
    private EapResponder() {}

    public static Response respond(TaskManager tm, IkeMessage m, RemoteAccessPolicy policy, String serverName) {
        IkeSa sa = tm.sa();
        EapExchange st = sa.eap();
        if (st == null) {
            return first(tm, m, policy, serverName);
        }
        if (!st.succeeded()) {
            return round(tm, m, policy, st);
        }
        return last(tm, m, policy, st);
    }

    private static Response first(TaskManager tm, IkeMessage m, RemoteAccessPolicy policy, String serverName) {
        IkeSa sa = tm.sa();
        var idi = m.id(true);
        if (idi.isEmpty()) {
            return fail(tm, NotifyType.INVALID_SYNTAX, "IKE_AUTH request lacks IDi");
        }
        if (m.first(AuthPayload.class).isPresent()) {
            return fail(tm, NotifyType.AUTHENTICATION_FAILED,
                    "peer authenticates with AUTH, this profile requires EAP from remote peers");
        }
        Identity peer = IkeAuthTask.identity(idi.get());
        if (sa.params().remoteId() != null && !sa.params().remoteId().equals(peer)) {
            return fail(tm, NotifyType.AUTHENTICATION_FAILED,
                    "peer identity " + peer + " is not the configured " + sa.params().remoteId());
        }
        sa.setRemoteId(peer);
        EapServer server = new EapServer(policy.methods(), policy.queryIdentity(), policy.credentials(),
                tm.context().randomSource(), peer.toString(), serverName);
        EapExchange st = EapExchange.gateway(server, m, idi.get().body());
        sa.setEap(st);
        List<Payload> resp;
        try {
            // IDr, our CERTs when we sign, AUTH: PSK or signature as the session's AuthPolicy says
            resp = new ArrayList<>(Authenticator.ours(sa, false, false));
        } catch (java.security.GeneralSecurityException e) {
            return fail(tm, NotifyType.AUTHENTICATION_FAILED, "cannot sign with the local key: " + e.getMessage());
        }
        st.setIdrBody(((IdPayload) resp.get(0)).body());
        sa.setAuthMethods(Authenticator.localMethod(sa.params().auth()), "EAP");
        EapServer.Step step = server.start();
        resp.add(new EapPayload(((EapServer.Send) step).request().encode()));
        armTimeout(tm, st, policy);
        return new Response(resp, () -> { });
    }

    private static Response round(TaskManager tm, IkeMessage m, RemoteAccessPolicy policy, EapExchange st) {
        var eap = m.first(EapPayload.class);
        if (eap.isEmpty()) {
            return fail(tm, NotifyType.INVALID_SYNTAX, "IKE_AUTH request during EAP lacks the EAP payload");
        }
        EapServer.Step step = st.server().receive(EapPacket.decode(eap.get().data()));
        if (step instanceof EapServer.Send send) {
            armTimeout(tm, st, policy);
            return new Response(List.of(new EapPayload(send.request().encode())), () -> { });
        }
        st.cancelTimer();
        if (step instanceof EapServer.Succeeded ok) {
            st.succeed(st.server().method(), ok.msk());
            armTimeout(tm, st, policy);
            return new Response(List.of(new EapPayload(ok.success().encode())), () -> { });
        }
        EapServer.Failed f = (EapServer.Failed) step;
        tm.lifecycle().failure(NotifyType.AUTHENTICATION_FAILED.name(), false, f.reason());
        return new Response(List.of(new EapPayload(f.failure().encode()),
                NotifyPayload.of(NotifyType.AUTHENTICATION_FAILED)),
                () -> tm.lifecycle().destroy("EAP authentication failed"));
    }

    private static Response last(TaskManager tm, IkeMessage m, RemoteAccessPolicy policy, EapExchange st) {
        IkeSa sa = tm.sa();
        EngineContext ctx = tm.context();
        st.cancelTimer();
        var auth = m.first(AuthPayload.class);
        if (auth.isEmpty()) {
            return fail(tm, NotifyType.INVALID_SYNTAX, "IKE_AUTH request after EAP-Success lacks AUTH");
        }
        byte[] expected = IkeCrypto.pskAuth(sa.algorithms().prf(), st.authKey(sa.keys().skPi()), sa.initRequest(),
                sa.nonceR(), sa.keys().skPi(), st.idiBody());
        if (auth.get().method() != AuthMethod.SHARED_KEY_MIC || !IkeCrypto.sameAuth(expected, auth.get().data())) {
            return fail(tm, NotifyType.AUTHENTICATION_FAILED, "AUTH payload from " + sa.remoteId()
                    + " after " + st.method().displayName() + " does not verify (MSK mismatch)");
        }
        String user = st.server().identity();
        IkeMessage first = st.firstRequest();
        CpPayload cpReq = first.first(CpPayload.class).orElse(null);
        RemoteAccessAuthorizer authorizer = policy.authorizer();
        RemoteAccessAuthorizer.Decision d;
        try {
            d = authorizer.authorize(user, sa.remoteId(), sa.remote(), ConfigPayloads.wantsAddress(cpReq));
        } catch (RuntimeException e) {
            d = RemoteAccessAuthorizer.Decision.refuse("authorization failed: " + e.getMessage());
        }
        if (!d.granted()) {
            tm.lifecycle().failure(NotifyType.INTERNAL_ADDRESS_FAILURE.name(), false,
                    "user " + user + " authenticated but was not authorized: " + d.refusal());
            byte[] ourAuth = responderAuth(sa, st);
            return new Response(List.of(new AuthPayload(AuthMethod.SHARED_KEY_MIC, ourAuth),
                    NotifyPayload.of(NotifyType.INTERNAL_ADDRESS_FAILURE)),
                    () -> tm.lifecycle().destroy("authorization failed"));
        }
        ConfigAttributes attrs = d.attributes();
        List<Payload> resp = new ArrayList<>();
        resp.add(new AuthPayload(AuthMethod.SHARED_KEY_MIC, responderAuth(sa, st)));
        if (cpReq != null && cpReq.cfgType() == CpPayload.CFG_REQUEST) {
            resp.add(ConfigPayloads.reply(attrs));
        }
        int spi = ctx.spis().allocateChildSpi();
        ChildRequestHandler.Outcome child = ChildRequestHandler.negotiateNew(tm, first, spi, false,
                "Child SA in IKE_AUTH", t -> attrs.address() == null ? t : new ChildSessionParams(t.proposals(),
                        t.localSelectors(), List.of(TrafficSelectorSpec.host(attrs.address())), t.lifetime(), t.mode()));
        resp.addAll(child.payloads());
        ChildSa created = child.refused() ? null : child.create(tm, sa.params().child(), null, sa.nonceI(), sa.nonceR());
        if (created == null) {
            ctx.spis().releaseChildSpi(spi);
        }
        RemoteAccessInfo info = new RemoteAccessInfo(user, st.method(), attrs);
        boolean initialContact = first.notify(NotifyType.INITIAL_CONTACT).isPresent();
        boolean mobike = Mobike.announce(tm, first, resp);
        Identity peer = sa.remoteId();
        return new Response(resp, () -> {
            sa.setMobike(mobike);
            sa.setRemoteAccess(info, () -> authorizer.release(user, attrs));
            if (initialContact) {
                AuthResponder.dropOlderSas(tm, peer);
            }
            tm.lifecycle().established();
            if (created != null) {
                tm.lifecycle().installChild(created, null);
            }
            sa.clearSetupMaterial();
        });
    }

    private static byte[] responderAuth(IkeSa sa, EapExchange st) {
        return IkeCrypto.pskAuth(sa.algorithms().prf(), st.authKey(sa.keys().skPr()), sa.initResponse(), sa.nonceI(),
                sa.keys().skPr(), st.idrBody());
    }

    /** The client must send its next IKE_AUTH within the policy's timeout (IOS: authentication remote eap timeout). */
    private static void armTimeout(TaskManager tm, EapExchange st, RemoteAccessPolicy policy) {
        if (policy.timeoutMillis() <= 0) {
            return;
        }
        IkeSa sa = tm.sa();
        st.setTimer(tm.context().scheduler().schedule(policy.timeoutMillis(), () -> {
            if (sa.state() == IkeSaState.CONNECTING && sa.eap() == st) {
                tm.lifecycle().failure(null, false, "EAP timed out: no IKE_AUTH from "
                        + sa.remote().getAddress().getHostAddress() + " within " + policy.timeoutMillis() / 1000 + " s");
                tm.lifecycle().destroy("EAP timeout");
            }
        }));
    }

    private static Response fail(TaskManager tm, NotifyType notify, String reason) {
        EapExchange st = tm.sa().eap();
        if (st != null) {
            st.cancelTimer();
        }
        tm.lifecycle().failure(notify.name(), false, reason);
        return new Response(List.of(NotifyPayload.of(notify)), () -> tm.lifecycle().destroy(reason));
    }
}
