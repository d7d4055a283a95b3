package iosim.ikev2.task;

import iosim.ikev2.sa.TaskManager;
import iosim.ikev2.message.DeletePayload;
import iosim.ikev2.message.IkeMessage;
import iosim.ikev2.message.NotifyPayload;
import iosim.ikev2.message.NotifyType;
import iosim.ikev2.message.Payload;
import iosim.ikev2.message.ProtocolId;
import iosim.ikev2.sa.ChildSa;
import iosim.ikev2.sa.Response;
import iosim.ikev2.sa.IkeSa;
import iosim.ikev2.sa.IkeSaState;
import java.util.ArrayList;
import java.util.List;

/**
 * Responder side of every protected exchange: dispatches the peer's request by exchange type
 * and returns the response payloads plus an action to run after the response is sent
 * (e.g. tearing the SA down after answering a Delete).
 */
public final class RequestResponder {
    private RequestResponder() {}

    public static Response respond(TaskManager tm, IkeMessage m) {
        IkeSa sa = tm.sa();
        return switch (m.header().exchangeType()) {
            case IKE_AUTH -> AuthResponder.respond(tm, m);
            case CREATE_CHILD_SA -> {
                if (sa.state() == IkeSaState.CONNECTING) {
                    yield Response.error(NotifyType.INVALID_SYNTAX);
                }
                yield CreateChildResponder.respond(tm, m);
            }
            case INFORMATIONAL -> informational(tm, m);
            default -> Response.error(NotifyType.INVALID_SYNTAX);
        };
    }

    private static Response informational(TaskManager tm, IkeMessage m) {
        IkeSa sa = tm.sa();
        if (sa.state() == IkeSaState.CONNECTING) {
            // only error notifies make sense before IKE_AUTH completed (e.g. AUTHENTICATION_FAILED)
            reportNotifies(tm, m);
            return new Response(List.of(), () -> {
                if (m.all(NotifyPayload.class).stream().anyMatch(NotifyPayload::isError)) {
                    tm.lifecycle().destroy("peer reported an error during setup");
                }
            });
        }
        if (Mobike.isUpdate(sa, m)) {
            List<Runnable> after = new ArrayList<>();
            List<Payload> resp = Mobike.update(tm, m, after);
            return new Response(resp, () -> after.forEach(Runnable::run));
        }
        List<DeletePayload> deletes = m.all(DeletePayload.class);
        if (deletes.stream().anyMatch(d -> d.protocolId() == ProtocolId.IKE)) {
            return new Response(List.of(), () -> tm.lifecycle().destroy(sa.state() == IkeSaState.REKEYED
                    ? "rekeyed" : "deleted by peer"));
        }
        List<Integer> ours = new ArrayList<>();
        List<ChildSa> removed = new ArrayList<>();
        for (DeletePayload d : deletes) {
            if (d.protocolId() != ProtocolId.ESP && d.protocolId() != ProtocolId.AH) {
                continue;
            }
            for (int spi : d.spiValues()) {
                ChildSa c = sa.childByOutboundSpi(spi);
                if (c != null) {
                    ours.add(c.inboundSpi());
                    removed.add(c);
                }
            }
        }
        boolean authFailed = reportNotifies(tm, m);
        List<Payload> resp = new ArrayList<>();
        if (!ours.isEmpty()) {
            resp.add(DeletePayload.esp(ours.stream().mapToInt(Integer::intValue).toArray()));
        }
        return new Response(resp, () -> {
            for (ChildSa c : removed) {
                tm.lifecycle().removeChild(c, c.replacedBy != null ? "rekeyed" : "deleted by peer");
            }
            if (authFailed) {
                tm.lifecycle().destroy("peer reported AUTHENTICATION_FAILED");
            }
        });
    }

    /** Reports the peer's error notifies as failures; true if one was AUTHENTICATION_FAILED. */
    private static boolean reportNotifies(TaskManager tm, IkeMessage m) {
        boolean authFailed = false;
        for (NotifyPayload n : m.all(NotifyPayload.class)) {
            if (!n.isError()) {
                continue;
            }
            String name = NotifyType.describe(n.type());
            String detail = ChildResponseHandler.explain(n.type());
            if (n.is(NotifyType.INVALID_SPI) && n.data().length == 4) {
                detail = String.format(" for SPI 0x%08X (it has no such SA)", ProposalCodec.spiValue(n.data()));
            }
            tm.lifecycle().failure(name, true, "peer reports " + name + detail);
            authFailed |= n.is(NotifyType.AUTHENTICATION_FAILED);
        }
        return authFailed;
    }
}
