package iosim.shell.controller.tunnel;

import iosim.dataplane.ipsec.SaPairHandle;
import iosim.ikev2.api.ChildSaKeys;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one owner of a tunnel's live state (a crypto map's peer on one interface, or a VTI): its
 * keying SAs (the one in use and any other still around, e.g. the peer's own during a
 * simultaneous start), its installed Child SA pairs, the ACL lines waiting for the keying SA,
 * its last failure and a short history. {@link TunnelTable} routes events to it; what spans
 * tunnels ({@code set peer} failover, reverse routes of an ACL line, the SPDs) stays there.
 * Runs on the router's loop only.
 */
public final class Tunnel {
    /** What {@code show} says about a tunnel. */
    public enum State { IDLE, NEGOTIATING, UP }

    /** One keying SA of this tunnel: its id, whether it is up, whether we started it and for which line. */
    private static final class KeyingSa {
        final long id;
        final boolean ours;
        final String forEntry;
        boolean up;

        KeyingSa(long id, boolean ours, String forEntry) {
            this.id = id;
            this.ours = ours;
            this.forEntry = forEntry;
        }
    }

    /** What a keying SA's end means to the table (failover, reverse routes). */
    record Down(boolean wasCurrentAndNeverUp, boolean startedByUs, List<ChildSa> removed) {}

    private static final int HISTORY = 16;

    private PeerIntent intent;
    private final TunnelContext ctx;
    private final Map<Long, KeyingSa> sas = new LinkedHashMap<>(2);
    private Long current;
    private final Map<Integer, ChildSa> children = new LinkedHashMap<>(2);
    private final Set<PeerIntent.Flow> waiting = new LinkedHashSet<>(1);
    private String failure;
    private final Deque<String> history = new ArrayDeque<>(HISTORY);

    Tunnel(PeerIntent intent, TunnelContext ctx) {
        this.intent = intent;
        this.ctx = ctx;
    }

    PeerIntent intent() {
        return intent;
    }

    void reconfigure(PeerIntent next) {
        this.intent = next;
    }

    String failure() {
        return failure;
    }

    void failed(String text) {
        failure = text;
        note("failed: " + text);
    }

    /** The keying SA in use (negotiating or up), or null. */
    Long current() {
        return current;
    }

    boolean currentUp() {
        return current != null && sas.get(current) != null && sas.get(current).up;
    }

    Iterable<ChildSa> children() {
        return children.values();
    }

    boolean hasChildren() {
        return !children.isEmpty();
    }

    // ---- what the tunnel does -------------------------------------------------------------------

    /** Traffic for {@code f} has no SA: start the keying SA, or add a Child SA, or wait for the SA. */
    void acquire(PeerIntent.Flow f) {
        if (current == null) {
            start(f);
        } else if (currentUp()) {
            ctx.keying().addChild(current, f);
        } else if (!f.entry().id().equals(sas.get(current).forEntry)) {
            waiting.add(f);
        }
    }

    void start(PeerIntent.Flow f) {
        ctx.debug().beforeInitiate(intent);
        long id = ctx.keying().start(intent, f);
        ctx.ids().ikeSa(id);
        sas.put(id, new KeyingSa(id, true, f.entry().id()));
        current = id;
        note("initiating for " + f.entry().id());
    }

    /**
     * The configuration takes the tunnel away: the peer is forgotten, its keying SA in use goes (with
     * a Delete) and its SA pairs leave the dataplane now (later events for it find no tunnel).
     */
    void close() {
        ctx.keying().remove(intent.sessionName());
        if (current != null) {
            Long c = current;
            current = null;
            ctx.keying().deleteSa(c);
        }
        children.values().forEach(this::removePair);
        children.clear();
        waiting.clear();
    }

    // ---- keying events ----------------------------------------------------------------------------

    void onSaUp(KeyingEvent.SaUp u) {
        ctx.ids().ikeSa(u.saId());
        current = u.saId();
        sas.computeIfAbsent(u.saId(), k -> new KeyingSa(k, false, null)).up = true;
        failure = null;
        note("up " + Long.toHexString(u.saId()));
        ctx.syslog().accept("%CRYPTO-5-IKEV2_SESSION_STATUS: Crypto tunnel v2 is UP.  Peer "
                + u.remote().getAddress().getHostAddress() + ":" + u.remote().getPort() + "       Id: "
                + (u.remoteId() == null ? u.remote().getAddress().getHostAddress() : u.remoteId()));
        startWaitingChildren(u.saId());
    }

    /** The lines that wanted an SA while it was negotiating get theirs now (CREATE_CHILD_SA), as IOS queues them. */
    private void startWaitingChildren(long saId) {
        if (waiting.isEmpty()) {
            return;
        }
        Set<String> covered = new java.util.HashSet<>();
        children.values().stream().filter(c -> c.saId() == saId).forEach(c -> covered.add(c.entryId()));
        for (PeerIntent.Flow f : waiting) {
            if (!covered.contains(f.entry().id())) {
                ctx.keying().addChild(saId, f);
            }
        }
        waiting.clear();
    }

