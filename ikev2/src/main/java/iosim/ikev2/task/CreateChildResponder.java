package iosim.ikev2.task;

import iosim.ikev2.sa.Response;
import iosim.ikev2.sa.NegotiatedIkeAlgorithms;
import iosim.ikev2.api.ChildSessionParams;
import iosim.ikev2.api.KeyExchangeGroup;
import iosim.ikev2.sa.EngineContext;
import iosim.ikev2.sa.KeyExchange;
import iosim.ikev2.sa.TaskManager;
import iosim.ikev2.message.IkeMessage;
import iosim.ikev2.message.KePayload;
import iosim.ikev2.message.NoncePayload;
import iosim.ikev2.message.NotifyPayload;
import iosim.ikev2.message.NotifyType;
import iosim.ikev2.message.Payload;
import iosim.ikev2.message.Proposal;
import iosim.ikev2.message.ProtocolId;
import iosim.ikev2.message.SaPayload;
import iosim.ikev2.message.Transform;
import iosim.ikev2.message.TransformType;
import iosim.ikev2.sa.ChildSa;
import iosim.ikev2.sa.Collision;
import iosim.ikev2.sa.ChildSaState;
import iosim.ikev2.sa.IkeSa;
import iosim.ikev2.sa.IkeSaState;
import java.util.ArrayList;
import java.util.List;

/** CREATE_CHILD_SA as responder: new Child SA, Child SA rekey, or IKE SA rekey. */
public final class CreateChildResponder {
    private CreateChildResponder() {}

    public static Response respond(TaskManager tm, IkeMessage m) {
        var saP = m.first(SaPayload.class);
        var ni = m.first(NoncePayload.class);
        if (saP.isEmpty() || ni.isEmpty() || saP.get().proposals().isEmpty()) {
            tm.lifecycle().failure(NotifyType.INVALID_SYNTAX.name(), false, "CREATE_CHILD_SA request lacks SA or Ni");
            return Response.error(NotifyType.INVALID_SYNTAX);
        }
        if (saP.get().proposals().get(0).protocolId() == ProtocolId.IKE) {
            return rekeyIke(tm, m, saP.get().proposals(), ni.get().data());
        }
        return child(tm, m, ni.get().data());
    }

    private static Response child(TaskManager tm, IkeMessage m, byte[] peerNonce) {
        IkeSa sa = tm.sa();
        EngineContext ctx = tm.context();
        if (sa.state() != IkeSaState.ESTABLISHED && sa.state() != IkeSaState.REKEYING) {
            return Response.error(NotifyType.TEMPORARY_FAILURE);
        }
        var rekeyN = m.notify(NotifyType.REKEY_SA);
        ChildSa old = null;
        ChildSessionParams params = sa.params().child();
        if (rekeyN.isPresent()) {
            old = sa.childByOutboundSpi(ProposalCodec.spiValue(rekeyN.get().spi()));
            if (old == null) {
                tm.lifecycle().failure(NotifyType.CHILD_SA_NOT_FOUND.name(), false,
                        "peer asked to rekey an unknown Child SA");
                return Response.error(NotifyType.CHILD_SA_NOT_FOUND);
            }
            if (old.state == ChildSaState.DELETING || old.state == ChildSaState.DELETED
                    || old.state == ChildSaState.REKEYED) {
                return Response.error(NotifyType.TEMPORARY_FAILURE);
            }
            params = old.params;
        }
        String what = old == null ? "new Child SA" : "rekey of Child SA " + old.keys.inboundSpiHex();
        int spi = ctx.spis().allocateChildSpi();
        ChildRequestHandler.Outcome o = old == null ? ChildRequestHandler.negotiateNew(tm, m, spi, true, what)
                : ChildRequestHandler.negotiate(tm, m, params, spi, true, what);
        if (o.refused()) {
            ctx.spis().releaseChildSpi(spi);
            return Response.of(o.payloads());
        }
        byte[] shared = null;
        List<Payload> resp = new ArrayList<>();
        Transform dh = o.chosen().transforms(TransformType.DH).stream().filter(t -> t.id() != 0).findFirst().orElse(null);
        byte[] nonce = ctx.crypto().nonce(ctx.settings().nonceLength());
        if (dh != null) {
            var keP = m.first(KePayload.class);
            if (keP.isEmpty() || keP.get().dhGroup() != dh.id()) {
                ctx.spis().releaseChildSpi(spi);
                tm.lifecycle().failure(NotifyType.INVALID_KE_PAYLOAD.name(), false, what + ": PFS KE is not for group "
                        + dh.id());
                return Response.of(List.of(NotifyPayload.invalidKe(dh.id())));
            }
            KeyExchange ke = ctx.crypto().newKeyExchange(KeyExchangeGroup.of(dh.id()));
            shared = ke.sharedSecret(keP.get().data());
            if (shared == null) {
                ctx.spis().releaseChildSpi(spi);
                return Response.error(NotifyType.INVALID_SYNTAX);
            }
            resp.add(new SaPayload(List.of(o.chosen())));
            resp.add(new NoncePayload(nonce));
            resp.add(new KePayload(dh.id(), ke.publicValue()));
            o.payloads().stream().filter(p -> !(p instanceof SaPayload)).forEach(resp::add);
        } else {
            resp.add(new SaPayload(List.of(o.chosen())));
            resp.add(new NoncePayload(nonce));
            o.payloads().stream().filter(p -> !(p instanceof SaPayload)).forEach(resp::add);
        }
        ChildSa created = o.create(tm, params, shared, peerNonce, nonce);
        ChildSa replaced = old;
        return new Response(resp, () -> {
            tm.lifecycle().installChild(created, replaced);
            if (replaced == null) {
                return;
            }
            if (!tm.collide(new Collision.ChildRekeyed(replaced, created, peerNonce, nonce))) {
                replaced.state = ChildSaState.REKEYED;
                replaced.replacedBy = created;
                replaced.cancelTimers();
            }
        });
    }

