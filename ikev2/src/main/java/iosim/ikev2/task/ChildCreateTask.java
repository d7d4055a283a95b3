package iosim.ikev2.task;

import iosim.ikev2.sa.Task;
import iosim.ikev2.api.ChildSessionParams;
import iosim.ikev2.api.KeyExchangeGroup;
import iosim.ikev2.api.TrafficSelectorSpec;
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
import iosim.ikev2.message.ProtocolId;
import iosim.ikev2.message.SaPayload;
import iosim.ikev2.message.TsPayload;
import iosim.ikev2.sa.ChildSa;
import iosim.ikev2.sa.Collision;
import iosim.ikev2.sa.ChildSaState;
import iosim.ikev2.sa.IkeSa;
import iosim.ikev2.sa.IkeSaState;
import java.util.ArrayList;
import java.util.List;

/**
 * CREATE_CHILD_SA as initiator for a new Child SA or, with {@code rekeyOf}, a Child SA rekey
 * (REKEY_SA notify, optional PFS KE). After a rekey the old SA is deleted; if the peer rekeyed
 * the same SA at the same time (RFC 7296 2.8.1) the exchange holding the lowest nonce created
 * the redundant SA, and its initiator deletes that one instead.
 */
public final class ChildCreateTask implements Task {
    private final TaskManager tm;
    private final IkeSa sa;
    private final EngineContext ctx;
    private final ChildSessionParams params;
    private final ChildSa rekeyOf;
    private int spi;
    private byte[] nonce;
    private KeyExchangeGroup pfs;
    private KeyExchange ke;
    /** The PFS group the peer asked for with INVALID_KE_PAYLOAD, if any. */
    private KeyExchangeGroup requestedPfs;
    private int keRetries;
    // collision: the Child SA the peer created for the same rekey, and its exchange's nonces
    private ChildSa peerChild;
    private byte[] peerNi;
    private byte[] peerNr;

    private ChildCreateTask(TaskManager tm, ChildSessionParams params, ChildSa rekeyOf) {
        this.tm = tm;
        this.sa = tm.sa();
        this.ctx = tm.context();
        this.params = params;
        this.rekeyOf = rekeyOf;
    }

    public static ChildCreateTask create(TaskManager tm, ChildSessionParams params) {
        return new ChildCreateTask(tm, params, null);
    }

    public static ChildCreateTask rekey(TaskManager tm, ChildSa child) {
        return new ChildCreateTask(tm, child.params, child);
    }

    public ChildSa rekeyOf() {
        return rekeyOf;
    }

    /** A peer's rekey of the Child SA we are rekeying is adopted: the redundant pair is settled on our response. */
    @Override
    public boolean collide(Collision c) {
        if (c instanceof Collision.ChildRekeyed r && rekeyOf != null && r.replaced() == rekeyOf) {
            peerRekeyed(r.created(), r.ni(), r.nr());
            return true;
        }
        return false;
    }

    /** The peer's CREATE_CHILD_SA rekeyed the same Child SA while ours was in flight. */
    private void peerRekeyed(ChildSa created, byte[] ni, byte[] nr) {
        this.peerChild = created;
        this.peerNi = ni;
        this.peerNr = nr;
    }

    @Override
    public ExchangeType exchange() {
        return ExchangeType.CREATE_CHILD_SA;
    }

    @Override
    public List<Payload> buildRequest() {
        if (sa.state() != IkeSaState.ESTABLISHED) {
            return null;
        }
        if (rekeyOf != null && (!sa.hasChild(rekeyOf) || rekeyOf.state != ChildSaState.INSTALLED)) {
            return null;
        }
        if (rekeyOf != null) {
            rekeyOf.state = ChildSaState.REKEYING;
        }
        spi = ctx.spis().allocateChildSpi();
        nonce = ctx.crypto().nonce(ctx.settings().nonceLength());
        List<KeyExchangeGroup> groups = params.proposals().get(0).pfsGroups();
        pfs = groups.isEmpty() ? null : requestedPfs != null ? requestedPfs : groups.get(0);
        List<Payload> p = new ArrayList<>();
        if (rekeyOf != null) {
            p.add(new NotifyPayload(ProtocolId.ESP, ProposalCodec.spiBytes(rekeyOf.inboundSpi()),
                    NotifyType.REKEY_SA.value(), new byte[0]));
        }
        p.add(new SaPayload(ProposalCodec.childProposals(params.proposals(), spi, pfs != null)));
        p.add(new NoncePayload(nonce));
        if (pfs != null) {
            ke = ctx.crypto().newKeyExchange(pfs);
            p.add(new KePayload(pfs.ianaId(), ke.publicValue()));
        }
        List<TrafficSelectorSpec> local = rekeyOf != null ? rekeyOf.keys.localSelectors() : params.localSelectors();
        List<TrafficSelectorSpec> remote = rekeyOf != null ? rekeyOf.keys.remoteSelectors() : params.remoteSelectors();
        p.add(new TsPayload(true, SelectorNarrowing.toWire(local)));
        p.add(new TsPayload(false, SelectorNarrowing.toWire(remote)));
        return p;
    }

