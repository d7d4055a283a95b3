package iosim.ikev2.task;

import iosim.ikev2.sa.NegotiatedIkeAlgorithms;
import iosim.ikev2.sa.Task;
import iosim.ikev2.api.IkeEvent;
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
import iosim.ikev2.message.Proposal;
import iosim.ikev2.message.SaPayload;
import iosim.ikev2.sa.Collision;
import iosim.ikev2.sa.IkeSa;
import iosim.ikev2.sa.IkeSaState;
import java.util.List;

/**
 * IKE SA rekey as initiator (RFC 7296 1.3.2): CREATE_CHILD_SA { SA(new SPI), Ni, KE } on the
 * old SA, then the new SA (SKEYSEED from the old SK_d) takes over the Child SAs and the old
 * one is deleted. On a simultaneous rekey (2.8.1) the SA created by the exchange with the
 * lowest nonce is redundant: its initiator deletes it, the other side deletes the old SA.
 */
public final class IkeRekeyTask implements Task {
    private final TaskManager tm;
    private final IkeSa sa;
    private final EngineContext ctx;
    private long newSpi;
    private byte[] nonce;
    private KeyExchange ke;
    private TaskManager peerNew;
    /** The group the peer asked for with INVALID_KE_PAYLOAD, if any. */
    private KeyExchangeGroup requestedGroup;
    private int keRetries;
    private byte[] peerNi;
    private byte[] peerNr;

    public IkeRekeyTask(TaskManager tm) {
        this.tm = tm;
        this.sa = tm.sa();
        this.ctx = tm.context();
    }

    /** A simultaneous IKE SA rekey (RFC 7296 2.8.1) is ours to settle when our response arrives. */
    @Override
    public boolean collide(Collision c) {
        if (c instanceof Collision.IkeRekeyed r) {
            peerRekeyed(r.created(), r.ni(), r.nr());
            return true;
        }
        return c instanceof Collision.IkeRekeyRequested;
    }

    /** The peer rekeyed this IKE SA while our request was in flight; it created {@code created}. */
    private void peerRekeyed(TaskManager created, byte[] ni, byte[] nr) {
        this.peerNew = created;
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
        sa.setState(IkeSaState.REKEYING);
        newSpi = ctx.spis().allocateIkeSpi();
        nonce = ctx.crypto().nonce(ctx.settings().nonceLength());
        KeyExchangeGroup group = requestedGroup != null ? requestedGroup : sa.algorithms().group();
        ke = ctx.crypto().newKeyExchange(group);
        return List.of(new SaPayload(ProposalCodec.ikeProposals(sa.params().ikeProposals(),
                ProposalCodec.ikeSpiBytes(newSpi))), new NoncePayload(nonce), new KePayload(group.ianaId(),
                ke.publicValue()));
    }