    private static Response rekeyIke(TaskManager tm, IkeMessage m, List<Proposal> offered,
                                                      byte[] peerNonce) {
        IkeSa sa = tm.sa();
        EngineContext ctx = tm.context();
        if (sa.state() != IkeSaState.ESTABLISHED && sa.state() != IkeSaState.REKEYING) {
            return Response.error(NotifyType.TEMPORARY_FAILURE);
        }
        boolean collision = tm.collide(new Collision.IkeRekeyRequested());
        if (sa.state() == IkeSaState.REKEYING && !collision) {
            return Response.error(NotifyType.TEMPORARY_FAILURE);
        }
        long newSpi = ctx.spis().allocateIkeSpi();
        Proposal chosen = ProposalSelector.selectIke(sa.params().ikeProposals(), offered, ProposalCodec.ikeSpiBytes(newSpi));
        if (chosen == null) {
            ctx.spis().releaseIkeSpi(newSpi);
            tm.lifecycle().failure(NotifyType.NO_PROPOSAL_CHOSEN.name(), false,
                    "IKE SA rekey: peer's proposals match none of ours");
            return Response.error(NotifyType.NO_PROPOSAL_CHOSEN);
        }
        NegotiatedIkeAlgorithms alg = ProposalCodec.ikeAlgorithms(chosen);
        var keP = m.first(KePayload.class);
        if (keP.isEmpty() || keP.get().dhGroup() != alg.group().ianaId()) {
            ctx.spis().releaseIkeSpi(newSpi);
            tm.lifecycle().failure(NotifyType.INVALID_KE_PAYLOAD.name(), false, "IKE SA rekey: KE is not for "
                    + alg.group().displayName());
            return Response.of(List.of(NotifyPayload.invalidKe(alg.group().ianaId())));
        }
        KeyExchange ke = ctx.crypto().newKeyExchange(alg.group());
        byte[] shared = ke.sharedSecret(keP.get().data());
        long peerSpi = offered.stream().filter(p -> p.number() == chosen.number()).findFirst()
                .map(p -> ProposalCodec.ikeSpiValue(p.spi())).orElse(0L);
        if (shared == null || peerSpi == 0) {
            ctx.spis().releaseIkeSpi(newSpi);
            return Response.error(NotifyType.INVALID_SYNTAX);
        }
        byte[] nonce = ctx.crypto().nonce(ctx.settings().nonceLength());
        List<Payload> resp = List.of(new SaPayload(List.of(chosen)), new NoncePayload(nonce),
                new KePayload(alg.group().ianaId(), ke.publicValue()));
        return new Response(resp, () -> {
            TaskManager created = IkeRekeyTask.successor(tm, alg, shared, peerNonce, nonce, peerSpi, newSpi, false);
            if (!tm.collide(new Collision.IkeRekeyed(created, peerNonce, nonce))) {
                IkeRekeyTask.takeOver(tm, created);
            }
        });
    }
}
