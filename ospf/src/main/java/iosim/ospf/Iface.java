package iosim.ospf;

import iosim.ospf.packet.Addr;
import iosim.ospf.packet.OspfPacket;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The process's state for one OSPF interface (RFC 2328 9): the interface state machine, hellos,
 * the DR/BDR election and its neighbours. Runs on the process thread.
 */
final class Iface {
    static final int ALL_SPF_ROUTERS = 0xE0000005;
    static final int ALL_D_ROUTERS = 0xE0000006;

    final OspfProcess process;
    InterfaceSpec spec;
    InterfaceState state = InterfaceState.DOWN;
    /** DR and BDR as interface addresses (0 = none). */
    int dr;
    int bdr;
    final Map<Integer, Neighbor> neighbors = new LinkedHashMap<>();
    private Scheduler.Timer helloTimer;
    private Scheduler.Timer waitTimer;
    long nextHelloMillis;
    long helloIn;
    long helloOut;

    Iface(OspfProcess process, InterfaceSpec spec) {
        this.process = process;
        this.spec = spec;
    }

    String name() {
        return spec.name();
    }

    int address() {
        return spec.address();
    }

    boolean broadcast() {
        return spec.networkType() == NetworkType.BROADCAST;
    }

    boolean isDr() {
        return state == InterfaceState.DR;
    }

    boolean isBdr() {
        return state == InterfaceState.BACKUP;
    }

    // ------------------------------------------------------------------ state machine

    void interfaceUp() {
        if (state != InterfaceState.DOWN) {
            return;
        }
        if (spec.networkType() == NetworkType.LOOPBACK) {
            setState(InterfaceState.LOOPBACK);
            return;
        }
        if (spec.passive()) {
            // advertised as a stub; IOS shows a passive broadcast interface as the DR of its own network
            if (broadcast()) {
                dr = address();
                setState(InterfaceState.DR);
            } else {
                setState(InterfaceState.POINT_TO_POINT);
            }
            return;
        }
        startHellos();
        if (!broadcast()) {
            setState(InterfaceState.POINT_TO_POINT);
        } else if (spec.priority() == 0) {
            setState(InterfaceState.DR_OTHER);
        } else {
            setState(InterfaceState.WAITING);
            waitTimer = process.scheduler().schedule(spec.deadInterval() * 1000L, this::waitTimerFired);
        }
    }

    void interfaceDown(OspfEvent.Reason reason) {
        cancel();
        for (Neighbor n : new ArrayList<>(neighbors.values())) {
            n.kill(reason);
        }
        neighbors.clear();
        dr = 0;
        bdr = 0;
        setState(InterfaceState.DOWN);
    }

    void cancel() {
        if (helloTimer != null) {
            helloTimer.cancel();
            helloTimer = null;
        }
        if (waitTimer != null) {
            waitTimer.cancel();
            waitTimer = null;
        }
    }

    private void setState(InterfaceState s) {
        if (s != state) {
            InterfaceState old = state;
            state = s;
            process.event(new OspfEvent.InterfaceStateChange(name(), old, s));
            process.lsasChanged();
        }
    }

    private void waitTimerFired() {
        waitTimer = null;
        if (state == InterfaceState.WAITING) {
            electDr();
        }
    }

    /** BackupSeen (RFC 2328 9.2): end the wait early. */
    void backupSeen() {
        if (state == InterfaceState.WAITING) {
            if (waitTimer != null) {
                waitTimer.cancel();
                waitTimer = null;
            }
            electDr();
        }
    }

    /** NeighborChange: re-run the election when it matters. */
    void neighborChange() {
        if (state == InterfaceState.DR || state == InterfaceState.BACKUP || state == InterfaceState.DR_OTHER) {
            electDr();
        }
    }

    // ------------------------------------------------------------------ hellos

    private void startHellos() {
        sendHello();
    }

