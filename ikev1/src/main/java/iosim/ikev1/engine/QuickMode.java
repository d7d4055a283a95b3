package iosim.ikev1.engine;

import iosim.ike.crypto.InvalidPeerKeyException;
import iosim.ikev1.api.ChildKeys;
import iosim.ikev1.api.Ikev1Event;
import iosim.ikev1.api.QuickModeParams;
import iosim.ikev1.api.Selector;
import iosim.ikev1.crypto.Bytes;
import iosim.ikev1.crypto.Phase1Keys;
import iosim.ikev1.message.Attribute;
import iosim.ikev1.message.DecodeResult;
import iosim.ikev1.message.ExchangeType;
import iosim.ikev1.message.IsakmpCodec;
import iosim.ikev1.message.IsakmpHeader;
import iosim.ikev1.message.IsakmpMessage;
import iosim.ikev1.message.NotifyType;
import iosim.ikev1.message.Payload;
import iosim.ike.net.Datagram;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Quick Mode (RFC 2409 5.5): HASH(1), SA, Ni [, KE] [, IDci, IDcr] / HASH(2), SA, Nr [, KE]
 * [, IDci, IDcr] / HASH(3), as initiator and responder, with PFS, several per ISAKMP SA, the
 * responder's lifetime notify (RFC 2407 4.6.3.1) and rekeying before the soft lifetime.
 */
final class QuickMode {
    private final Ikev1Engine engine;

    QuickMode(Ikev1Engine engine) {
        this.engine = engine;
    }

    // ---------------------------------------------------------------- initiator

    void initiate(IsakmpSa sa, QuickModeParams params, ChildState replacing) {
        int mid = messageId(sa);
        QuickModeExchange q = new QuickModeExchange(mid, true, params);
        q.replacing = replacing;
        q.local = params.local();
        q.remote = params.remote();
        q.inboundSpi = spi();
        q.ni = engine.random.bytes(32);
        q.seconds = params.lifetimeSeconds();
        q.kilobytes = params.lifetimeKilobytes();
        sa.quickModes.put(mid, q);
        List<Payload> chain = new ArrayList<>();
        chain.add(Phase2Proposals.offer(params, q.inboundSpi, sa.natDetected, q.seconds, q.kilobytes));
        chain.add(new Payload.Nonce(q.ni));
        if (params.pfs() != null) {
            q.dh = params.pfs().generateKeyPair(engine.random);
            chain.add(new Payload.Ke(q.dh.publicValue()));
        }
        chain.add(id(q.local));
        chain.add(id(q.remote));
        byte[] hash = sa.protection.keys().prfA(Bytes.u32(mid), IsakmpCodec.encodeChain(chain));
        engine.trace(sa, "beginning Quick Mode exchange, M-ID of " + Integer.toUnsignedString(mid));
        engine.emit(new Ikev1Event.StateChanged(sa.connectionId, sa.remote, "IKE_QM_READY", "IKE_QM_I_QM1"));
        engine.transmit(sa, q.exchange, seal(sa, mid, hash, chain), true,
                () -> fail(sa, q, "quick mode retransmissions exhausted", 0));
    }

    /** Replaces an IPsec SA pair before it expires (make before break). */
    void rekey(ChildState old) {
        old.rekeyStarted = true;
        QuickModeParams p = new QuickModeParams(old.keys.local(), old.keys.remote(), old.params.proposals(),
                old.params.pfs(), old.params.lifetimeSeconds(), old.params.lifetimeKilobytes());
        IsakmpSa sa = engine.activeSa(old.keys.peerName());
        if (sa != null && sa.established) {
            initiate(sa, p, old);
        } else if (engine.peers.containsKey(old.keys.peerName())) {
            // phase 1 first (the ISAKMP SA expired or was cleared); the old pair goes once the new one is up
            IsakmpSa next = engine.byConnectionId(engine.connect(old.keys.peerName(), p));
            if (next != null) {
                next.pendingReplacements.put(p, old);
            }
        }
    }

