package iosim.shell.controller;

import iosim.dataplane.Node;
import iosim.dataplane.ipsec.IpsecEngine;
import iosim.dataplane.ipsec.IpsecEvent;
import iosim.dataplane.ipsec.SaKeys;
import iosim.dataplane.ipsec.SaLifetime;
import iosim.dataplane.ipsec.SaPairHandle;
import iosim.dataplane.ipsec.SaPairSpec;
import iosim.dataplane.ipsec.UdpEncapsulation;
import iosim.dataplane.ipsec.spd.AddressRangeSelector;
import iosim.dataplane.ipsec.spd.InterfacePolicy;
import iosim.ikev2.api.ChildSaKeys;
import iosim.ikev2.api.IkeEvent;
import iosim.ikev2.api.IkeSaSnapshot;
import iosim.ikev2.api.TrafficSelectorSpec;
import iosim.ikev2.engine.IkeEngine;
import iosim.shell.controller.tunnel.ConnIds;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The live crypto state of one router, on its event loop: applies {@link CompiledCrypto} (SPDs,
 * IKE peers), starts IKE on an acquire (the packet that triggered it is dropped, as on IOS),
 * installs Child SAs in the {@link IpsecEngine} when IKE reports them, removes them when IKE or
 * the configuration takes them away, and drives the VTI line protocol.
 */
final class CryptoSessions {
    private final Node node;
    private final IpsecEngine ipsec;
    private IkeEngine ike;
    private final Consumer<String> syslog;
    private final CryptoDebug debug;
    private final ConnIds index;
    private Map<String, PeerIntent> intents = new LinkedHashMap<>();
    private Set<String> policyInterfaces = new LinkedHashSet<>();
    /** The SPDs as applied (PROTECT entries name the peer in use, for show). */
    private final Map<String, InterfacePolicy> applied = new HashMap<>();
    /** The SPDs as last compiled, to skip unchanged ones by identity. */
    private final Map<String, InterfacePolicy> compiledPolicies = new HashMap<>();
    /** (interface, SPD entry id) -> its flow, for acquires and orphan checks. */
    private final Map<FlowKey, Map<PeerIntent.Flow, Integer>> flowsByEntry = new HashMap<>();
    /** Session name -> our SPI of its current IKE SA (negotiating or up). */
    private final Map<String, Long> active = new HashMap<>();
    /** Our IKE SPI -> the SA pairs installed under it, by inbound SPI. */
    private final Map<Long, Map<Integer, SaPairHandle>> pairs = new HashMap<>();
    /** Last failure per session name, for show and the trainee. */
    private final Map<String, String> failures = new LinkedHashMap<>();
    private final Set<Long> up = new LinkedHashSet<>();
    /** Crypto map entry (interface|map|seq) -> index of its {@code set peer} now in use (failover). */
    private final Map<String, Integer> currentPeer = new HashMap<>();
    private final OnDemandDpd onDemandDpd = new OnDemandDpd();
    private final ReverseRoutes reverseRoutes;
    /** Session -> lines whose traffic arrived while its IKE SA was negotiating (their Child SAs follow it). */
    private final Map<String, Set<PeerIntent.Flow>> waiting = new HashMap<>();
    /** Our SPIs of the IKE SAs this router initiated (for failover). */
    private final Set<Long> initiated = new java.util.HashSet<>();
    /** Our SPI of an IKE SA we initiated -> the SPD entry whose Child SA its IKE_AUTH carries. */
    private final Map<Long, String> initiatedFor = new HashMap<>();

    CryptoSessions(Node node, IpsecEngine ipsec, Consumer<String> syslog, CryptoDebug debug, ConnIds index) {
        this.index = index;
        this.node = node;
        this.ipsec = ipsec;
        this.syslog = syslog;
        this.debug = debug;
        this.reverseRoutes = new ReverseRoutes(node);
    }

    void setEngine(IkeEngine ike) {
        this.ike = ike;
    }

    IkeEngine engine() {
        return ike;
    }

    Map<String, PeerIntent> intents() {
        return intents;
    }

