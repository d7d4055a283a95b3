package iosim.ikev1.engine;

import iosim.ike.crypto.InvalidPeerKeyException;
import iosim.ikev1.api.Ikev1Event;
import iosim.ikev1.api.IsakmpPolicy;
import iosim.ikev1.api.PeerParams;
import iosim.ikev1.crypto.Phase1Keys;
import iosim.ikev1.message.DecodeResult;
import iosim.ikev1.message.ExchangeType;
import iosim.ikev1.message.IsakmpCodec;
import iosim.ikev1.message.IsakmpHeader;
import iosim.ikev1.message.IsakmpMessage;
import iosim.ikev1.message.NotifyType;
import iosim.ikev1.message.Payload;
import iosim.ike.net.Datagram;
import java.net.InetSocketAddress;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;

/**
 * Phase 1 with pre-shared keys (RFC 2409 5, 5.4): Main Mode (six messages, identities
 * protected) and Aggressive Mode (three), both roles, with NAT-T detection and the float to
 * port 4500 (RFC 3947). States as IOS names them.
 */
final class Phase1 {
    static final int NATT_PORT = 4500;
    private final Ikev1Engine engine;

    Phase1(Ikev1Engine engine) {
        this.engine = engine;
    }

    // ---------------------------------------------------------------- initiator

    IsakmpSa initiate(PeerParams p) {
        long icookie = cookie();
        IsakmpSa sa = new IsakmpSa(engine.newConnectionId(), true, p.aggressive(), p, icookie, p.local(), p.remote(),
                engine.scheduler.nowMillis());
        engine.sas.put(icookie, sa);
        Payload.Sa offer = Phase1Proposals.offer(p.policies());
        sa.saiBody = IsakmpCodec.encodeBody(offer);
        List<Payload> msg = new ArrayList<>();
        msg.add(offer);
        if (sa.aggressive) {
            // every policy must share the group of the first: the KE goes out before the choice
            IsakmpPolicy first = p.policies().get(0);
            sa.dh = first.group().generateKeyPair(engine.random);
            sa.gxi = sa.dh.publicValue();
            sa.ni = engine.random.bytes(32);
            msg.add(new Payload.Ke(sa.gxi));
            msg.add(new Payload.Nonce(sa.ni));
            msg.add(idPayload(p));
            msg.addAll(VendorIds.ours(p.natTraversal()));
            engine.state(sa, "IKE_I_AM1", "AG_NO_STATE");
        } else {
            msg.addAll(VendorIds.ours(p.natTraversal()));
            engine.state(sa, "IKE_I_MM1", "MM_NO_STATE");
        }
        IsakmpHeader h = IsakmpHeader.of(icookie, 0, sa.aggressive ? ExchangeType.AGGRESSIVE : ExchangeType.MAIN, 0, false);
        engine.transmit(sa, sa.phase1, IsakmpCodec.encode(h, msg), true, () -> giveUp(sa));
        return sa;
    }

    private void giveUp(IsakmpSa sa) {
        engine.emit(new Ikev1Event.Phase1Failed(sa.peer.name(), sa.remote,
                "phase 1 retransmissions exhausted in " + sa.showState, 0));
        engine.remove(sa, "retransmissions exhausted", false);
    }

    void handle(IsakmpSa sa, Datagram d, DecodeResult r) {
        IsakmpMessage m;
        if (r instanceof DecodeResult.Encrypted enc) {
            if (sa.protection == null) {
                engine.bad(d.source(), "encrypted phase 1 message before keys");
                return;
            }
            DecodeResult opened = sa.protection.open(enc.header(), enc.ciphertext());
            if (!(opened instanceof DecodeResult.Ok ok)) {
                engine.bad(d.source(), "phase 1 message failed its sanity check: "
                        + ((DecodeResult.Error) opened).reason());
                return;
            }
            m = ok.message();
        } else {
            m = ((DecodeResult.Ok) r).message();
        }
        byte[] received = d.data();
        boolean progressed = sa.aggressive ? aggressive(sa, d, m) : main(sa, d, m);
        if (progressed) {
            sa.phase1.lastReceived = received;
        }
    }

