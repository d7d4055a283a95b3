package iosim.shell.controller.tunnel;

import iosim.dataplane.ipsec.IpsecEvent;
import iosim.dataplane.ipsec.IpsecFlowSnapshot;
import iosim.dataplane.ipsec.spd.InterfacePolicy;
import iosim.dataplane.ipsec.spd.SpdAction;
import iosim.dataplane.ipsec.spd.SpdEntry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The router's tunnels (was {@code CryptoSessions}), on its event loop. Owns the {@link Tunnel}
 * objects (one per compiled {@link PeerIntent}: a crypto map's peer on an interface, or a VTI) and
 * routes to them: configuration ({@link #apply}: unchanged intents are skipped by identity, changed
 * ones reconfigured, gone ones closed), dataplane events (an acquire goes to the tunnel of the
 * entry's current {@code set peer}), keying events (by session name) and the once-a-second tick.
 * What spans tunnels stays here: the applied SPDs, the index of ACL lines, {@code set peer}
 * failover ({@link Failover}) and reverse routes.
 */
public final class TunnelTable {
    private final TunnelContext ctx;
    private final Map<String, Tunnel> tunnels = new LinkedHashMap<>();
    private Set<String> policyInterfaces = new LinkedHashSet<>();
    /** The SPDs as applied (PROTECT entries name the peer in use, for show). */
    private final Map<String, InterfacePolicy> applied = new HashMap<>();
    /** The SPDs as last compiled, to skip unchanged ones by identity. */
    private final Map<String, InterfacePolicy> compiledPolicies = new HashMap<>();
    /** (interface, SPD entry id) -> its flows (a flow may belong to several peers of one map entry: counted). */
    private final Map<FlowKey, Map<PeerIntent.Flow, Integer>> flowsByEntry = new HashMap<>();
    private final Failover failover = new Failover();
    private final ReverseRoutes reverseRoutes;

    /**
     * @param scheduler the router's clock and timers (VTI starts and retries, history times)
     * @param syslog    IOS log lines (session up/down, line protocol)
     */
    public TunnelTable(iosim.dataplane.Node node, iosim.dataplane.ipsec.IpsecEngine ipsec, Keying keying, ConnIds ids,
                       iosim.ike.time.Scheduler scheduler, java.util.function.Consumer<String> syslog,
                       TunnelDebug debug) {
        this.ctx = new TunnelContext(node, ipsec, keying, ids, scheduler, syslog, debug, new OnDemandDpd());
        this.reverseRoutes = new ReverseRoutes(ctx.node());
    }

    /** True while any tunnel is configured. */
    public boolean hasTunnels() {
        return !tunnels.isEmpty();
    }

    /** The compiled intent of tunnel {@code session} (null if none). */
    public PeerIntent intent(String session) {
        Tunnel t = tunnels.get(session);
        return t == null ? null : t.intent();
    }

    /** The ids of the SPD entries applied on {@code ifName}, in order. */
    public List<String> appliedEntryIds(String ifName) {
        InterfacePolicy p = applied.get(ifName);
        return p == null ? List.of() : p.entries().stream().map(SpdEntry::id).toList();
    }

    /** Every tunnel now, in configuration order. */
    public List<TunnelSnapshot> snapshots() {
        List<TunnelSnapshot> out = new ArrayList<>(tunnels.size());
        tunnels.values().forEach(t -> out.add(t.snapshot()));
        return out;
    }

    /** Last failure per tunnel that has one. */
    public Map<String, String> failures() {
        Map<String, String> out = new LinkedHashMap<>();
        tunnels.forEach((k, t) -> {
            if (t.failure() != null) {
                out.put(k, t.failure());
            }
        });
        return out;
    }

    // ---- configuration ----------------------------------------------------------------------

    /** Brings the tunnels and SPDs in line with a compile ({@code peers}, {@code policies} by interface). */
    public void apply(List<PeerIntent> peers, Map<String, InterfacePolicy> policies) {
        Map<String, PeerIntent> next = new LinkedHashMap<>();
        peers.forEach(p -> next.put(p.sessionName(), p));
        for (Tunnel t : tunnels.values()) {
            if (next.get(t.intent().sessionName()) != t.intent()) {
                forgetFlows(t.intent());
            }
        }
        for (PeerIntent p : next.values()) {
            Tunnel t = tunnels.get(p.sessionName());
            if (t == null || t.intent() != p) {
                indexFlows(p);
            }
        }
        for (Tunnel t : new ArrayList<>(tunnels.values())) {
            if (!next.containsKey(t.intent().sessionName())) {
                tunnels.remove(t.intent().sessionName());
                t.close();
            }
        }
        applyPolicies(policies);
        Map<String, Tunnel> ordered = new LinkedHashMap<>();
        for (PeerIntent p : next.values()) {
            Tunnel t = tunnels.get(p.sessionName());
            if (t == null) {
                t = new Tunnel(p, ctx);
                ctx.keying().configure(p);
            } else if (t.intent() != p) {
                t.reconfigure(p);
                ctx.keying().configure(p);
            }
            ordered.put(p.sessionName(), t);
        }
        tunnels.clear();
        tunnels.putAll(ordered);
        repointFailedOver();
        applyReverseRoutes();
        deleteOrphanedChildren();
        for (PeerIntent p : next.values()) {
            if (p.vti()) {
                scheduleVti(p.sessionName(), vtiStartDelay(p));
            }
        }
    }

    private void applyPolicies(Map<String, InterfacePolicy> policies) {
        for (String ifName : policyInterfaces) {
            if (!policies.containsKey(ifName)) {
                ctx.ipsec().removeInterfacePolicy(ifName);
            }
        }
        applied.keySet().retainAll(policies.keySet());
        compiledPolicies.keySet().retainAll(policies.keySet());
        for (InterfacePolicy p : policies.values()) {
            if (compiledPolicies.get(p.interfaceName()) == p) {
                continue; // the same compiled SPD as before (an incremental compile left it alone)
            }
            compiledPolicies.put(p.interfaceName(), p);
            applied.put(p.interfaceName(), p);
            ctx.ipsec().setInterfacePolicy(p);
        }
        policyInterfaces = new LinkedHashSet<>(policies.keySet());
    }

    /**
     * Both ends of a VTI initiate by themselves; to avoid two IKE SAs for one tunnel when both start
     * together, the end with the higher address waits longer (and does not initiate at all if the
     * peer's SA came up meanwhile).
     */
    private static long vtiStartDelay(PeerIntent p) {
        int local = Addresses.bits(p.params().local().getAddress());
        return Integer.compareUnsigned(local, p.peer()) < 0 ? VTI_START_MILLIS : VTI_START_HIGHER_MILLIS;
    }

    /** A VTI negotiates by itself, shortly after it is configured (next hops get resolved first). */
    static final long VTI_START_MILLIS = 300;
    static final long VTI_START_HIGHER_MILLIS = 5_000;
    /** After its IKE SA went away, a VTI tries again: at once after a clear, slowly after a failure. */
    static final long VTI_RETRY_MILLIS = 1_000;
    static final long VTI_RETRY_AFTER_FAILURE_MILLIS = 10_000;

    private void scheduleVti(String session, long delayMillis) {
        ctx.scheduler().schedule(delayMillis, () -> {
            Tunnel t = tunnels.get(session);
            if (t == null || !t.intent().vti() || t.current() != null) {
                return;
            }
            var itf = ctx.node().iface(t.intent().interfaceName());
            if (itf != null && itf.adminUp()) {
                t.start(t.intent().flows().get(0));
            }
        });
    }

    // ---- periodic work ----------------------------------------------------------------------

    /** Once a second on the loop: on-demand DPD (outbound ESP with nothing back for an interval). */
    public void tick(long nowMillis) {
        List<IpsecFlowSnapshot> flows = null;
        for (Tunnel t : tunnels.values()) {
            PeerIntent p = t.intent();
            if (p.onDemandDpdMillis() <= 0 || !t.currentUp()) {
                continue;
            }
            if (flows == null) {
                flows = ctx.ipsec().snapshot();
            }
            List<IpsecFlowSnapshot> mine = new ArrayList<>();
            for (IpsecFlowSnapshot f : flows) {
                if (f.interfaceName().equals(p.interfaceName())
                        && p.flows().stream().anyMatch(pf -> pf.entry().id().equals(f.entryId()))) {
                    mine.add(f);
                }
            }
            long sa = t.current();
            if (ctx.onDemandDpd().due(sa, mine, p.onDemandDpdMillis(), nowMillis)) {
                ctx.keying().dpd(sa);
            }
        }
    }

    // ---- dataplane events -------------------------------------------------------------------

    public void onIpsecEvent(IpsecEvent e) {
        if (e instanceof IpsecEvent.Acquire a) {
            acquire(a);
        } else if (e instanceof IpsecEvent.SoftLifetimeExpired s && s.kind() == IpsecEvent.LifetimeKind.KILOBYTES) {
            for (Tunnel t : tunnels.values()) {
                for (ChildSa c : t.children()) {
                    if (c.handle().inboundSpi() == s.sa().spi() || c.handle().outboundSpi() == s.sa().spi()) {
                        ctx.keying().rekeyChild(c.saId(), c.inboundSpi());
                        return;
                    }
                }
            }
        }
    }

    private void acquire(IpsecEvent.Acquire a) {
        PeerIntent.Flow f = flowOf(a.interfaceName(), a.entry().id());
        if (f == null) {
            return;
        }
        Tunnel t = tunnelFor(a.interfaceName(), f);
        if (t == null) {
            return;
        }
        ctx.debug().saRequest(t.intent(), f);
        t.acquire(f);
    }

    private PeerIntent.Flow flowOf(String ifName, String entryId) {
        Map<PeerIntent.Flow, Integer> m = flowsByEntry.get(new FlowKey(ifName, entryId));
        return m == null || m.isEmpty() ? null : m.keySet().iterator().next();
    }

    /** An SPD entry on an interface. */
    private record FlowKey(String ifName, String entryId) {}

    private void indexFlows(PeerIntent p) {
        for (PeerIntent.Flow f : p.flows()) {
            flowsByEntry.computeIfAbsent(new FlowKey(p.interfaceName(), f.entry().id()),
                    k -> new LinkedHashMap<>(2)).merge(f, 1, Integer::sum);
        }
    }

    private void forgetFlows(PeerIntent p) {
        for (PeerIntent.Flow f : p.flows()) {
            FlowKey k = new FlowKey(p.interfaceName(), f.entry().id());
            Map<PeerIntent.Flow, Integer> m = flowsByEntry.get(k);
            if (m != null && m.computeIfPresent(f, (x, n) -> n > 1 ? n - 1 : null) == null && m.isEmpty()) {
                flowsByEntry.remove(k);
            }
        }
    }

    /** The tunnel for the flow's map entry: its current peer in {@code set peer} order, else the next usable. */
    private Tunnel tunnelFor(String ifName, PeerIntent.Flow f) {
        int start = failover.index(ifName, f);
        for (int i = 0; i < f.peers().size(); i++) {
            int peer = f.peers().get((start + i) % f.peers().size());
            for (Tunnel t : tunnels.values()) {
                PeerIntent p = t.intent();
                if (p.peer() == peer && p.interfaceName().equals(ifName) && p.flows().contains(f)) {
                    return t;
                }
            }
        }
        return null;
    }

    // ---- keying events ----------------------------------------------------------------------

    /** An event of a key exchange: to its tunnel by session name (unknown sessions are ignored). */
    public void onKeying(KeyingEvent e) {
        Tunnel t = tunnels.get(e.session());
        if (t == null) {
            return;
        }
        if (e instanceof KeyingEvent.SaUp u) {
            t.onSaUp(u);
        } else if (e instanceof KeyingEvent.SaRekeyed r) {
            t.onSaRekeyed(r);
        } else if (e instanceof KeyingEvent.SaDown d) {
            saDown(t, d);
        } else if (e instanceof KeyingEvent.ChildUp c) {
            ChildSa child = t.onChildUp(c);
            if (child != null) {
                PeerIntent.Flow flow = flowIn(t.intent(), child.entryId());
                if (flow != null && flow.reverseRoute() != PeerIntent.ReverseRoute.NONE) {
                    reverseRoutes.add(t.intent().interfaceName(), flow, child.handle().peer());
                }
            }
        } else if (e instanceof KeyingEvent.ChildDown c) {
            ChildSa gone = t.onChildDown(c);
            if (gone != null) {
                dropRouteIfIdle(gone.handle().interfaceName(), gone.entryId());
            }
        } else if (e instanceof KeyingEvent.Failed f) {
            t.failed(f.text());
        }
    }

    private void saDown(Tunnel t, KeyingEvent.SaDown d) {
        Tunnel.Down down = t.onSaDown(d);
        down.removed().forEach(c -> dropRouteIfIdle(c.handle().interfaceName(), c.entryId()));
        if (down.wasCurrentAndNeverUp()) {
            failOver(t, down.startedByUs());
        }
        if (t.intent().vti() && t.current() == null) {
            scheduleVti(t.intent().sessionName(), t.failure() != null ? VTI_RETRY_AFTER_FAILURE_MILLIS
                    : VTI_RETRY_MILLIS);
        }
    }

    private static PeerIntent.Flow flowIn(PeerIntent p, String entryId) {
        for (PeerIntent.Flow f : p.flows()) {
            if (f.entry().id().equals(entryId)) {
                return f;
            }
        }
        return null;
    }

    /**
     * IOS's {@code set peer} failover: a negotiation with the entry's current peer that never came up
     * moves every map entry that was using that peer on to its next peer; if we had started that
     * negotiation, the next peer is tried at once (once round the list: after the last peer the
     * entry goes back to its first, which the next matching packet tries).
     */
    private void failOver(Tunnel failed, boolean initiatedByUs) {
        PeerIntent p = failed.intent();
        PeerIntent.Flow retry = null;
        Tunnel next = null;
        for (PeerIntent.Flow f : p.flows()) {
            int after = failover.advance(p.interfaceName(), f, p.peer());
            if (after < 0) {
                continue;
            }
            repoint(p.interfaceName(), f.entry().mapTag(), f.entry().mapSeq(), f.peers().get(after));
            ctx.debug().ipsec("IPSEC: peer " + Addresses.text(p.peer()) + " failed for map " + f.entry().mapTag() + " "
                    + f.entry().mapSeq() + ", next peer " + Addresses.text(f.peers().get(after)));
            if (retry == null && after != 0) {
                Tunnel candidate = tunnelFor(p.interfaceName(), f);
                if (candidate != null && candidate.current() == null) {
                    retry = f;
                    next = candidate;
                }
            }
        }
        if (initiatedByUs && next != null) {
            next.start(retry);
        }
    }

    /** After a reconcile: entries that had failed over keep pointing at the peer they use. */
    private void repointFailedOver() {
        if (failover.isEmpty()) {
            return;
        }
        for (Tunnel t : tunnels.values()) {
            PeerIntent p = t.intent();
            for (PeerIntent.Flow f : p.flows()) {
                int idx = failover.index(p.interfaceName(), f);
                if (idx != 0) {
                    repoint(p.interfaceName(), f.entry().mapTag(), f.entry().mapSeq(), f.peers().get(idx));
                }
            }
        }
    }

    /** The map entry's PROTECT entries name {@code peer} (the SAs stay: flows are kept by entry id). */
    private void repoint(String ifName, String mapTag, int mapSeq, int peer) {
        InterfacePolicy p = applied.get(ifName);
        if (p == null) {
            return;
        }
        List<SpdEntry> entries = new ArrayList<>();
        boolean changed = false;
        for (SpdEntry e : p.entries()) {
            if (e.action() == SpdAction.PROTECT && e.mapTag().equals(mapTag) && e.mapSeq() == mapSeq
                    && e.peer() != peer) {
                e = new SpdEntry(e.id(), e.action(), e.selector(), peer, mapTag, mapSeq);
                changed = true;
            }
            entries.add(e);
        }
        if (changed) {
            InterfacePolicy q = new InterfacePolicy(p.interfaceName(), p.localAddress(), p.ipMtu(), p.egressInterface(),
                    entries);
            applied.put(ifName, q);
            ctx.ipsec().setInterfacePolicy(q);
        }
    }

    /**
     * A Child SA whose ACL line (or whole map entry) is gone while its IKE SA stays is deleted with a
     * Delete to the peer, as IOS does when the crypto ACL changes.
     */
    private void deleteOrphanedChildren() {
        for (Tunnel t : tunnels.values()) {
            for (ChildSa c : t.children()) {
                if (flowOf(c.handle().interfaceName(), c.entryId()) == null) {
                    ctx.keying().deleteChild(c.saId(), c.inboundSpi());
                }
            }
        }
    }

    /** {@code reverse-route static} lines get their routes now; lines no longer configured lose them. */
    private void applyReverseRoutes() {
        Set<String> keep = new HashSet<>();
        for (Tunnel t : tunnels.values()) {
            PeerIntent p = t.intent();
            for (PeerIntent.Flow f : p.flows()) {
                if (f.reverseRoute() == PeerIntent.ReverseRoute.NONE) {
                    continue;
                }
                keep.add(ReverseRoutes.key(p.interfaceName(), f));
                if (f.reverseRoute() == PeerIntent.ReverseRoute.ALWAYS && tunnelFor(p.interfaceName(), f) == t) {
                    reverseRoutes.add(p.interfaceName(), f, p.peer());
                }
            }
        }
        reverseRoutes.retain(keep);
    }

    /** A {@code reverse-route} (not static) line whose last SA pair went loses its route. */
    private void dropRouteIfIdle(String ifName, String entryId) {
        PeerIntent.Flow f = flowOf(ifName, entryId);
        if (f == null || f.reverseRoute() != PeerIntent.ReverseRoute.WHILE_UP) {
            return;
        }
        for (Tunnel t : tunnels.values()) {
            for (ChildSa c : t.children()) {
                if (c.handle().interfaceName().equals(ifName) && c.entryId().equals(entryId)) {
                    return;
                }
            }
        }
        reverseRoutes.remove(ifName, entryId);
    }

    // ---- clear ------------------------------------------------------------------------------

    /** {@code clear crypto sa [peer A]}: delete Child SAs only (with Delete), the keying SA stays. */
    public int clearChildren(Integer peerOrNull) {
        List<ChildSa> doomed = new ArrayList<>();
        for (Tunnel t : tunnels.values()) {
            for (ChildSa c : t.children()) {
                if (peerOrNull == null || c.handle().peer() == peerOrNull) {
                    doomed.add(c);
                }
            }
        }
        doomed.forEach(c -> ctx.keying().deleteChild(c.saId(), c.inboundSpi()));
        return doomed.size();
    }
}