    void sendHello() {
        if (helloTimer != null) {
            helloTimer.cancel();
        }
        long interval = spec.helloInterval() * 1000L;
        helloTimer = process.scheduler().schedule(interval, this::sendHello);
        nextHelloMillis = process.scheduler().nowMillis() + interval;
        List<Integer> seen = new ArrayList<>();
        for (Neighbor n : neighbors.values()) {
            if (n.state.atLeast(NeighborState.INIT)) {
                seen.add(n.rid);
            }
        }
        int mask = spec.networkType() == NetworkType.POINT_TO_POINT ? 0 : spec.mask();
        if (spec.networkType() == NetworkType.POINT_TO_POINT && spec.prefixLength() < 32) {
            mask = spec.mask(); // IOS puts the mask in hellos on point-to-point links too
        }
        OspfPacket.Hello h = new OspfPacket.Hello(mask, spec.helloInterval(), process.options(spec.areaId()),
                spec.priority(), spec.deadInterval(), broadcast() ? dr : 0, broadcast() ? bdr : 0, seen);
        helloOut++;
        process.event(new OspfEvent.HelloSent(name(), ALL_SPF_ROUTERS, spec.areaId(), address()));
        process.send(this, ALL_SPF_ROUTERS, h);
    }

    void receiveHello(int source, int rid, OspfPacket.Hello h) {
        helloIn++;
        process.event(new OspfEvent.HelloReceived(name(), rid, source, spec.areaId()));
        if (h.helloInterval() != spec.helloInterval()) {
            process.event(new OspfEvent.Mismatch(name(), rid, source, OspfEvent.Kind.HELLO_INTERVAL,
                    spec.helloInterval(), h.helloInterval()));
            return;
        }
        if (h.deadInterval() != spec.deadInterval()) {
            process.event(new OspfEvent.Mismatch(name(), rid, source, OspfEvent.Kind.DEAD_INTERVAL,
                    spec.deadInterval(), h.deadInterval()));
            return;
        }
        if (broadcast() && h.mask() != spec.mask()) {
            process.event(new OspfEvent.Mismatch(name(), rid, source, OspfEvent.Kind.MASK, spec.mask(), h.mask()));
            return;
        }
        boolean theirStub = (h.options() & OspfPacket.OPT_E) == 0;
        if (theirStub != process.spec().isStub(spec.areaId())) {
            process.event(new OspfEvent.Mismatch(name(), rid, source, OspfEvent.Kind.STUB_FLAG,
                    process.spec().isStub(spec.areaId()) ? 1 : 0, theirStub ? 1 : 0));
            return;
        }
        Neighbor n = neighborFor(source, rid);
        if (n == null) {
            n = new Neighbor(this, rid, source);
            neighbors.put(source, n);
        }
        n.rid = rid;
        int oldPri = n.priority;
        int oldDr = n.dr;
        int oldBdr = n.bdr;
        n.priority = h.priority();
        n.dr = h.dr();
        n.bdr = h.bdr();
        n.options = h.options();
        n.helloReceived();
        if (h.neighbors().contains(process.routerId())) {
            n.twoWayReceived();
        } else {
            n.oneWayReceived();
            return;
        }
        if (!broadcast()) {
            return;
        }
        if (oldPri != n.priority) {
            neighborChange();
        }
        if (h.dr() == source && h.bdr() == 0 && state == InterfaceState.WAITING) {
            backupSeen();
        } else if ((h.dr() == source) != (oldDr == source)) {
            neighborChange();
        }
        if (h.bdr() == source && state == InterfaceState.WAITING) {
            backupSeen();
        } else if ((h.bdr() == source) != (oldBdr == source)) {
            neighborChange();
        }
    }

    Neighbor neighborFor(int source, int rid) {
        Neighbor n = neighbors.get(source);
        if (n == null && spec.networkType() == NetworkType.POINT_TO_POINT) {
            for (Neighbor x : neighbors.values()) {
                if (x.rid == rid) {
                    neighbors.remove(x.address);
                    x.address = source;
                    neighbors.put(source, x);
                    return x;
                }
            }
        }
        return n;
    }