    private boolean main(IsakmpSa sa, Datagram d, IsakmpMessage m) {
        switch (sa.fsmState) {
            case "IKE_I_MM1" -> {
                return initiatorMm2(sa, m);
            }
            case "IKE_I_MM3" -> {
                return initiatorMm4(sa, d, m);
            }
            case "IKE_I_MM5" -> {
                return initiatorMm6(sa, m);
            }
            case "IKE_R_MM2" -> {
                return responderMm3(sa, d, m);
            }
            case "IKE_R_MM4" -> {
                return responderMm5(sa, d, m);
            }
            default -> {
                engine.trace(sa, "unexpected Main Mode message in " + sa.fsmState);
                return false;
            }
        }
    }

    private boolean initiatorMm2(IsakmpSa sa, IsakmpMessage m) {
        IsakmpPolicy chosen = acceptChoice(sa, m);
        if (chosen == null) {
            return false;
        }
        sa.rcookie = m.header().responderCookie();
        readVendorIds(sa, m);
        engine.state(sa, "IKE_I_MM2", "MM_SA_SETUP");
        sa.dh = chosen.group().generateKeyPair(engine.random);
        sa.gxi = sa.dh.publicValue();
        sa.ni = engine.random.bytes(32);
        List<Payload> msg = new ArrayList<>(List.of(new Payload.Ke(sa.gxi), new Payload.Nonce(sa.ni)));
        if (natT(sa)) {
            msg.addAll(VendorIds.natDPayloads(sa));
        }
        engine.transmit(sa, sa.phase1, IsakmpCodec.encode(header(sa, false), msg), true, () -> giveUp(sa));
        engine.state(sa, "IKE_I_MM3", null);
        return true;
    }

    private boolean initiatorMm4(IsakmpSa sa, Datagram d, IsakmpMessage m) {
        var ke = m.first(Payload.Ke.class);
        var nonce = m.first(Payload.Nonce.class);
        if (ke.isEmpty() || nonce.isEmpty()) {
            engine.bad(d.source(), "MM4 without KE or nonce");
            return false;
        }
        sa.gxr = ke.get().data();
        sa.nr = nonce.get().data();
        if (!keys(sa)) {
            return false;
        }
        detectNat(sa, d, m);
        engine.state(sa, "IKE_I_MM4", "MM_KEY_EXCH");
        if (sa.natDetected) {
            floatPorts(sa, null);
        }
        List<Payload> msg = new ArrayList<>();
        Payload.Id id = idPayload(sa.peer);
        msg.add(id);
        msg.add(new Payload.Hash(sa.protection.keys().authHash(sa.gxi, sa.gxr, sa.icookie, sa.rcookie, sa.saiBody,
                IsakmpCodec.encodeBody(id))));
        msg.add(new Payload.Notify(1, 1, iosim.ikev1.crypto.Bytes.concat(iosim.ikev1.crypto.Bytes.u64(sa.icookie),
                iosim.ikev1.crypto.Bytes.u64(sa.rcookie)), NotifyType.INITIAL_CONTACT, new byte[0]));
        engine.transmit(sa, sa.phase1, sa.protection.seal(header(sa, true), msg), true, () -> giveUp(sa));
        engine.state(sa, "IKE_I_MM5", null);
        return true;
    }

    private boolean initiatorMm6(IsakmpSa sa, IsakmpMessage m) {
        if (!verifyPeerHash(sa, m, false)) {
            return false;
        }
        engine.state(sa, "IKE_I_MM6", null);
        complete(sa);
        return true;
    }

    // ---------------------------------------------------------------- responder