    void handle(IsakmpSa sa, Datagram d, DecodeResult r) {
        if (!(r instanceof DecodeResult.Encrypted enc) || !sa.established) {
            engine.bad(d.source(), "quick mode message " + (sa.established ? "not encrypted" : "before phase 1"));
            return;
        }
        int mid = enc.header().messageId();
        QuickModeExchange q = sa.quickModes.get(mid);
        if (q != null && Arrays.equals(d.data(), q.exchange.lastReceived)) {
            if (q.exchange.lastSent != null) {
                engine.emit(new Ikev1Event.Retransmit(sa.connectionId, sa.remote, "QM_IDLE", 0));
                engine.send(sa, q.exchange.lastSent);
            }
            return;
        }
        if (q != null && q.done) {
            return;
        }
        DecodeResult opened = sa.protection.open(enc.header(), enc.ciphertext());
        if (!(opened instanceof DecodeResult.Ok ok)) {
            engine.bad(d.source(), "quick mode message failed its sanity check: " + ((DecodeResult.Error) opened).reason());
            return;
        }
        IsakmpMessage m = ok.message();
        if (m.payloads().isEmpty() || !(m.payloads().get(0) instanceof Payload.Hash h)) {
            engine.bad(d.source(), "quick mode message without HASH first");
            return;
        }
        Phase1Keys keys = sa.protection.keys();
        byte[] expected;
        if (q == null) {
            expected = keys.prfA(Bytes.u32(mid), m.afterFirst());
        } else if (q.initiator) {
            expected = keys.prfA(Bytes.u32(mid), q.ni, m.afterFirst());
        } else {
            expected = keys.prfA(new byte[] {0}, Bytes.u32(mid), q.ni, q.nr);
        }
        if (!MessageDigest.isEqual(expected, h.data())) {
            engine.bad(d.source(), "quick mode HASH does not match");
            return;
        }
        if (q == null) {
            respond(sa, d, m);
        } else if (q.initiator) {
            q.exchange.lastReceived = d.data();
            initiatorQm2(sa, q, m);
        } else {
            q.exchange.lastReceived = d.data();
            q.exchange.cancel();
            q.done = true;
            engine.emit(new Ikev1Event.StateChanged(sa.connectionId, sa.remote, "IKE_QM_R_QM2", "IKE_QM_PHASE2_COMPLETE"));
            install(sa, q);
            retire(sa, q);
        }
    }

    private void initiatorQm2(IsakmpSa sa, QuickModeExchange q, IsakmpMessage m) {
        var sap = m.first(Payload.Sa.class);
        var nonce = m.first(Payload.Nonce.class);
        if (sap.isEmpty() || nonce.isEmpty() || sap.get().proposals().size() != 1
                || sap.get().proposals().get(0).transforms().size() != 1 || sap.get().proposals().get(0).spi().length != 4) {
            fail(sa, q, "malformed quick mode response", NotifyType.PAYLOAD_MALFORMED);
            return;
        }
        StringBuilder why = new StringBuilder();
        Phase2Proposals.Offer o = Phase2Proposals.parse(sap.get().proposals().get(0).transforms().get(0), why);
        if (o == null || !q.params.proposals().contains(o.esp()) || o.group() != q.params.pfs()) {
            fail(sa, q, "responder chose a transform we did not offer " + why, NotifyType.NO_PROPOSAL_CHOSEN);
            return;
        }
        q.chosen = o;
        q.nr = nonce.get().data();
        q.outboundSpi = Bytes.toInt(sap.get().proposals().get(0).spi());
        q.seconds = Math.min(q.seconds, o.seconds());
        q.kilobytes = Math.min(q.kilobytes, o.kilobytes());
        for (Payload.Notify n : m.all(Payload.Notify.class)) {
            if (n.notifyType() == NotifyType.RESPONDER_LIFETIME) {
                applyResponderLifetime(q, n.data());
            }
        }
        if (q.dh != null && !pfsSecret(sa, q, m)) {
            return;
        }
        byte[] hash3 = sa.protection.keys().prfA(new byte[] {0}, Bytes.u32(q.messageId), q.ni, q.nr);
        engine.transmit(sa, q.exchange, seal(sa, q.messageId, hash3, List.of()), false, null);
        q.done = true;
        engine.emit(new Ikev1Event.StateChanged(sa.connectionId, sa.remote, "IKE_QM_I_QM1", "IKE_QM_PHASE2_COMPLETE"));
        install(sa, q);
        retire(sa, q);
    }

    // ---------------------------------------------------------------- responder