    /** The ids of the SPD entries applied on {@code ifName}, in order. */
    List<String> appliedEntryIds(String ifName) {
        InterfacePolicy p = applied.get(ifName);
        return p == null ? List.of() : p.entries().stream().map(iosim.dataplane.ipsec.spd.SpdEntry::id).toList();
    }

    Map<String, String> failures() {
        return failures;
    }

    // ---- configuration ----------------------------------------------------------------------

    void apply(CompiledCrypto plan) {
        Map<String, PeerIntent> next = new LinkedHashMap<>();
        plan.peers().forEach(p -> next.put(p.sessionName(), p));
        for (PeerIntent old : intents.values()) {
            if (next.get(old.sessionName()) != old) {
                forgetFlows(old);
            }
        }
        for (PeerIntent p : next.values()) {
            if (intents.get(p.sessionName()) != p) {
                indexFlows(p);
            }
        }
        for (PeerIntent old : intents.values()) {
            if (!next.containsKey(old.sessionName())) {
                ike.removePeer(old.sessionName());
                Long spi = active.remove(old.sessionName());
                if (spi != null) {
                    ike.deleteIke(spi);
                }
            }
        }
        for (String ifName : policyInterfaces) {
            if (!plan.policies().containsKey(ifName)) {
                ipsec.removeInterfacePolicy(ifName);
            }
        }
        applied.keySet().retainAll(plan.policies().keySet());
        compiledPolicies.keySet().retainAll(plan.policies().keySet());
        for (InterfacePolicy p : plan.policies().values()) {
            if (compiledPolicies.get(p.interfaceName()) == p) {
                continue; // the same compiled SPD as before (an incremental compile left it alone)
            }
            compiledPolicies.put(p.interfaceName(), p);
            applied.put(p.interfaceName(), p);
            ipsec.setInterfacePolicy(p);
        }
        policyInterfaces = new LinkedHashSet<>(plan.policies().keySet());
        for (PeerIntent p : next.values()) {
            if (intents.get(p.sessionName()) == p) {
                continue; // unchanged
            }
            ike.addPeer(p.params());
            ike.setResponderChildren(p.sessionName(), p.templates());
        }
        intents = next;
        repointFailedOver();
        applyReverseRoutes();
        deleteOrphanedChildren();
        for (PeerIntent p : next.values()) {
            if (p.vti()) {
                scheduleVti(p.sessionName(), vtiStartDelay(p));
            }
        }
    }

    /**
     * Both ends of a VTI initiate by themselves; to avoid two IKE SAs for one tunnel when both start
     * together, the end with the higher address waits longer (and does not initiate at all if the
     * peer's SA came up meanwhile).
     */
    private static long vtiStartDelay(PeerIntent p) {
        int local = CryptoCompiler.bits(p.params().local().getAddress());
        return Integer.compareUnsigned(local, p.peer()) < 0 ? VTI_START_MILLIS : VTI_START_HIGHER_MILLIS;
    }

    /** A VTI negotiates by itself, shortly after it is configured (next hops get resolved first). */
    static final long VTI_START_MILLIS = 300;
    static final long VTI_START_HIGHER_MILLIS = 5_000;
    /** After its IKE SA went away, a VTI tries again: at once after a clear, slowly after a failure. */
    static final long VTI_RETRY_MILLIS = 1_000;
    static final long VTI_RETRY_AFTER_FAILURE_MILLIS = 10_000;