    void respond(Datagram d, IsakmpMessage m) {
        boolean aggressive = m.header().exchangeType() == ExchangeType.AGGRESSIVE;
        PeerParams p = lookupPeer(d);
        if (p == null) {
            engine.bad(d.source(), "No pre-shared key with " + d.source().getAddress().getHostAddress() + "!");
            engine.emit(new Ikev1Event.Phase1Failed(null, d.source(), "no pre-shared key for the peer", 0));
            return;
        }
        var offered = m.first(Payload.Sa.class);
        if (offered.isEmpty()) {
            engine.bad(d.source(), "first message without SA payload");
            return;
        }
        IsakmpSa sa = new IsakmpSa(engine.newConnectionId(), false, aggressive, p, m.header().initiatorCookie(),
                d.destination(), d.source(), engine.scheduler.nowMillis());
        sa.rcookie = cookie();
        sa.saiBody = m.body(Payload.Sa.class).orElseThrow();
        engine.sas.put(sa.icookie, sa);
        engine.state(sa, aggressive ? "IKE_R_AM1" : "IKE_R_MM1", aggressive ? "AG_NO_STATE" : "MM_NO_STATE");
        if (aggressive && engine.aggressiveModeDisabled) {
            engine.trace(sa, "Aggressive mode is disabled: dropping the exchange");
            engine.emit(new Ikev1Event.Phase1Failed(p.name(), sa.remote, "aggressive mode disabled", 0));
            engine.remove(sa, "aggressive mode disabled", false);
            return;
        }
        Phase1Proposals.Choice choice = Phase1Proposals.select(offered.get(), p.policies(), s -> engine.trace(sa, s));
        if (choice == null) {
            noProposal(sa);
            return;
        }
        sa.policy = choice.policy();
        sa.chosenTransformNumber = choice.transform().number();
        readVendorIds(sa, m);
        Payload.Sa reply = Payload.Sa.of(List.of(new Payload.Proposal(1, Payload.Proposal.PROTO_ISAKMP, new byte[0],
                List.of(choice.transform()))));
        if (!aggressive) {
            List<Payload> msg = new ArrayList<>();
            msg.add(reply);
            msg.addAll(VendorIds.ours(p.natTraversal()));
            engine.transmit(sa, sa.phase1, IsakmpCodec.encode(header(sa, false), msg), false, null);
            sa.phase1.lastReceived = d.data();
            engine.state(sa, "IKE_R_MM2", "MM_SA_SETUP");
            return;
        }
        var ke = m.first(Payload.Ke.class);
        var nonce = m.first(Payload.Nonce.class);
        var id = m.first(Payload.Id.class);
        if (ke.isEmpty() || nonce.isEmpty() || id.isEmpty()) {
            engine.bad(d.source(), "aggressive mode message 1 without KE, nonce or ID");
            engine.remove(sa, "malformed", false);
            return;
        }
        sa.gxi = ke.get().data();
        sa.ni = nonce.get().data();
        sa.dh = sa.policy.group().generateKeyPair(engine.random);
        sa.gxr = sa.dh.publicValue();
        sa.nr = engine.random.bytes(32);
        if (!keys(sa)) {
            engine.remove(sa, "bad KE", false);
            return;
        }
        Payload.Id myId = idPayload(p);
        List<Payload> msg = new ArrayList<>(List.of(reply, new Payload.Ke(sa.gxr), new Payload.Nonce(sa.nr), myId,
                new Payload.Hash(sa.protection.keys().authHash(sa.gxr, sa.gxi, sa.rcookie, sa.icookie, sa.saiBody,
                        IsakmpCodec.encodeBody(myId)))));
        msg.addAll(VendorIds.ours(p.natTraversal()));
        if (natT(sa)) {
            msg.addAll(VendorIds.natDPayloads(sa));
        }
        sa.phase1.lastReceived = d.data();
        engine.transmit(sa, sa.phase1, IsakmpCodec.encode(header(sa, false), msg), true, () -> giveUp(sa));
        engine.state(sa, "IKE_R_AM2", "AG_INIT_EXCH");
    }

