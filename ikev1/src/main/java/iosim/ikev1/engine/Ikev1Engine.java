package iosim.ikev1.engine;

import iosim.ike.crypto.RandomSource;
import iosim.ike.time.Scheduler;
import iosim.ikev1.api.ChildKeys;
import iosim.ikev1.api.Ikev1Event;
import iosim.ikev1.api.IsakmpSaSnapshot;
import iosim.ikev1.api.PeerParams;
import iosim.ikev1.api.QuickModeParams;
import iosim.ikev1.message.DecodeResult;
import iosim.ikev1.message.ExchangeType;
import iosim.ikev1.message.IsakmpCodec;
import iosim.ikev1.message.IsakmpHeader;
import iosim.ike.net.Datagram;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The IKEv1 engine (RFC 2407/2408/2409): Main and Aggressive Mode with pre-shared keys, Quick
 * Mode with and without PFS, INFORMATIONAL delete/notify and DPD (RFC 3706), NAT-T (RFC
 * 3947). Transport-agnostic: datagrams in through {@link #receive}, out through the consumer;
 * time from the {@link Scheduler}. Single-threaded: every call on the scheduler's thread.
 */
public final class Ikev1Engine {
    final Scheduler scheduler;
    final RandomSource random;
    final Ikev1Settings settings;
    private final Consumer<Datagram> out;
    private final Consumer<Ikev1Event> listener;
    final Map<String, PeerParams> peers = new LinkedHashMap<>();
    /** ISAKMP SAs by initiator cookie. */
    final Map<Long, IsakmpSa> sas = new LinkedHashMap<>();
    /** Established IPsec SA pairs by our inbound SPI. */
    final Map<Integer, ChildState> children = new LinkedHashMap<>();
    final Phase1 phase1 = new Phase1(this);
    final QuickMode quickMode = new QuickMode(this);
    final Informational informational = new Informational(this);
    private long nextConnectionId = 1001;
    boolean aggressiveModeDisabled;
    private long badMessages;
    private long internalErrors;

    public Ikev1Engine(Scheduler scheduler, RandomSource random, Consumer<Datagram> out, Consumer<Ikev1Event> listener,
                       Ikev1Settings settings) {
        this.scheduler = scheduler;
        this.random = random;
        this.out = out;
        this.listener = listener;
        this.settings = settings;
    }

    // ---------------------------------------------------------------- configuration

    public void addPeer(PeerParams p) {
        peers.put(p.name(), p);
        for (IsakmpSa sa : sas.values()) {
            if (sa.peer.name().equals(p.name())) {
                sa.peer = p;
            }
        }
    }

    public void removePeer(String name) {
        peers.remove(name);
    }

    public Optional<PeerParams> peer(String name) {
        return Optional.ofNullable(peers.get(name));
    }

    /** IOS {@code crypto isakmp aggressive-mode disable}: refuse aggressive mode as responder. */
    public void setAggressiveModeDisabled(boolean disabled) {
        aggressiveModeDisabled = disabled;
    }

    // ---------------------------------------------------------------- actions

    /**
     * Brings up the peer's phase 2 entries (all of them, or the given one): phase 1 first when
     * there is no ISAKMP SA, then one Quick Mode per entry. Returns the ISAKMP SA's connection ID.
     */
    public long connect(String peerName) {
        PeerParams p = peers.get(peerName);
        if (p == null) {
            throw new IllegalArgumentException("no peer " + peerName);
        }
        return connect(p, p.quickModes());
    }

    public long connect(String peerName, QuickModeParams qm) {
        PeerParams p = peers.get(peerName);
        if (p == null) {
            throw new IllegalArgumentException("no peer " + peerName);
        }
        return connect(p, List.of(qm));
    }

    private long connect(PeerParams p, List<QuickModeParams> qms) {
        IsakmpSa sa = activeSa(p.name());
        if (sa == null) {
            sa = phase1.initiate(p);
            sa.pendingQuickModes.addAll(qms);
            return sa.connectionId;
        }
        if (!sa.established) {
            sa.pendingQuickModes.addAll(qms);
            return sa.connectionId;
        }
        for (QuickModeParams qm : qms) {
            quickMode.initiate(sa, qm, null);
        }
        return sa.connectionId;
    }

    /** Deletes an ISAKMP SA (and its IPsec SAs) with Delete payloads to the peer. */
    public boolean delete(long connectionId) {
        IsakmpSa sa = byConnectionId(connectionId);
        if (sa == null) {
            return false;
        }
        for (ChildState c : childrenOf(sa.peer.name())) {
            informational.deleteChild(sa, c, "deleted by request");
        }
        informational.deleteIsakmp(sa, "deleted by request");
        return true;
    }

    /**
     * Deletes only the ISAKMP SA, telling the peer; its IPsec SAs stay until they expire or are
     * rekeyed (a rekey runs Main Mode again), as IOS's {@code clear crypto isakmp}.
     */
    public boolean deleteIsakmp(long connectionId) {
        IsakmpSa sa = byConnectionId(connectionId);
        if (sa == null || sa.deleted) {
            return false;
        }
        informational.deleteIsakmp(sa, "deleted by request");
        return true;
    }

    /** Deletes every SA (IOS {@code clear crypto session}). */
    public void deleteAll() {
        for (IsakmpSa sa : new ArrayList<>(sas.values())) {
            delete(sa.connectionId);
        }
    }

    /** Deletes one IPsec SA pair by our inbound SPI, telling the peer. */
    public boolean deleteChild(int inboundSpi) {
        ChildState c = children.get(inboundSpi);
        if (c == null) {
            return false;
        }
        IsakmpSa sa = activeSa(c.keys.peerName());
        informational.deleteChild(sa != null && sa.established ? sa : null, c, "deleted by request");
        return true;
    }

    /** Starts the replacement of an IPsec SA pair (soft lifetime by kilobytes reached). */
    public boolean rekeyChild(int inboundSpi) {
        ChildState c = children.get(inboundSpi);
        if (c == null || c.rekeyStarted) {
            return false;
        }
        quickMode.rekey(c);
        return true;
    }

    /** Sends an R-U-THERE now (IOS on-demand DPD). */
    public boolean dpd(long connectionId) {
        IsakmpSa sa = byConnectionId(connectionId);
        if (sa == null || !sa.established || !sa.peerDpd) {
            return false;
        }
        informational.sendRuThere(sa);
        return true;
    }

    /** The peer asked about an SPI we do not know (IOS invalid-spi-recovery): send INVALID_SPI. */
    public boolean reportInvalidSpi(InetAddress peer, int spi) {
        for (IsakmpSa sa : sas.values()) {
            if (sa.established && !sa.deleted && sa.remote.getAddress().equals(peer)) {
                informational.sendInvalidSpi(sa, spi);
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- input

    public void receive(Datagram d) {
        try {
            receive0(d);
        } catch (RuntimeException e) {
            internalErrors++;
            bad(d.source(), "internal error: " + e);
        }
    }

    private void receive0(Datagram d) {
        if (d.isNatKeepalive()) {
            return;
        }
        DecodeResult r = IsakmpCodec.decode(d.data());
        if (r instanceof DecodeResult.Error e) {
            bad(d.source(), e.reason());
            return;
        }
        IsakmpHeader h = r instanceof DecodeResult.Ok ok ? ok.message().header()
                : ((DecodeResult.Encrypted) r).header();
        IsakmpSa sa = sas.get(h.initiatorCookie());
        if (sa == null || (sa.deleted && h.responderCookie() == 0)) {
            if (h.responderCookie() == 0 && !h.encrypted() && h.messageId() == 0
                    && (h.exchangeType() == ExchangeType.MAIN || h.exchangeType() == ExchangeType.AGGRESSIVE)
                    && r instanceof DecodeResult.Ok ok) {
                phase1.respond(d, ok.message());
            } else {
                bad(d.source(), "no ISAKMP SA for cookies " + Long.toHexString(h.initiatorCookie()) + "/"
                        + Long.toHexString(h.responderCookie()));
            }
            return;
        }
        if (sa.deleted) {
            return; // a late message for an SA we just deleted: IOS drops it quietly
        }
        if (!sa.remote.getAddress().equals(d.source().getAddress())) {
            bad(d.source(), "cookies of another peer's SA");
            return;
        }
        if (!sa.initiator && h.responderCookie() == 0 && Arrays.equals(d.data(), sa.phase1.lastReceived)) {
            if (sa.phase1.lastSent != null) {
                resend(sa, sa.phase1.lastSent); // our answer to the first message was lost
            }
            return;
        }
        if (sa.rcookie != 0 && h.responderCookie() != sa.rcookie) {
            if (!(sa.initiator && h.responderCookie() == 0 && h.exchangeType() == ExchangeType.INFORMATIONAL)) {
                bad(d.source(), "responder cookie mismatch");
                return;
            }
        }
        switch (h.exchangeType()) {
            case ExchangeType.MAIN, ExchangeType.AGGRESSIVE -> {
                if (h.messageId() != 0 || h.exchangeType() != (sa.aggressive ? ExchangeType.AGGRESSIVE : ExchangeType.MAIN)) {
                    bad(d.source(), "unexpected " + ExchangeType.name(h.exchangeType()) + " message");
                    return;
                }
                if (Arrays.equals(d.data(), sa.phase1.lastReceived)) {
                    if (sa.phase1.lastSent != null) {
                        resend(sa, sa.phase1.lastSent);
                    }
                    return;
                }
                phase1.handle(sa, d, r);
            }
            case ExchangeType.QUICK -> quickMode.handle(sa, d, r);
            case ExchangeType.INFORMATIONAL -> informational.handle(sa, d, r);
            default -> bad(d.source(), "exchange type " + h.exchangeType());
        }
    }

    // ---------------------------------------------------------------- views

    public List<IsakmpSaSnapshot> snapshots() {
        List<IsakmpSaSnapshot> out = new ArrayList<>();
        for (IsakmpSa sa : sas.values()) {
            out.add(snapshot(sa));
        }
        return out;
    }

    public List<ChildKeys> childSas() {
        return children.values().stream().map(c -> c.keys).toList();
    }

    public long badMessages() {
        return badMessages;
    }

    public long internalErrors() {
        return internalErrors;
    }

    // ---------------------------------------------------------------- for the handlers

    IsakmpSaSnapshot snapshot(IsakmpSa sa) {
        IsakmpSaSnapshot s = sa.snapshot();
        List<ChildKeys> ck = childrenOf(sa.peer.name()).stream().map(c -> c.keys).toList();
        return new IsakmpSaSnapshot(s.connectionId(), s.peerName(), s.local(), s.remote(), s.initiatorCookie(),
                s.responderCookie(), s.initiator(), s.state(), s.fsmState(), s.established(), s.deleted(), s.policy(),
                s.aggressive(), s.natDetected(), s.dpd(), s.createdMillis(), s.expiresMillis(), ck);
    }

    long newConnectionId() {
        return nextConnectionId++;
    }

    IsakmpSa activeSa(String peerName) {
        IsakmpSa best = null;
        for (IsakmpSa sa : sas.values()) {
            if (!sa.deleted && sa.peer.name().equals(peerName) && (best == null || sa.established && !best.established)) {
                best = sa;
            }
        }
        return best;
    }

    IsakmpSa byConnectionId(long id) {
        for (IsakmpSa sa : sas.values()) {
            if (sa.connectionId == id) {
                return sa;
            }
        }
        return null;
    }

    List<ChildState> childrenOf(String peerName) {
        return children.values().stream().filter(c -> c.keys.peerName().equals(peerName)).toList();
    }

    void emit(Ikev1Event e) {
        listener.accept(e);
    }

    void trace(IsakmpSa sa, String step) {
        emit(new Ikev1Event.Trace(sa.connectionId, sa.remote, step));
    }

    void state(IsakmpSa sa, String fsm, String show) {
        String old = sa.fsmState;
        sa.fsmState = fsm;
        if (show != null) {
            sa.showState = show;
        }
        emit(new Ikev1Event.StateChanged(sa.connectionId, sa.remote, old, fsm));
    }

    void bad(InetSocketAddress from, String reason) {
        badMessages++;
        emit(new Ikev1Event.BadMessage(from, reason));
    }

    void send(IsakmpSa sa, byte[] data) {
        out.accept(new Datagram(sa.local, sa.remote, data));
    }

    private void resend(IsakmpSa sa, byte[] data) {
        emit(new Ikev1Event.Retransmit(sa.connectionId, sa.remote, sa.showState, 0));
        send(sa, data);
    }

    /**
     * Sends the next message of an exchange. With {@code awaitReply} it is retransmitted,
     * backing off, until {@link IsakmpSa.Exchange#cancel()}; when the tries run out
     * {@code onGiveUp} runs.
     */
    void transmit(IsakmpSa sa, IsakmpSa.Exchange ex, byte[] data, boolean awaitReply, Runnable onGiveUp) {
        ex.cancel();
        ex.lastSent = data;
        ex.attempts = 0;
        send(sa, data);
        if (awaitReply) {
            scheduleRetransmit(sa, ex, settings.retransmitMillis(), onGiveUp);
        }
    }

    private void scheduleRetransmit(IsakmpSa sa, IsakmpSa.Exchange ex, long delay, Runnable onGiveUp) {
        ex.timer = scheduler.schedule(delay, () -> {
            ex.timer = null;
            if (sa.deleted) {
                return;
            }
            if (ex.attempts >= settings.retransmitTries()) {
                onGiveUp.run();
                return;
            }
            ex.attempts++;
            emit(new Ikev1Event.Retransmit(sa.connectionId, sa.remote, sa.showState, ex.attempts));
            send(sa, ex.lastSent);
            scheduleRetransmit(sa, ex, Math.min(delay * 2, settings.maxRetransmitMillis()), onGiveUp);
        });
    }

    /** Forgets an ISAKMP SA (no message to the peer). */
    void remove(IsakmpSa sa, String reason, boolean announce) {
        if (sa.deleted) {
            return;
        }
        sa.deleted = true;
        sa.phase1.cancel();
        sa.quickModes.values().forEach(q -> q.exchange.cancel());
        if (sa.lifetimeTimer != null) {
            sa.lifetimeTimer.cancel();
        }
        if (sa.dpdTimer != null) {
            sa.dpdTimer.cancel();
        }
        String old = sa.showState;
        sa.showState = "MM_NO_STATE";
        if (announce) {
            emit(new Ikev1Event.Phase1Deleted(snapshot(sa), reason));
        }
        sa.showState = old;
        // keep a deleted SA briefly so that late retransmissions are recognised, as IOS shows (deleted) SAs
        scheduler.schedule(settings.retransmitMillis() * 4, () -> sas.remove(sa.icookie, sa));
    }
}