    void onSaRekeyed(KeyingEvent.SaRekeyed r) {
        current = r.saId();
        KeyingSa old = sas.remove(r.oldSaId());
        KeyingSa now = new KeyingSa(r.saId(), false, null);
        now.up = old == null || old.up;
        sas.put(r.saId(), now);
        children.replaceAll((k, c) -> c.saId() == r.oldSaId() ? c.under(r.saId()) : c);
        note("IKE SA rekeyed");
    }

    /** A keying SA is gone: its Child SAs leave the dataplane; the table learns what that means. */
    Down onSaDown(KeyingEvent.SaDown d) {
        ctx.onDemandDpd().forget(d.saId());
        boolean isCurrent = current != null && current == d.saId();
        if (isCurrent) {
            waiting.clear();
            current = null;
        }
        List<ChildSa> removed = new ArrayList<>();
        children.values().removeIf(c -> {
            if (c.saId() == d.saId()) {
                removed.add(c);
                return true;
            }
            return false;
        });
        removed.forEach(this::removePair);
        KeyingSa sa = sas.remove(d.saId());
        boolean wasUp = sa != null && sa.up;
        if (wasUp) {
            String peer = Addresses.text(intent.peer());
            ctx.syslog().accept("%CRYPTO-5-IKEV2_SESSION_STATUS: Crypto tunnel v2 is DOWN. Peer " + peer
                    + ":500       Id: " + peer);
        }
        note("down " + Long.toHexString(d.saId()) + (d.reason() == null ? "" : ": " + d.reason()));
        updateLine();
        return new Down(isCurrent && !wasUp && !intent.vti(), sa != null && sa.ours, removed);
    }

    /** Installs a negotiated pair in the dataplane; null (and a failure noted) if it cannot be. */
    ChildSa onChildUp(KeyingEvent.ChildUp c) {
        PeerIntent.Flow flow = ChildSpecs.flowFor(intent, c.keys());
        ChildSaKeys k = c.keys();
        ChildSa child;
        try {
            SaPairHandle h = ctx.ipsec().installSaPair(ChildSpecs.spec(intent, flow, k));
            int connId = ctx.ids().ipsecPair(h.peer(), h.inboundSpi(), h.outboundSpi());
            child = new ChildSa(h, c.saId(), flow.entry().id(), connId);
            children.put(k.inboundSpi(), child);
            ctx.debug().createSa(k, connId, flow.lifetimeSeconds(), flow.lifetimeKilobytes());
        } catch (RuntimeException ex) {
            failed("could not install SA: " + ex.getMessage());
            return null;
        }
        note((c.rekeyOfInbound() == 0 ? "child up " : "child rekeyed ") + SpiText.esp(k.inboundSpi()));
        updateLine();
        return child;
    }

    /** A pair went; returns it (null if it was not ours). */
    ChildSa onChildDown(KeyingEvent.ChildDown c) {
        ChildSa gone = children.remove(c.inboundSpi());
        if (gone != null) {
            removePair(gone);
            note("child down " + SpiText.esp(c.inboundSpi()));
        }
        updateLine();
        return gone;
    }

    private void removePair(ChildSa c) {
        SaPairHandle h = c.handle();
        ctx.ipsec().removeSaPair(h);
        ctx.ids().forgetIpsecPair(h.peer(), h.inboundSpi(), h.outboundSpi());
    }

    /** A VTI's line protocol is up while its keying SA in use has at least one SA pair. */
    void updateLine() {
        var node = ctx.node();
        if (!intent.vti() || node.iface(intent.interfaceName()) == null) {
            return;
        }
        boolean want = current != null && children.values().stream().anyMatch(c -> c.saId() == current);
        if (node.iface(intent.interfaceName()).lineProtocolUp() != want && node.iface(intent.interfaceName()).adminUp()) {
            node.setTunnelLineUp(intent.interfaceName(), want);
            ctx.syslog().accept("%LINEPROTO-5-UPDOWN: Line protocol on Interface " + intent.interfaceName()
                    + ", changed state to " + (want ? "up" : "down"));
        }
    }

    private void note(String what) {
        if (history.size() == HISTORY) {
            history.removeFirst();
        }
        history.addLast(ctx.scheduler().nowMillis() + " " + what);
    }

    TunnelSnapshot snapshot() {
        State s = current == null ? State.IDLE : currentUp() ? State.UP : State.NEGOTIATING;
        return new TunnelSnapshot(intent.sessionName(), intent.interfaceName(), intent.peer(), intent.profileName(),
                intent.vti(), s, current == null ? 0 : current, current == null ? 0 : ctx.ids().ikeSa(current),
                intent.flows().stream().map(f -> f.entry().id()).toList(), new ArrayList<>(children.values()), failure, new ArrayList<>(history));
    }
}