    private void respond(IsakmpSa sa, Datagram d, IsakmpMessage m) {
        int mid = m.header().messageId();
        var sap = m.first(Payload.Sa.class);
        var nonce = m.first(Payload.Nonce.class);
        if (sap.isEmpty() || nonce.isEmpty()) {
            engine.bad(d.source(), "quick mode message 1 without SA or nonce");
            return;
        }
        List<Payload.Id> ids = m.all(Payload.Id.class);
        Selector remote;
        Selector local;
        if (ids.size() == 2) {
            remote = selector(ids.get(0));
            local = selector(ids.get(1));
            if (remote == null || local == null) {
                refuse(sa, mid, "proxy identity type not supported", NotifyType.INVALID_ID_INFORMATION, null, null);
                return;
            }
        } else if (ids.isEmpty()) {
            remote = Selector.host(sa.remote.getAddress());
            local = Selector.host(sa.local.getAddress());
        } else {
            refuse(sa, mid, "quick mode with " + ids.size() + " ID payloads", NotifyType.INVALID_ID_INFORMATION, null, null);
            return;
        }
        QuickModeParams template = null;
        for (QuickModeParams t : sa.peer.quickModes()) {
            if (t.local().contains(local) && t.remote().contains(remote)) {
                template = t;
                break;
            }
        }
        if (template == null) {
            refuse(sa, mid, "proxy identities not supported (local " + local + " remote " + remote + ")",
                    NotifyType.INVALID_ID_INFORMATION, local, remote);
            return;
        }
        QuickModeExchange q = new QuickModeExchange(mid, false, template);
        Phase2Proposals.Offer o = Phase2Proposals.select(sap.get(), template, s -> engine.trace(sa, s));
        if (o == null) {
            refuse(sa, mid, "IPSec policy invalidated proposal with error 256", NotifyType.NO_PROPOSAL_CHOSEN, local,
                    remote);
            return;
        }
        var ke = m.first(Payload.Ke.class);
        if ((o.group() != null) != ke.isPresent()) {
            refuse(sa, mid, "KE payload " + (ke.isPresent() ? "without" : "missing for") + " a PFS group",
                    NotifyType.NO_PROPOSAL_CHOSEN, local, remote);
            return;
        }
        q.chosen = o;
        q.local = local;
        q.remote = remote;
        q.ni = nonce.get().data();
        q.nr = engine.random.bytes(32);
        q.outboundSpi = Bytes.toInt(sap.get().proposals().stream()
                .filter(p -> p.transforms().contains(o.wire())).findFirst().orElseThrow().spi());
        q.inboundSpi = spi();
        q.seconds = Math.min(o.seconds(), template.lifetimeSeconds());
        q.kilobytes = Math.min(o.kilobytes(), template.lifetimeKilobytes());
        q.exchange.lastReceived = d.data();
        sa.quickModes.put(mid, q);
        List<Payload> chain = new ArrayList<>();
        chain.add(Payload.Sa.of(List.of(new Payload.Proposal(1, Payload.Proposal.PROTO_ESP, Bytes.u32(q.inboundSpi),
                List.of(o.wire())))));
        chain.add(new Payload.Nonce(q.nr));
        if (o.group() != null) {
            q.dh = o.group().generateKeyPair(engine.random);
            chain.add(new Payload.Ke(q.dh.publicValue()));
            if (!pfsSecret(sa, q, m)) {
                return;
            }
        }
        if (ids.size() == 2) {
            chain.add(ids.get(0));
            chain.add(ids.get(1));
        }
        if (q.seconds < o.seconds() || q.kilobytes < o.kilobytes()) {
            List<Attribute> life = new ArrayList<>();
            if (q.seconds < o.seconds()) {
                life.add(Attribute.basic(Phase2Proposals.LIFE_TYPE, Phase2Proposals.LIFE_SECONDS));
                life.add(Attribute.number(Phase2Proposals.LIFE_DURATION, q.seconds));
            }
            if (q.kilobytes < o.kilobytes()) {
                life.add(Attribute.basic(Phase2Proposals.LIFE_TYPE, Phase2Proposals.LIFE_KILOBYTES));
                life.add(Attribute.number(Phase2Proposals.LIFE_DURATION, q.kilobytes));
            }
            chain.add(new Payload.Notify(1, Payload.Proposal.PROTO_ESP, Bytes.u32(q.inboundSpi),
                    NotifyType.RESPONDER_LIFETIME, IsakmpCodec.encodeAttributes(life)));
        }
        byte[] hash2 = sa.protection.keys().prfA(Bytes.u32(mid), q.ni, IsakmpCodec.encodeChain(chain));
        engine.emit(new Ikev1Event.StateChanged(sa.connectionId, sa.remote, "IKE_QM_READY", "IKE_QM_R_QM2"));
        engine.transmit(sa, q.exchange, seal(sa, mid, hash2, chain), true,
                () -> fail(sa, q, "quick mode retransmissions exhausted (no HASH(3))", 0));
    }

