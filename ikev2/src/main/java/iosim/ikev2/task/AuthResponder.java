package iosim.ikev2.task;

import iosim.ikev2.api.Identity;
import iosim.ikev2.sa.Response;
import iosim.ikev2.sa.EngineContext;
import iosim.ikev2.sa.IkeCrypto;
import iosim.ikev2.sa.TaskManager;
import iosim.ikev2.message.AuthMethod;
import iosim.ikev2.message.AuthPayload;
import iosim.ikev2.message.IdPayload;
import iosim.ikev2.message.IkeMessage;
import iosim.ikev2.message.NotifyPayload;
import iosim.ikev2.message.NotifyType;
import iosim.ikev2.message.Payload;
import iosim.ikev2.sa.ChildSa;
import iosim.ikev2.sa.IkeSa;
import iosim.ikev2.sa.IkeSaState;
import java.util.ArrayList;
import java.util.List;

/**
 * IKE_AUTH as responder: verifies the initiator's AUTH (PSK or signature, {@link Authenticator}) (AUTHENTICATION_FAILED and the SA is
 * dropped if it does not verify), answers with IDr and our AUTH, and negotiates the first Child
 * SA (NO_PROPOSAL_CHOSEN or TS_UNACCEPTABLE refuse only the Child SA). INITIAL_CONTACT removes
 * older IKE SAs with the same peer.
 */
public final class AuthResponder {
    private AuthResponder() {}

    public static Response respond(TaskManager tm, IkeMessage m) {
        IkeSa sa = tm.sa();
        EngineContext ctx = tm.context();
        if (sa.state() != IkeSaState.CONNECTING || sa.nonceI() == null) {
            return Response.error(NotifyType.INVALID_SYNTAX);
        }
        iosim.ikev2.api.RemoteAccessPolicy ra = ctx.remoteAccess(sa.params().name());
        if (ra != null) {
            return EapResponder.respond(tm, m, ra, serverName(sa));
        }
        var idi = m.id(true);
        var auth = m.first(AuthPayload.class);
        if (idi.isEmpty() || auth.isEmpty()) {
            tm.lifecycle().failure(NotifyType.INVALID_SYNTAX.name(), false, "IKE_AUTH request lacks IDi or AUTH"
                    + (m.first(iosim.ikev2.message.EapPayload.class).isPresent() ? " (EAP is not supported)" : ""));
            return new Response(List.of(NotifyPayload.of(NotifyType.INVALID_SYNTAX)),
                    () -> tm.lifecycle().destroy("invalid IKE_AUTH request"));
        }
        Identity peer = IkeAuthTask.identity(idi.get());
        String failure = null;
        if (sa.params().remoteId() != null && !sa.params().remoteId().equals(peer)) {
            failure = "peer identity " + peer + " is not the configured " + sa.params().remoteId();
        }
        Authenticator.Verdict verdict = failure != null ? null
                : Authenticator.verifyPeer(sa, true, m, idi.get(), auth.get());
        if (verdict != null && verdict.failure() != null) {
            failure = verdict.failure();
        }
        if (failure != null) {
            tm.lifecycle().failure(NotifyType.AUTHENTICATION_FAILED.name(), false, failure);
            return new Response(List.of(NotifyPayload.of(NotifyType.AUTHENTICATION_FAILED)),
                    () -> tm.lifecycle().destroy("authentication failed"));
        }
        sa.setRemoteId(peer);
        sa.setAuthMethods(Authenticator.localMethod(sa.params().auth()), verdict.method());
        List<Payload> resp;
        try {
            resp = new ArrayList<>(Authenticator.ours(sa, false, false));
        } catch (java.security.GeneralSecurityException e) {
            tm.lifecycle().failure(NotifyType.AUTHENTICATION_FAILED.name(), false,
                    "cannot sign with the local key: " + e.getMessage());
            return new Response(List.of(NotifyPayload.of(NotifyType.AUTHENTICATION_FAILED)),
                    () -> tm.lifecycle().destroy("authentication failed"));
        }
        int spi = ctx.spis().allocateChildSpi();
        ChildRequestHandler.Outcome child = ChildRequestHandler.negotiateNew(tm, m, spi, false,
                "Child SA in IKE_AUTH");
        resp.addAll(child.payloads());
        ChildSa created = child.refused() ? null : child.create(tm, sa.params().child(), null, sa.nonceI(), sa.nonceR());
        if (created == null) {
            ctx.spis().releaseChildSpi(spi);
        }
        boolean initialContact = m.notify(NotifyType.INITIAL_CONTACT).isPresent();
        boolean mobike = Mobike.announce(tm, m, resp);
        return new Response(resp, () -> {
            sa.setMobike(mobike);
            if (initialContact) {
                dropOlderSas(tm, peer);
            }
            tm.lifecycle().established();
            if (created != null) {
                tm.lifecycle().installChild(created, null);
            }
            sa.clearSetupMaterial();
        });
    }

    /** The name in EAP-MSCHAPv2 challenges: our identity as text. */
    private static String serverName(IkeSa sa) {
        return sa.params().localId().toString();
    }

    /** INITIAL_CONTACT: every other IKE SA with this peer identity and address is stale. */
    static void dropOlderSas(TaskManager tm, Identity peer) {
        for (TaskManager other : tm.context().managers()) {
            IkeSa o = other.sa();
            if (other != tm && peer.equals(o.remoteId()) && o.remote().getAddress().equals(tm.sa().remote().getAddress())) {
                other.lifecycle().destroy("peer sent INITIAL_CONTACT");
            }
        }
    }
}