    private void scheduleVti(String session, long delayMillis) {
        node.eventLoop().schedule(() -> {
            PeerIntent p = intents.get(session);
            if (p != null && p.vti() && !active.containsKey(session) && node.iface(p.interfaceName()) != null
                    && node.iface(p.interfaceName()).adminUp()) {
                initiate(p, p.flows().get(0));
            }
        }, delayMillis, java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    // ---- periodic work ----------------------------------------------------------------------

    /** Once a second on the loop: on-demand DPD (outbound ESP with nothing back for an interval). */
    void tick(long nowMillis) {
        List<iosim.dataplane.ipsec.IpsecFlowSnapshot> flows = null;
        for (PeerIntent p : intents.values()) {
            Long spi = active.get(p.sessionName());
            if (p.onDemandDpdMillis() <= 0 || spi == null || !up.contains(spi)) {
                continue;
            }
            if (flows == null) {
                flows = ipsec.snapshot();
            }
            List<iosim.dataplane.ipsec.IpsecFlowSnapshot> mine = new ArrayList<>();
            for (iosim.dataplane.ipsec.IpsecFlowSnapshot f : flows) {
                if (f.interfaceName().equals(p.interfaceName())
                        && p.flows().stream().anyMatch(pf -> pf.entry().id().equals(f.entryId()))) {
                    mine.add(f);
                }
            }
            if (onDemandDpd.due(spi, mine, p.onDemandDpdMillis(), nowMillis)) {
                ike.dpd(spi);
            }
        }
    }

    // ---- events -----------------------------------------------------------------------------

    void onIpsecEvent(IpsecEvent e) {
        if (e instanceof IpsecEvent.Acquire a) {
            acquire(a);
        } else if (e instanceof IpsecEvent.SoftLifetimeExpired s && s.kind() == IpsecEvent.LifetimeKind.KILOBYTES) {
            for (Map.Entry<Long, Map<Integer, SaPairHandle>> m : pairs.entrySet()) {
                for (SaPairHandle h : m.getValue().values()) {
                    if (h.inboundSpi() == s.sa().spi() || h.outboundSpi() == s.sa().spi()) {
                        ike.rekeyChild(m.getKey(), (int) h.inboundSpi());
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
        PeerIntent p = intentFor(a.interfaceName(), f);
        if (p == null) {
            return;
        }
        debug.saRequest(p, f);
        Long spi = active.get(p.sessionName());
        if (spi == null) {
            initiate(p, f);
        } else if (up.contains(spi)) {
            ike.createChild(spi, f.child());
        } else if (!f.entry().id().equals(initiatedFor.get(spi))) {
            waiting.computeIfAbsent(p.sessionName(), k -> new LinkedHashSet<>()).add(f);
        }
    }

    /** The IKE SA is up: lines that wanted an SA meanwhile get theirs (CREATE_CHILD_SA), as IOS queues them. */
    private void startWaitingChildren(String session, long spi) {
        Set<PeerIntent.Flow> flows = waiting.remove(session);
        if (flows == null) {
            return;
        }
        Set<String> covered = new java.util.HashSet<>();
        Map<Integer, SaPairHandle> have = pairs.getOrDefault(spi, Map.of());
        have.values().forEach(h -> covered.add(h.entryId()));
        for (PeerIntent.Flow f : flows) {
            if (!covered.contains(f.entry().id())) {
                ike.createChild(spi, f.child());
            }
        }
    }

    private PeerIntent.Flow flowOf(String ifName, String entryId) {
        Map<PeerIntent.Flow, Integer> m = flowsByEntry.get(new FlowKey(ifName, entryId));
        return m == null || m.isEmpty() ? null : m.keySet().iterator().next();
    }

    /** An SPD entry on an interface. */
    private record FlowKey(String ifName, String entryId) {}

    /** Indexes {@code p}'s flows (a flow may belong to several peers of one map entry: counted). */
    private void indexFlows(PeerIntent p) {
        for (PeerIntent.Flow f : p.flows()) {
            flowsByEntry.computeIfAbsent(new FlowKey(p.interfaceName(), f.entry().id()),
                    k -> new java.util.LinkedHashMap<>(2)).merge(f, 1, Integer::sum);
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

    /** The session for the flow's map entry: its current peer in {@code set peer} order, else the first usable. */
    private PeerIntent intentFor(String ifName, PeerIntent.Flow f) {
        int start = currentPeer.getOrDefault(entryKey(ifName, f), 0);
        for (int i = 0; i < f.peers().size(); i++) {
            int peer = f.peers().get((start + i) % f.peers().size());
            for (PeerIntent p : intents.values()) {
                if (p.peer() == peer && p.interfaceName().equals(ifName) && p.flows().contains(f)) {
                    return p;
                }
            }
        }
        return null;
    }

    private static String entryKey(String ifName, PeerIntent.Flow f) {
        return ifName + "|" + f.entry().mapTag() + "|" + f.entry().mapSeq();
    }

    /**
     * IOS's {@code set peer} failover: a negotiation with the entry's current peer that never came up
     * moves every map entry that was using that peer on to its next peer; if we had started that
     * negotiation, the next peer is tried at once (once round the list: after the last peer the
     * entry goes back to its first, which the next matching packet tries).
     */
    private void failOver(PeerIntent failed, boolean initiatedByUs) {
        PeerIntent.Flow retry = null;
        PeerIntent next = null;
        for (PeerIntent.Flow f : failed.flows()) {
            if (f.peers().size() < 2) {
                continue;
            }
            String key = entryKey(failed.interfaceName(), f);
            int idx = currentPeer.getOrDefault(key, 0) % f.peers().size();
            if (f.peers().get(idx) != failed.peer()) {
                continue;
            }
            int after = (idx + 1) % f.peers().size();
            currentPeer.put(key, after);
            repoint(failed.interfaceName(), f.entry().mapTag(), f.entry().mapSeq(), f.peers().get(after));
            debug.ipsec("IPSEC: peer " + CryptoCompiler.inet(failed.peer()).getHostAddress() + " failed for map "
                    + f.entry().mapTag() + " " + f.entry().mapSeq() + ", next peer "
                    + CryptoCompiler.inet(f.peers().get(after)).getHostAddress());
            if (retry == null && after != 0) {
                PeerIntent candidate = intentFor(failed.interfaceName(), f);
                if (candidate != null && !active.containsKey(candidate.sessionName())) {
                    retry = f;
                    next = candidate;
                }
            }
        }
        if (initiatedByUs && next != null) {
            initiate(next, retry);
        }
    }

    /**
     * A Child SA whose ACL line (or whole map entry) is gone while its IKE SA stays is deleted with a
     * Delete to the peer, as IOS does when the crypto ACL changes.
     */
    private void deleteOrphanedChildren() {
        for (Map.Entry<Long, Map<Integer, SaPairHandle>> m : pairs.entrySet()) {
            for (SaPairHandle h : m.getValue().values()) {
                if (flowOf(h.interfaceName(), h.entryId()) == null) {
                    ike.deleteChild(m.getKey(), (int) h.inboundSpi());
                }
            }
        }
    }

    /** {@code reverse-route static} lines get their routes now; lines no longer configured lose them. */
    private void applyReverseRoutes() {
        Set<String> keep = new java.util.HashSet<>();
        for (PeerIntent p : intents.values()) {
            for (PeerIntent.Flow f : p.flows()) {
                if (f.reverseRoute() == PeerIntent.ReverseRoute.NONE) {
                    continue;
                }
                keep.add(ReverseRoutes.key(p.interfaceName(), f));
                if (f.reverseRoute() == PeerIntent.ReverseRoute.ALWAYS && intentFor(p.interfaceName(), f) == p) {
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
        for (Map<Integer, SaPairHandle> m : pairs.values()) {
            for (SaPairHandle h : m.values()) {
                if (h.interfaceName().equals(ifName) && h.entryId().equals(entryId)) {
                    return;
                }
            }
        }
        reverseRoutes.remove(ifName, entryId);
    }

    /** After a reconcile: entries that had failed over keep pointing at the peer they use. */
    private void repointFailedOver() {
        if (currentPeer.isEmpty()) {
            return;
        }
        for (PeerIntent p : intents.values()) {
            for (PeerIntent.Flow f : p.flows()) {
                Integer idx = currentPeer.get(entryKey(p.interfaceName(), f));
                if (idx != null && idx % f.peers().size() != 0) {
                    repoint(p.interfaceName(), f.entry().mapTag(), f.entry().mapSeq(),
                            f.peers().get(idx % f.peers().size()));
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
        List<iosim.dataplane.ipsec.spd.SpdEntry> entries = new ArrayList<>();
        boolean changed = false;
        for (iosim.dataplane.ipsec.spd.SpdEntry e : p.entries()) {
            if (e.action() == iosim.dataplane.ipsec.spd.SpdAction.PROTECT && e.mapTag().equals(mapTag)
                    && e.mapSeq() == mapSeq && e.peer() != peer) {
                e = new iosim.dataplane.ipsec.spd.SpdEntry(e.id(), e.action(), e.selector(), peer, mapTag, mapSeq);
                changed = true;
            }
            entries.add(e);
        }
        if (changed) {
            InterfacePolicy q = new InterfacePolicy(p.interfaceName(), p.localAddress(), p.ipMtu(), p.egressInterface(),
                    entries);
            applied.put(ifName, q);
            ipsec.setInterfacePolicy(q);
        }
    }

    private void initiate(PeerIntent p, PeerIntent.Flow f) {
        debug.beforeInitiate(p);
        long spi = ike.initiate(p.params().withChild(f.child()));
        index.ikeSa(spi);
        active.put(p.sessionName(), spi);
        initiated.add(spi);
        initiatedFor.put(spi, f.entry().id());
    }

    void onIkeEvent(IkeEvent e) {
        if (e instanceof IkeEvent.IkeSaUp u) {
            index.ikeSa(u.sa().localSpi());
        }
        debug.ikeEvent(e, intents.get(e.sessionName()));
        if (e instanceof IkeEvent.IkeSaUp u) {
            active.put(u.sessionName(), u.sa().localSpi());
            up.add(u.sa().localSpi());
            failures.remove(u.sessionName());
            syslog.accept(sessionStatus(u.sa(), "UP"));
            startWaitingChildren(u.sessionName(), u.sa().localSpi());
        } else if (e instanceof IkeEvent.IkeSaRekeyed r) {
            active.put(r.sessionName(), r.sa().localSpi());
            up.remove(r.oldLocalSpi());
            up.add(r.sa().localSpi());
            Map<Integer, SaPairHandle> moved = pairs.remove(r.oldLocalSpi());
            if (moved != null) {
                pairs.computeIfAbsent(r.sa().localSpi(), k -> new LinkedHashMap<>()).putAll(moved);
            }
        } else if (e instanceof IkeEvent.IkeSaDown d) {
            ikeDown(d);
        } else if (e instanceof IkeEvent.ChildSaInstalled c) {
            install(c.sessionName(), c.ikeLocalSpi(), c.keys());
        } else if (e instanceof IkeEvent.ChildSaRekeyed c) {
            install(c.sessionName(), c.ikeLocalSpi(), c.keys());
        } else if (e instanceof IkeEvent.ChildSaRemoved c) {
            removeChild(c.sessionName(), c.ikeLocalSpi(), c.inboundSpi());
        } else if (e instanceof IkeEvent.Failure f) {
            failures.put(f.sessionName(), (f.notifyName() == null ? "" : f.notifyName() + ": ") + f.reason());
        }
    }

    private void ikeDown(IkeEvent.IkeSaDown d) {
        onDemandDpd.forget(d.localSpi());
        if (d.localSpi() == active.getOrDefault(d.sessionName(), -1L)) {
            waiting.remove(d.sessionName());
        }
        Long cur = active.get(d.sessionName());
        boolean current = cur != null && cur == d.localSpi();
        if (current) {
            active.remove(d.sessionName());
        }
        Map<Integer, SaPairHandle> gone = pairs.remove(d.localSpi());
        if (gone != null) {
            gone.values().forEach(this::removePair);
            gone.values().forEach(h -> dropRouteIfIdle(h.interfaceName(), h.entryId()));
        }
        boolean ours = initiated.remove(d.localSpi());
        initiatedFor.remove(d.localSpi());
        if (current && !up.contains(d.localSpi()) && intents.containsKey(d.sessionName())
                && !intents.get(d.sessionName()).vti()) {
            failOver(intents.get(d.sessionName()), ours);
        }
        if (up.remove(d.localSpi())) {
            PeerIntent p = intents.get(d.sessionName());
            String peer = p == null ? "?" : CryptoCompiler.inet(p.peer()).getHostAddress();
            syslog.accept("%CRYPTO-5-IKEV2_SESSION_STATUS: Crypto tunnel v2 is DOWN. Peer " + peer + ":500       Id: "
                    + peer);
        }
        updateLine(d.sessionName());
        PeerIntent p = intents.get(d.sessionName());
        if (p != null && p.vti() && !active.containsKey(d.sessionName())) {
            scheduleVti(d.sessionName(), failures.containsKey(d.sessionName()) ? VTI_RETRY_AFTER_FAILURE_MILLIS
                    : VTI_RETRY_MILLIS);
        }
    }

    private void install(String session, long ikeSpi, ChildSaKeys k) {
        PeerIntent p = intents.get(session);
        if (p == null) {
            return;
        }
        PeerIntent.Flow flow = flowFor(p, k);
        boolean udp = k.encapsulation();
        UdpEncapsulation encap = udp ? new UdpEncapsulation(k.localAddress().getPort(), k.remoteAddress().getPort()) : null;
        SaPairSpec spec;
        try {
            spec = new SaPairSpec(p.interfaceName(), flow.entry().id(), iosim.dataplane.ipsec.IpsecProtocol.ESP,
                    k.mode() == iosim.ikev2.api.IpsecMode.TRANSPORT ? iosim.dataplane.ipsec.IpsecMode.TRANSPORT
                            : iosim.dataplane.ipsec.IpsecMode.TUNNEL,
                    CryptoCompiler.bits(k.localAddress().getAddress()), CryptoCompiler.bits(k.remoteAddress().getAddress()),
                    encap, CryptoNames.espTransform(k.encryption(), k.integrity()), selector(k, flow),
                    Integer.toUnsignedLong(k.inboundSpi()), new SaKeys(k.inboundEncryptionKey(), k.inboundIntegrityKey()),
                    Integer.toUnsignedLong(k.outboundSpi()), new SaKeys(k.outboundEncryptionKey(), k.outboundIntegrityKey()),
                    p.replayWindow(), k.esn(), SaLifetime.of(flow.lifetimeSeconds(), flow.lifetimeKilobytes()),
                    k.pfsGroup() == null ? 0 : k.pfsGroup().ianaId());
            SaPairHandle h = ipsec.installSaPair(spec);
            int connId = index.ipsecPair(h.peer(), h.inboundSpi(), h.outboundSpi());
            pairs.computeIfAbsent(ikeSpi, x -> new LinkedHashMap<>()).put(k.inboundSpi(), h);
            if (flow.reverseRoute() != PeerIntent.ReverseRoute.NONE) {
                reverseRoutes.add(p.interfaceName(), flow, CryptoCompiler.bits(k.remoteAddress().getAddress()));
            }
            debug.createSa(k, connId, flow.lifetimeSeconds(), flow.lifetimeKilobytes());
        } catch (RuntimeException ex) {
            failures.put(session, "could not install SA: " + ex.getMessage());
            return;
        }
        updateLine(session);
    }

    private void removeChild(String session, long ikeSpi, int inboundSpi) {
        Map<Integer, SaPairHandle> m = pairs.get(ikeSpi);
        SaPairHandle h = m == null ? null : m.remove(inboundSpi);
        if (h != null) {
            removePair(h);
            dropRouteIfIdle(h.interfaceName(), h.entryId());
        }
        updateLine(session);
    }

    private void removePair(SaPairHandle h) {
        ipsec.removeSaPair(h);
        index.forgetIpsecPair(h.peer(), h.inboundSpi(), h.outboundSpi());
    }

    /** A VTI's line protocol is up while its session has at least one SA pair. */
    private void updateLine(String session) {
        PeerIntent p = intents.get(session);
        if (p == null || !p.vti() || node.iface(p.interfaceName()) == null) {
            return;
        }
        Long spi = active.get(session);
        boolean want = spi != null && pairs.containsKey(spi) && !pairs.get(spi).isEmpty();
        if (node.iface(p.interfaceName()).lineProtocolUp() != want && node.iface(p.interfaceName()).adminUp()) {
            node.setTunnelLineUp(p.interfaceName(), want);
            syslog.accept("%LINEPROTO-5-UPDOWN: Line protocol on Interface " + p.interfaceName() + ", changed state to "
                    + (want ? "up" : "down"));
        }
    }

    private static PeerIntent.Flow flowFor(PeerIntent p, ChildSaKeys k) {
        if (!k.localSelectors().isEmpty() && !k.remoteSelectors().isEmpty()) {
            TrafficSelectorSpec l = k.localSelectors().get(0);
            TrafficSelectorSpec r = k.remoteSelectors().get(0);
            for (PeerIntent.Flow f : p.flows()) {
                if (f.entry().selector().matches(CryptoCompiler.bits(l.startAddress()), CryptoCompiler.bits(r.startAddress()),
                        l.ipProtocol(), l.startPort(), r.startPort())) {
                    return f;
                }
            }
        }
        return p.flows().get(0);
    }

    /** The negotiated (possibly narrowed) selectors as the SA's identity check. */
    private static iosim.dataplane.ipsec.spd.TrafficSelector selector(ChildSaKeys k, PeerIntent.Flow flow) {
        if (k.localSelectors().size() != 1 || k.remoteSelectors().size() != 1) {
            return flow.entry().selector();
        }
        TrafficSelectorSpec l = k.localSelectors().get(0);
        TrafficSelectorSpec r = k.remoteSelectors().get(0);
        int lp = prefix(l);
        int rp = prefix(r);
        if (lp < 0 || rp < 0) {
            return flow.entry().selector();
        }
        return new AddressRangeSelector(CryptoCompiler.bits(l.startAddress()), mask(lp), CryptoCompiler.bits(r.startAddress()),
                mask(rp), l.ipProtocol(), l.startPort() == l.endPort() ? l.startPort() : 0,
                r.startPort() == r.endPort() ? r.startPort() : 0);
    }

    private static int prefix(TrafficSelectorSpec t) {
        if (t.isIpv6()) {
            return -1;
        }
        int s = CryptoCompiler.bits(t.startAddress());
        int e = CryptoCompiler.bits(t.endAddress());
        int host = s ^ e;
        if ((host & (host + 1)) != 0 || (s & host) != 0) {
            return -1;
        }
        return 32 - Integer.bitCount(host);
    }

    private static int mask(int len) {
        return len == 0 ? 0 : -1 << (32 - len);
    }

    static String sessionStatus(IkeSaSnapshot sa, String state) {
        String peer = sa.remoteAddress().getAddress().getHostAddress() + ":" + sa.remoteAddress().getPort();
        return "%CRYPTO-5-IKEV2_SESSION_STATUS: Crypto tunnel v2 is " + state + ".  Peer " + peer + "       Id: "
                + (sa.remoteId() == null ? sa.remoteAddress().getAddress().getHostAddress() : sa.remoteId());
    }

    // ---- clear ------------------------------------------------------------------------------

    /** {@code clear crypto session [remote A]} / {@code clear crypto ikev2 sa}: delete IKE SAs (with Delete). */
    int clearIke(Integer remoteOrNull) {
        int n = 0;
        for (IkeSaSnapshot s : ike.snapshots()) {
            if (remoteOrNull == null || CryptoCompiler.bits(s.remoteAddress().getAddress()) == remoteOrNull) {
                ike.deleteIke(s.localSpi());
                n++;
            }
        }
        return n;
    }

    /** {@code clear crypto sa [peer A]}: delete Child SAs only (with Delete), the IKE SA stays. */
    int clearChildren(Integer peerOrNull) {
        int n = 0;
        for (Map.Entry<Long, Map<Integer, SaPairHandle>> m : new ArrayList<>(pairs.entrySet())) {
            for (SaPairHandle h : new ArrayList<>(m.getValue().values())) {
                if (peerOrNull == null || h.peer() == peerOrNull) {
                    ike.deleteChild(m.getKey(), (int) h.inboundSpi());
                    n++;
                }
            }
        }
        return n;
    }

    /** The IKE SA SPIs whose Child SAs are installed, for show (IKE SPI -> inbound SPIs). */
    Map<Long, List<Integer>> childSpis() {
        Map<Long, List<Integer>> out = new LinkedHashMap<>();
        pairs.forEach((k, v) -> out.put(k, List.copyOf(v.keySet())));
        return out;
    }

    List<String> sessionOf(long ikeSpi) {
        List<String> out = new ArrayList<>();
        active.forEach((k, v) -> {
            if (v == ikeSpi) {
                out.add(k);
            }
        });
        return out;
    }
}