    private void refuse(IsakmpSa sa, int mid, String reason, int notify, Selector local, Selector remote) {
        engine.trace(sa, reason);
        engine.emit(new Ikev1Event.Phase2Failed(sa.peer.name(), sa.remote, local, remote, reason, notify));
        engine.informational.sendNotify(sa, Payload.Proposal.PROTO_ESP, new byte[0], notify);
    }

    /** The peer refused our Quick Mode with a notify (NO_PROPOSAL_CHOSEN, INVALID_ID_INFORMATION). */
    void peerRefused(IsakmpSa sa, Payload.Notify n) {
        QuickModeExchange victim = null;
        for (QuickModeExchange q : sa.quickModes.values()) {
            if (q.initiator && !q.done) {
                if (n.spi().length == 4 && Bytes.toInt(n.spi()) == q.inboundSpi) {
                    victim = q;
                    break;
                }
                if (victim == null) {
                    victim = q;
                }
            }
        }
        if (victim != null) {
            fail(sa, victim, "peer refused quick mode: " + NotifyType.name(n.notifyType()), n.notifyType());
        }
    }

    // ---------------------------------------------------------------- shared

    private boolean pfsSecret(IsakmpSa sa, QuickModeExchange q, IsakmpMessage m) {
        var ke = m.first(Payload.Ke.class);
        if (ke.isEmpty()) {
            fail(sa, q, "PFS without a KE payload", NotifyType.PAYLOAD_MALFORMED);
            return false;
        }
        try {
            q.gxyQm = q.dh.computeSharedSecret(ke.get().data());
            return true;
        } catch (InvalidPeerKeyException | RuntimeException e) {
            fail(sa, q, "invalid PFS KE payload", NotifyType.INVALID_KEY_INFORMATION);
            return false;
        }
    }

    private void install(IsakmpSa sa, QuickModeExchange q) {
        var esp = q.chosen.esp();
        int encLen = esp.encryptionKeyLength();
        int len = encLen + esp.auth().keyLength();
        Phase1Keys k = sa.protection.keys();
        byte[] in = k.keymat(q.gxyQm, Payload.Proposal.PROTO_ESP, Bytes.u32(q.inboundSpi), q.ni, q.nr, len);
        byte[] out = k.keymat(q.gxyQm, Payload.Proposal.PROTO_ESP, Bytes.u32(q.outboundSpi), q.ni, q.nr, len);
        ChildKeys keys = new ChildKeys(sa.peer.name(), sa.connectionId, q.local, q.remote, q.inboundSpi, q.outboundSpi,
                esp, Arrays.copyOf(in, encLen), Arrays.copyOfRange(in, encLen, len), Arrays.copyOf(out, encLen),
                Arrays.copyOfRange(out, encLen, len), q.seconds, q.kilobytes, q.params.pfs() != null ? q.params.pfs()
                : q.chosen.group(), sa.natDetected, sa.local, sa.remote, q.initiator);
        ChildState c = new ChildState(keys, q.params);
        engine.children.put(q.inboundSpi, c);
        long life = engine.settings.scaled(q.seconds);
        c.hardTimer = engine.scheduler.schedule(life, () -> {
            IsakmpSa cur = engine.activeSa(keys.peerName());
            engine.informational.deleteChild(cur != null && cur.established ? cur : null, c, "lifetime expired");
        });
        if (q.initiator) {
            long soft = life * engine.settings.softLifetimePercent() / 100;
            soft -= soft * (engine.random.bytes(1)[0] & 0x07) / 100; // a little jitter, so both ends do not collide
            c.softTimer = engine.scheduler.schedule(soft, () -> {
                if (engine.children.get(keys.inboundSpi()) == c && !c.rekeyStarted) {
                    rekey(c);
                }
            });
        }
        engine.emit(new Ikev1Event.Phase2Up(keys, q.replacing != null));
        if (q.replacing != null && engine.children.get(q.replacing.keys.inboundSpi()) == q.replacing) {
            engine.informational.deleteChild(sa, q.replacing, "rekeyed");
        }
    }