    private boolean responderMm3(IsakmpSa sa, Datagram d, IsakmpMessage m) {
        var ke = m.first(Payload.Ke.class);
        var nonce = m.first(Payload.Nonce.class);
        if (ke.isEmpty() || nonce.isEmpty()) {
            engine.bad(d.source(), "MM3 without KE or nonce");
            return false;
        }
        sa.gxi = ke.get().data();
        sa.ni = nonce.get().data();
        sa.dh = sa.policy.group().generateKeyPair(engine.random);
        sa.gxr = sa.dh.publicValue();
        sa.nr = engine.random.bytes(32);
        if (!keys(sa)) {
            return false;
        }
        engine.state(sa, "IKE_R_MM3", null);
        detectNat(sa, d, m);
        List<Payload> msg = new ArrayList<>(List.of(new Payload.Ke(sa.gxr), new Payload.Nonce(sa.nr)));
        if (natT(sa)) {
            msg.addAll(VendorIds.natDPayloads(sa));
        }
        engine.transmit(sa, sa.phase1, IsakmpCodec.encode(header(sa, false), msg), false, null);
        engine.state(sa, "IKE_R_MM4", "MM_KEY_EXCH");
        return true;
    }

    private boolean responderMm5(IsakmpSa sa, Datagram d, IsakmpMessage m) {
        if (d.destination().getPort() == NATT_PORT || d.source().getPort() != sa.remote.getPort()) {
            floatPorts(sa, d);
        }
        if (!verifyPeerHash(sa, m, true)) {
            return false;
        }
        engine.state(sa, "IKE_R_MM5", null);
        Payload.Id id = idPayload(sa.peer);
        List<Payload> msg = List.of(id, new Payload.Hash(sa.protection.keys().authHash(sa.gxr, sa.gxi, sa.rcookie,
                sa.icookie, sa.saiBody, IsakmpCodec.encodeBody(id))));
        engine.transmit(sa, sa.phase1, sa.protection.seal(header(sa, true), msg), false, null);
        complete(sa);
        return true;
    }

    // ---------------------------------------------------------------- aggressive mode, later messages

    private boolean aggressive(IsakmpSa sa, Datagram d, IsakmpMessage m) {
        if (sa.initiator && sa.fsmState.equals("IKE_I_AM1")) {
            IsakmpPolicy chosen = acceptChoice(sa, m);
            if (chosen == null) {
                return false;
            }
            var ke = m.first(Payload.Ke.class);
            var nonce = m.first(Payload.Nonce.class);
            if (ke.isEmpty() || nonce.isEmpty() || m.first(Payload.Id.class).isEmpty()) {
                engine.bad(d.source(), "aggressive mode message 2 without KE, nonce or ID");
                return false;
            }
            if (chosen.group() != sa.dh.group()) {
                fail(sa, "responder chose group " + chosen.group().id() + " but our KE is group "
                        + sa.dh.group().id(), NotifyType.NO_PROPOSAL_CHOSEN);
                return false;
            }
            sa.rcookie = m.header().responderCookie();
            readVendorIds(sa, m);
            sa.gxr = ke.get().data();
            sa.nr = nonce.get().data();
            if (!keys(sa) || !verifyPeerHash(sa, m, false)) {
                return false;
            }
            engine.state(sa, "IKE_I_AM2", null);
            detectNat(sa, d, m);
            if (sa.natDetected) {
                floatPorts(sa, null);
            }
            List<Payload> msg = new ArrayList<>();
            Payload.Id id = idPayload(sa.peer);
            msg.add(new Payload.Hash(sa.protection.keys().authHash(sa.gxi, sa.gxr, sa.icookie, sa.rcookie, sa.saiBody,
                    IsakmpCodec.encodeBody(id))));
            if (natT(sa)) {
                msg.addAll(VendorIds.natDPayloads(sa));
            }
            engine.transmit(sa, sa.phase1, sa.protection.seal(header(sa, true), msg), false, null);
            complete(sa);
            return true;
        }
        if (!sa.initiator && sa.fsmState.equals("IKE_R_AM2")) {
            if (d.destination().getPort() == NATT_PORT || d.source().getPort() != sa.remote.getPort()) {
                floatPorts(sa, d);
            }
            if (!verifyPeerHash(sa, m, true)) {
                return false;
            }
            sa.phase1.cancel();
            engine.state(sa, "IKE_R_AM3", null);
            complete(sa);
            return true;
        }
        engine.trace(sa, "unexpected Aggressive Mode message in " + sa.fsmState);
        return false;
    }

    // ---------------------------------------------------------------- shared steps