    void removeNeighbor(Neighbor n) {
        neighbors.remove(n.address);
    }

    // ------------------------------------------------------------------ DR election (RFC 2328 9.4)

    private record Candidate(int rid, int address, int priority, int dr, int bdr) {}

    void electDr() {
        int oldDr = dr;
        int oldBdr = bdr;
        boolean wasDr = dr == address();
        boolean wasBdr = bdr == address();
        elect();
        boolean isDrNow = dr == address();
        boolean isBdrNow = bdr == address();
        if (isDrNow != wasDr || isBdrNow != wasBdr) {
            elect();
        }
        InterfaceState s = dr == address() ? InterfaceState.DR
                : bdr == address() ? InterfaceState.BACKUP : InterfaceState.DR_OTHER;
        setState(s);
        if (dr != oldDr || bdr != oldBdr) {
            process.event(new OspfEvent.DrElection(name(), dr, bdr));
            for (Neighbor n : new ArrayList<>(neighbors.values())) {
                n.adjOk();
            }
            process.lsasChanged();
        }
    }

    private void elect() {
        List<Candidate> cands = new ArrayList<>();
        if (spec.priority() > 0) {
            cands.add(new Candidate(process.routerId(), address(), spec.priority(), dr, bdr));
        }
        for (Neighbor n : neighbors.values()) {
            if (n.state.atLeast(NeighborState.TWO_WAY) && n.priority > 0) {
                cands.add(new Candidate(n.rid, n.address, n.priority, n.dr, n.bdr));
            }
        }
        Candidate newBdr = null;
        for (Candidate c : cands) {
            if (c.dr == c.address || c.bdr != c.address) {
                continue;
            }
            newBdr = better(newBdr, c);
        }
        if (newBdr == null) {
            for (Candidate c : cands) {
                if (c.dr != c.address) {
                    newBdr = better(newBdr, c);
                }
            }
        }
        Candidate newDr = null;
        for (Candidate c : cands) {
            if (c.dr == c.address) {
                newDr = better(newDr, c);
            }
        }
        int drAddr = newDr != null ? newDr.address : newBdr != null ? newBdr.address : 0;
        int bdrAddr = newBdr == null ? 0 : newBdr.address;
        dr = drAddr;
        bdr = bdrAddr;
    }

    private static Candidate better(Candidate a, Candidate b) {
        if (a == null) {
            return b;
        }
        if (b.priority != a.priority) {
            return b.priority > a.priority ? b : a;
        }
        return Integer.compareUnsigned(b.rid, a.rid) > 0 ? b : a;
    }

    /** Whether an adjacency should form with {@code n} (RFC 2328 10.4). */
    boolean shouldBeAdjacent(Neighbor n) {
        if (!broadcast()) {
            return true;
        }
        return dr == address() || bdr == address() || dr == n.address || bdr == n.address;
    }

    /** Destination for flooding and acks on this interface (RFC 2328 13.3). */
    int floodDestination() {
        if (broadcast()) {
            return isDr() || isBdr() ? ALL_SPF_ROUTERS : ALL_D_ROUTERS;
        }
        return ALL_SPF_ROUTERS;
    }

    /** Destination of packets to one neighbour (unicast on multi-access networks). */
    int unicastTo(Neighbor n) {
        return spec.networkType() == NetworkType.POINT_TO_POINT ? ALL_SPF_ROUTERS : n.address;
    }

    int fullNeighbors() {
        int c = 0;
        for (Neighbor n : neighbors.values()) {
            if (n.state == NeighborState.FULL) {
                c++;
            }
        }
        return c;
    }

    Neighbor neighborByAddress(int a) {
        return neighbors.get(a);
    }

    @Override
    public String toString() {
        return name() + " " + Addr.format(address()) + " " + state;
    }
}