    @Override
    public Outcome processResponse(IkeMessage m) {
        var invalidKe = m.notify(NotifyType.INVALID_KE_PAYLOAD);
        if (invalidKe.isPresent() && pfs != null && keRetries++ < 2) {
            // RFC 7296 1.3: the peer wants another PFS group we also offered: retry with it
            KeyExchangeGroup wanted = KeyExchangeGroup.of(invalidKe.get().acceptedGroup());
            if (wanted != null && wanted != pfs
                    && params.proposals().stream().anyMatch(p -> p.pfsGroups().contains(wanted))) {
                tm.lifecycle().failure(NotifyType.INVALID_KE_PAYLOAD.name(), true, describe() + ": peer wants PFS "
                        + wanted.displayName() + " instead of " + pfs.displayName() + ", retrying with it");
                ctx.spis().releaseChildSpi(spi);
                if (rekeyOf != null && rekeyOf.state == ChildSaState.REKEYING) {
                    rekeyOf.state = ChildSaState.INSTALLED;
                }
                requestedPfs = wanted;
                return Outcome.RETRY;
            }
        }
        byte[] shared = null;
        var nr = m.first(NoncePayload.class);
        boolean error = m.all(NotifyPayload.class).stream().anyMatch(NotifyPayload::isError);
        if (!error && pfs != null) {
            var keP = m.first(KePayload.class);
            shared = keP.isPresent() && keP.get().dhGroup() == pfs.ianaId() ? ke.sharedSecret(keP.get().data()) : null;
            if (shared == null) {
                tm.lifecycle().failure(NotifyType.INVALID_SYNTAX.name(), false, describe() + ": missing or bad PFS KE");
                return abandon();
            }
        }
        if (!error && nr.isEmpty()) {
            tm.lifecycle().failure(NotifyType.INVALID_SYNTAX.name(), false, describe() + ": response lacks Nr");
            return abandon();
        }
        ChildSa child = ChildResponseHandler.handle(tm, m, params, spi, nonce, error ? null : nr.get().data(), shared,
                pfs, describe());
        if (child == null) {
            return abandon();
        }
        tm.lifecycle().installChild(child, rekeyOf);
        if (rekeyOf == null) {
            return Outcome.DONE;
        }
        boolean ourSaRedundant = peerChild != null && sa.hasChild(peerChild)
                && Nonces.lowestIn(nonce, nr.get().data(), peerNi, peerNr);
        if (ourSaRedundant) {
            rekeyOf.replacedBy = peerChild;
            rekeyOf.state = ChildSaState.REKEYED;
            tm.queue(new ChildDeleteTask(tm, child, "redundant after a simultaneous rekey"));
        } else {
            rekeyOf.replacedBy = child;
            rekeyOf.state = ChildSaState.REKEYED;
            tm.queue(new ChildDeleteTask(tm, rekeyOf, "rekeyed"));
        }
        return Outcome.DONE;
    }

    private Outcome abandon() {
        ctx.spis().releaseChildSpi(spi);
        if (rekeyOf != null && rekeyOf.state == ChildSaState.REKEYING) {
            rekeyOf.state = ChildSaState.INSTALLED;
            tm.lifecycle().retryChildRekey(rekeyOf);
        }
        return Outcome.DONE;
    }

    @Override
    public void timedOut() {
        tm.lifecycle().failure(null, false, "no response to " + describe() + ": peer dead");
        tm.lifecycle().destroy("peer not responding");
    }

    @Override
    public int priority() {
        return rekeyOf != null ? 3 : 4;
    }

    @Override
    public String describe() {
        return rekeyOf != null ? "rekey of Child SA " + rekeyOf.keys.inboundSpiHex() : "new Child SA";
    }
}