    private IsakmpPolicy acceptChoice(IsakmpSa sa, IsakmpMessage m) {
        var sap = m.first(Payload.Sa.class);
        if (sap.isEmpty()) {
            var n = m.first(Payload.Notify.class);
            if (n.isPresent()) {
                fail(sa, "peer answered " + NotifyType.name(n.get().notifyType()), n.get().notifyType());
            } else {
                engine.bad(sa.remote, "second message without SA payload");
            }
            return null;
        }
        var props = sap.get().proposals();
        if (props.size() != 1 || props.get(0).transforms().size() != 1) {
            fail(sa, "responder returned " + props.size() + " proposals", NotifyType.PAYLOAD_MALFORMED);
            return null;
        }
        StringBuilder why = new StringBuilder();
        var t = props.get(0).transforms().get(0);
        for (IsakmpPolicy mine : sa.peer.policies()) {
            IsakmpPolicy theirs = Phase1Proposals.parse(t, mine.priority(), why);
            if (theirs != null && Phase1Proposals.difference(mine, theirs) == null) {
                sa.policy = mine.withLifetime(theirs.lifetimeSeconds());
                sa.chosenTransformNumber = t.number();
                engine.trace(sa, "atts are acceptable.");
                return sa.policy;
            }
        }
        fail(sa, "responder chose a transform we did not offer", NotifyType.NO_PROPOSAL_CHOSEN);
        return null;
    }

    private void noProposal(IsakmpSa sa) {
        engine.trace(sa, "phase 1 SA policy not acceptable! (local " + sa.local.getAddress().getHostAddress()
                + " remote " + sa.remote.getAddress().getHostAddress() + ")");
        IsakmpHeader h = IsakmpHeader.of(sa.icookie, sa.rcookie, ExchangeType.INFORMATIONAL,
                (int) engine.random.nextLong() | 1, false);
        engine.send(sa, IsakmpCodec.encode(h, List.of(new Payload.Notify(1, 1, new byte[0],
                NotifyType.NO_PROPOSAL_CHOSEN, new byte[0]))));
        engine.emit(new Ikev1Event.Phase1Failed(sa.peer.name(), sa.remote, "phase 1 proposal not chosen",
                NotifyType.NO_PROPOSAL_CHOSEN));
        engine.remove(sa, "no proposal chosen", false);
    }

    void fail(IsakmpSa sa, String reason, int notify) {
        engine.trace(sa, reason);
        engine.emit(new Ikev1Event.Phase1Failed(sa.peer.name(), sa.remote, reason, notify));
        engine.remove(sa, reason, false);
    }

    private boolean keys(IsakmpSa sa) {
        byte[] peerKe = sa.initiator ? sa.gxr : sa.gxi;
        try {
            sa.gxy = sa.dh.computeSharedSecret(peerKe);
        } catch (InvalidPeerKeyException | RuntimeException e) {
            fail(sa, "invalid KE payload from the peer", NotifyType.INVALID_KEY_INFORMATION);
            return false;
        }
        IsakmpPolicy p = sa.policy;
        Phase1Keys k = Phase1Keys.preShared(p.hash(), sa.peer.psk(), sa.ni, sa.nr, sa.gxy, sa.icookie, sa.rcookie,
                p.keyLength());
        sa.protection = new Protection(p.cipher(), k, Phase1Keys.initialIv(p.hash(), sa.gxi, sa.gxr,
                p.cipher().blockSize()));
        engine.trace(sa, "SKEYID state generated");
        return true;
    }

    private boolean verifyPeerHash(IsakmpSa sa, IsakmpMessage m, boolean peerIsInitiator) {
        var hash = m.first(Payload.Hash.class);
        byte[] idBody = m.body(Payload.Id.class).orElse(null);
        if (idBody == null && peerIsInitiator && sa.aggressive) {
            idBody = sa.peerIdBody; // the initiator's ID came in aggressive mode message 1
        }
        if (hash.isEmpty() || idBody == null) {
            fail(sa, "missing ID or HASH payload", NotifyType.PAYLOAD_MALFORMED);
            return false;
        }
        byte[] expected = peerIsInitiator
                ? sa.protection.keys().authHash(sa.gxi, sa.gxr, sa.icookie, sa.rcookie, sa.saiBody, idBody)
                : sa.protection.keys().authHash(sa.gxr, sa.gxi, sa.rcookie, sa.icookie, sa.saiBody, idBody);
        if (!MessageDigest.isEqual(expected, hash.get().data())) {
            fail(sa, "Hash payload does not match: pre-shared keys differ", NotifyType.AUTHENTICATION_FAILED);
            return false;
        }
        sa.peerIdBody = idBody;
        engine.trace(sa, "SA authentication status: authenticated");
        return true;
    }