    private void fail(IsakmpSa sa, QuickModeExchange q, String reason, int notify) {
        q.exchange.cancel();
        q.done = true;
        sa.quickModes.remove(q.messageId);
        sa.protection.forget(q.messageId);
        if (q.replacing != null) {
            q.replacing.rekeyStarted = false;
        }
        engine.trace(sa, reason);
        engine.emit(new Ikev1Event.Phase2Failed(sa.peer.name(), sa.remote, q.local, q.remote, reason, notify));
    }

    /** Keeps a finished exchange long enough to answer a retransmitted last message, then drops it. */
    private void retire(IsakmpSa sa, QuickModeExchange q) {
        engine.scheduler.schedule(retireMillis(), () -> {
            sa.quickModes.remove(q.messageId, q);
            sa.protection.forget(q.messageId);
        });
    }

    /** Longer than the peer's whole retransmission schedule. */
    private long retireMillis() {
        var s = engine.settings;
        return s.retransmitMillis() + (long) s.retransmitTries() * s.maxRetransmitMillis() * 2;
    }

    private byte[] seal(IsakmpSa sa, int mid, byte[] hash, List<Payload> chain) {
        List<Payload> all = new ArrayList<>();
        all.add(new Payload.Hash(hash));
        all.addAll(chain);
        return sa.protection.seal(IsakmpHeader.of(sa.icookie, sa.rcookie, ExchangeType.QUICK, mid, true), all);
    }

    static Payload.Id id(Selector s) {
        byte[] a = s.address().getAddress();
        if (s.prefixLength() == 32) {
            return new Payload.Id(Payload.Id.IPV4_ADDR, 0, 0, a);
        }
        return new Payload.Id(Payload.Id.IPV4_ADDR_SUBNET, 0, 0, Bytes.concat(a, Bytes.u32(s.mask())));
    }

    static Selector selector(Payload.Id id) {
        try {
            if (id.idType() == Payload.Id.IPV4_ADDR && id.data().length == 4) {
                return new Selector((Inet4Address) InetAddress.getByAddress(id.data()), 32);
            }
            if (id.idType() == Payload.Id.IPV4_ADDR_SUBNET && id.data().length == 8) {
                int mask = Bytes.toInt(Arrays.copyOfRange(id.data(), 4, 8));
                int prefix = Integer.bitCount(mask);
                if (mask != (prefix == 0 ? 0 : -1 << (32 - prefix))) {
                    return null;
                }
                return new Selector((Inet4Address) InetAddress.getByAddress(Arrays.copyOf(id.data(), 4)), prefix);
            }
        } catch (UnknownHostException e) {
            return null;
        }
        return null;
    }

    private static void applyResponderLifetime(QuickModeExchange q, byte[] data) {
        List<Attribute> attrs = IsakmpCodec.decodeAttributes(data);
        if (attrs == null) {
            return;
        }
        int type = Phase2Proposals.LIFE_SECONDS;
        for (Attribute a : attrs) {
            if (a.type() == Phase2Proposals.LIFE_TYPE) {
                type = (int) a.value();
            } else if (a.type() == Phase2Proposals.LIFE_DURATION && a.value() > 0) {
                if (type == Phase2Proposals.LIFE_SECONDS) {
                    q.seconds = Math.min(q.seconds, a.value());
                } else {
                    q.kilobytes = Math.min(q.kilobytes, a.value());
                }
            }
        }
    }

    private int messageId(IsakmpSa sa) {
        int m;
        do {
            m = (int) engine.random.nextLong();
        } while (m == 0 || sa.quickModes.containsKey(m));
        return m;
    }

    private int spi() {
        int s;
        do {
            s = (int) engine.random.nextLong();
        } while (Integer.compareUnsigned(s, 256) < 0 || engine.children.containsKey(s));
        return s;
    }
}