    @Override
    public Outcome processResponse(IkeMessage m) {
        var invalidKe = m.notify(NotifyType.INVALID_KE_PAYLOAD);
        if (invalidKe.isPresent() && keRetries++ < 2) {
            // RFC 7296 1.3: the peer chose a proposal with another group we also offered: retry with it
            KeyExchangeGroup wanted = KeyExchangeGroup.of(invalidKe.get().acceptedGroup());
            if (wanted != null && wanted.ianaId() != ke.group()
                    && sa.params().ikeProposals().stream().anyMatch(p -> p.groups().contains(wanted))) {
                tm.lifecycle().failure(NotifyType.INVALID_KE_PAYLOAD.name(), true, "IKE SA rekey: peer wants DH "
                        + wanted.displayName() + ", retrying with it");
                ctx.spis().releaseIkeSpi(newSpi);
                sa.setState(IkeSaState.ESTABLISHED);
                requestedGroup = wanted;
                return Outcome.RETRY;
            }
        }
        for (NotifyPayload n : m.all(NotifyPayload.class)) {
            if (n.isError()) {
                String name = NotifyType.describe(n.type());
                tm.lifecycle().failure(name, true, "peer refused the IKE SA rekey: " + name);
                return abandon();
            }
        }
        var saP = m.first(SaPayload.class);
        var nr = m.first(NoncePayload.class);
        var keP = m.first(KePayload.class);
        if (saP.isEmpty() || nr.isEmpty() || keP.isEmpty() || saP.get().proposals().size() != 1
                || saP.get().proposals().get(0).spi().length != 8) {
            tm.lifecycle().failure(NotifyType.INVALID_SYNTAX.name(), false, "IKE rekey response lacks SA, Nr or KE");
            return abandon();
        }
        Proposal chosen = saP.get().proposals().get(0);
        NegotiatedIkeAlgorithms alg = ProposalCodec.ikeAlgorithms(chosen);
        if (!ProposalSelector.ikeChoiceAcceptable(sa.params().ikeProposals(), chosen)
                || alg.group().ianaId() != ke.group() || keP.get().dhGroup() != ke.group()) {
            tm.lifecycle().failure(NotifyType.NO_PROPOSAL_CHOSEN.name(), false, "IKE rekey: unacceptable choice");
            return abandon();
        }
        byte[] shared = ke.sharedSecret(keP.get().data());
        if (shared == null) {
            tm.lifecycle().failure(NotifyType.INVALID_SYNTAX.name(), false, "IKE rekey: invalid KE value");
            return abandon();
        }
        long peerSpi = ProposalCodec.ikeSpiValue(chosen.spi());
        TaskManager created = successor(tm, alg, shared, nonce, nr.get().data(), newSpi, peerSpi, true);
        boolean ourSaRedundant = peerNew != null && peerNew.sa().state() != IkeSaState.DESTROYED
                && Nonces.lowestIn(nonce, nr.get().data(), peerNi, peerNr);
        if (ourSaRedundant) {
            takeOver(tm, peerNew);
            created.sa().setState(IkeSaState.ESTABLISHED);
            created.queue(new IkeDeleteTask(created, "redundant after a simultaneous IKE rekey"));
        } else {
            takeOver(tm, created);
            tm.queue(new IkeDeleteTask(tm, "rekeyed"));
        }
        return Outcome.DONE;
    }

    /** Builds and registers the new IKE SA (not yet owning anything). */
    public static TaskManager successor(TaskManager old, NegotiatedIkeAlgorithms alg, byte[] shared, byte[] ni,
                                        byte[] nr, long spiI, long spiR, boolean weInitiated) {
        IkeSa o = old.sa();
        EngineContext ctx = old.context();
        IkeSa n = new IkeSa(o.params(), weInitiated, ctx.now());
        n.setSpiI(spiI);
        n.setSpiR(spiR);
        n.setAlgorithms(alg);
        n.setKeys(ctx.crypto().deriveRekeyedIkeKeys(alg, o, shared, ni, nr, spiI, spiR));
        n.setLocal(o.local());
        n.setRemote(o.remote());
        n.setNatLocal(o.natLocal());
        n.setNatRemote(o.natRemote());
        n.setPeerFragmentationSupported(o.peerFragmentationSupported());
        n.setRemoteId(o.remoteId());
        n.setPeerVendorIds(o.peerVendorIds());
        n.setRemoteAccess(o.remoteAccess(), null);
        n.setState(IkeSaState.REKEYING);
        TaskManager tm = new TaskManager(ctx, n);
        ctx.register(tm);
        return tm;
    }

    /** {@code winner} replaces {@code old}: Child SAs move, timers start, IkeSaRekeyed is emitted. */
    public static void takeOver(TaskManager old, TaskManager winner) {
        IkeSa o = old.sa();
        o.setState(IkeSaState.REKEYED);
        winner.sa().takeRemoteAccessFrom(o);
        old.lifecycle().cancelTimers();
        old.lifecycle().moveChildrenTo(winner);
        winner.lifecycle().startTimersAfterRekey();
        old.context().emit(new IkeEvent.IkeSaRekeyed(o.name(), o.localSpi(),
                winner.sa().snapshot(old.context().now())));
    }

    private Outcome abandon() {
        ctx.spis().releaseIkeSpi(newSpi);
        if (sa.state() == IkeSaState.REKEYING) {
            sa.setState(IkeSaState.ESTABLISHED);
            tm.lifecycle().retryIkeRekey();
        }
        return Outcome.DONE;
    }

    @Override
    public void timedOut() {
        tm.lifecycle().failure(null, false, "no response to the IKE SA rekey: peer dead");
        tm.lifecycle().destroy("peer not responding");
    }

    @Override
    public int priority() {
        return 2;
    }

    @Override
    public String describe() {
        return "rekey of IKE SA";
    }
}