    private void complete(IsakmpSa sa) {
        sa.phase1.cancel();
        sa.established = true;
        engine.state(sa, "IKE_P1_COMPLETE", "QM_IDLE");
        long now = engine.scheduler.nowMillis();
        long life = engine.settings.scaled(sa.policy.lifetimeSeconds());
        sa.expiresMillis = now + life;
        sa.lifetimeTimer = engine.scheduler.schedule(life, () -> engine.informational.deleteIsakmp(sa,
                "lifetime expired"));
        engine.emit(new Ikev1Event.Phase1Up(engine.snapshot(sa)));
        engine.informational.startDpd(sa);
        List<iosim.ikev1.api.QuickModeParams> pending = new ArrayList<>(sa.pendingQuickModes);
        sa.pendingQuickModes.clear();
        for (var qm : pending) {
            engine.quickMode.initiate(sa, qm, sa.pendingReplacements.remove(qm));
        }
    }

    private void detectNat(IsakmpSa sa, Datagram d, IsakmpMessage m) {
        List<Payload.NatD> natd = m.all(Payload.NatD.class);
        if (natT(sa) && !natd.isEmpty()) {
            sa.natDetected = VendorIds.natBetween(sa, natd, d.source(), d.destination());
            engine.trace(sa, sa.natDetected ? "NAT found, the node outside NAT" : "NAT-T: no NAT between the peers");
        }
    }

    /** Moves the SA to port 4500: the initiator by choice, the responder where MM5 came from. */
    private void floatPorts(IsakmpSa sa, Datagram d) {
        if (d != null) {
            sa.local = d.destination();
            sa.remote = d.source();
        } else {
            sa.local = new InetSocketAddress(sa.local.getAddress(), NATT_PORT);
            sa.remote = new InetSocketAddress(sa.remote.getAddress(), NATT_PORT);
        }
        sa.natDetected = true;
    }

    private boolean natT(IsakmpSa sa) {
        return sa.peer.natTraversal() && sa.peerNatT;
    }

    private void readVendorIds(IsakmpSa sa, IsakmpMessage m) {
        var vids = m.all(Payload.VendorId.class);
        sa.peerNatT = VendorIds.has(vids, VendorIds.NAT_T_RFC3947);
        sa.peerDpd = VendorIds.has(vids, VendorIds.DPD);
        if (sa.aggressive && !sa.initiator) {
            m.body(Payload.Id.class).ifPresent(b -> sa.peerIdBody = b);
        }
    }

    private PeerParams lookupPeer(Datagram d) {
        PeerParams wildcard = null;
        for (PeerParams p : engine.peers.values()) {
            if (p.isWildcard()) {
                if (wildcard == null) {
                    wildcard = p;
                }
            } else if (p.remote().getAddress().equals(d.source().getAddress())) {
                return p;
            }
        }
        return wildcard == null ? null : wildcard.withQuickModes(wildcard.quickModes());
    }

    static Payload.Id idPayload(PeerParams p) {
        return new Payload.Id(p.identity().idType(), 17, 500, p.identity().data());
    }

    static IsakmpHeader header(IsakmpSa sa, boolean encrypted) {
        return IsakmpHeader.of(sa.icookie, sa.rcookie, sa.aggressive ? ExchangeType.AGGRESSIVE : ExchangeType.MAIN, 0,
                encrypted);
    }

    private long cookie() {
        long c;
        do {
            c = engine.random.nextLong();
        } while (c == 0 || engine.sas.containsKey(c));
        return c;
    }
}
