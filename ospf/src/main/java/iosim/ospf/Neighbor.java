package iosim.ospf;

import iosim.ospf.packet.Lsa;
import iosim.ospf.packet.LsaHeader;
import iosim.ospf.packet.LsaKey;
import iosim.ospf.packet.LsaType;
import iosim.ospf.packet.OspfCodec;
import iosim.ospf.packet.OspfPacket;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One neighbour (RFC 2328 10): its state machine, the database exchange as master or slave,
 * link-state requests and the retransmission of flooded LSAs.
 */
final class Neighbor {
    final Iface iface;
    int rid;
    int address;
    int priority;
    int dr;
    int bdr;
    int options;
    NeighborState state = NeighborState.DOWN;

    private boolean master;
    private int ddSeq;
    private OspfPacket.Dbd lastReceived;
    private OspfPacket.Dbd lastSent;
    private final Deque<LsaHeader> summary = new ArrayDeque<>();
    final Map<LsaKey, LsaHeader> requests = new LinkedHashMap<>();
    final Map<LsaKey, Lsa> retransmit = new LinkedHashMap<>();
    private final Map<LsaKey, Lsa> requested = new LinkedHashMap<>();

    private Scheduler.Timer inactivity;
    private Scheduler.Timer ddTimer;
    private Scheduler.Timer lsrTimer;
    private Scheduler.Timer lsuTimer;
    long deadDueMillis;
    long fullSinceMillis;
    int stateChanges;
    long lastCryptoSeq = -1;

    Neighbor(Iface iface, int rid, int address) {
        this.iface = iface;
        this.rid = rid;
        this.address = address;
    }

    private OspfProcess process() {
        return iface.process;
    }

    private Scheduler sched() {
        return iface.process.scheduler();
    }

    private void setState(NeighborState s, OspfEvent.Reason why) {
        if (s == state) {
            return;
        }
        NeighborState old = state;
        state = s;
        stateChanges++;
        if (s == NeighborState.FULL) {
            fullSinceMillis = sched().nowMillis();
        }
        process().event(new OspfEvent.AdjacencyChange(rid, iface.name(), old, s, why));
        if (old == NeighborState.FULL || s == NeighborState.FULL) {
            process().lsasChanged();
        }
        if ((old.atLeast(NeighborState.TWO_WAY)) != (s.atLeast(NeighborState.TWO_WAY)) && iface.broadcast()) {
            iface.neighborChange();
        }
    }

    // ------------------------------------------------------------------ hello-driven events

    void helloReceived() {
        if (inactivity != null) {
            inactivity.cancel();
        }
        long dead = iface.spec.deadInterval() * 1000L;
        deadDueMillis = sched().nowMillis() + dead;
        inactivity = sched().schedule(dead, () -> kill(OspfEvent.Reason.DEAD_TIMER));
        if (state == NeighborState.DOWN) {
            setState(NeighborState.INIT, OspfEvent.Reason.HELLO_RECEIVED);
        }
    }

    void twoWayReceived() {
        if (state != NeighborState.INIT) {
            return;
        }
        if (iface.shouldBeAdjacent(this)) {
            setState(NeighborState.TWO_WAY, OspfEvent.Reason.TWO_WAY);
            startExStart(OspfEvent.Reason.TWO_WAY);
        } else {
            setState(NeighborState.TWO_WAY, OspfEvent.Reason.TWO_WAY);
        }
    }

    void oneWayReceived() {
        if (state.atLeast(NeighborState.TWO_WAY)) {
            clearLists();
            setState(NeighborState.INIT, OspfEvent.Reason.ONE_WAY);
        }
    }

    /** AdjOK? (RFC 2328 10.3), after a DR/BDR change. */
    void adjOk() {
        if (state == NeighborState.TWO_WAY && iface.shouldBeAdjacent(this)) {
            startExStart(OspfEvent.Reason.ADJ_OK);
        } else if (state.atLeast(NeighborState.EXSTART) && !iface.shouldBeAdjacent(this)) {
            clearLists();
            setState(NeighborState.TWO_WAY, OspfEvent.Reason.ADJ_OK);
        }
    }

    /** KillNbr, InactivityTimer, LLDown: the neighbour goes away. */
    void kill(OspfEvent.Reason why) {
        clearLists();
        if (inactivity != null) {
            inactivity.cancel();
            inactivity = null;
        }
        NeighborState old = state;
        setState(NeighborState.DOWN, why);
        iface.removeNeighbor(this);
        if (old.atLeast(NeighborState.TWO_WAY) && iface.broadcast() && why != OspfEvent.Reason.INTERFACE_DOWN) {
            iface.neighborChange();
        }
    }

    private void clearLists() {
        summary.clear();
        requests.clear();
        requested.clear();
        retransmit.clear();
        lastReceived = null;
        lastSent = null;
        cancel(ddTimer);
        cancel(lsrTimer);
        cancel(lsuTimer);
        ddTimer = null;
        lsrTimer = null;
        lsuTimer = null;
    }

    private static void cancel(Scheduler.Timer t) {
        if (t != null) {
            t.cancel();
        }
    }

    // ------------------------------------------------------------------ database exchange (RFC 2328 10.6, 10.8)

    private void startExStart(OspfEvent.Reason why) {
        clearLists();
        setState(NeighborState.EXSTART, why);
        ddSeq = ddSeq == 0 ? (int) (sched().nowMillis() & 0x7fffffff) | 1 : ddSeq + 1;
        master = true;
        sendDbd(new OspfPacket.Dbd(mtu(), process().options(iface.spec.areaId()),
                OspfPacket.Dbd.I | OspfPacket.Dbd.M | OspfPacket.Dbd.MS, ddSeq, List.of()), true);
    }

    private int mtu() {
        return iface.spec.networkType() == NetworkType.POINT_TO_POINT && iface.spec.name().startsWith("Tunnel")
                ? iface.spec.mtu() : iface.spec.mtu();
    }

    private void sendDbd(OspfPacket.Dbd d, boolean retransmitted) {
        lastSent = d;
        process().send(iface, iface.unicastTo(this), d);
        cancel(ddTimer);
        ddTimer = null;
        if (retransmitted) {
            ddTimer = sched().schedule(iface.spec.retransmitInterval() * 1000L, () -> {
                ddTimer = null;
                if (lastSent != null && (state == NeighborState.EXSTART || state == NeighborState.EXCHANGE && master)) {
                    sendDbd(lastSent, true);
                }
            });
        }
    }

    void receiveDbd(OspfPacket.Dbd d) {
        if (state == NeighborState.INIT) {
            twoWayReceived();
        }
        if (state.compareTo(NeighborState.EXSTART) < 0) {
            return;
        }
        if (d.mtu() > iface.spec.mtu() && !iface.spec.mtuIgnore()) {
            process().event(new OspfEvent.Mismatch(iface.name(), rid, address, OspfEvent.Kind.MTU, iface.spec.mtu(), d.mtu()));
            return;
        }
        boolean dup = lastReceived != null && lastReceived.flags() == d.flags() && lastReceived.seq() == d.seq()
                && lastReceived.options() == d.options();
        switch (state) {
            case EXSTART -> {
                int self = process().routerId();
                if (d.init() && d.more() && d.master() && d.headers().isEmpty()
                        && Integer.compareUnsigned(rid, self) > 0) {
                    master = false;
                    ddSeq = d.seq();
                    negotiationDone();
                    acceptDbd(d);
                } else if (!d.init() && !d.master() && d.seq() == ddSeq && Integer.compareUnsigned(rid, self) < 0) {
                    master = true;
                    negotiationDone();
                    acceptDbd(d);
                }
            }
            case EXCHANGE -> {
                if (dup) {
                    if (!master && lastSent != null) {
                        sendDbd(lastSent, false);
                    }
                    return;
                }
                if (d.master() == master || d.init() || (lastReceived != null && lastReceived.options() != d.options())) {
                    seqMismatch();
                    return;
                }
                if (master ? d.seq() != ddSeq : d.seq() != ddSeq + 1) {
                    seqMismatch();
                    return;
                }
                acceptDbd(d);
            }
            case LOADING, FULL -> {
                if (dup) {
                    if (!master && lastSent != null) {
                        sendDbd(lastSent, false);
                    }
                    return;
                }
                seqMismatch();
            }
            default -> {
            }
        }
    }

    private void negotiationDone() {
        setState(NeighborState.EXCHANGE, OspfEvent.Reason.NEGOTIATION_DONE);
        summary.clear();
        summary.addAll(process().databaseSummary(iface));
    }

    private void acceptDbd(OspfPacket.Dbd d) {
        lastReceived = d;
        for (LsaHeader h : d.headers()) {
            if (!LsaType.known(h.type()) || h.type() == LsaType.AS_EXTERNAL && process().spec().isStub(iface.spec.areaId())) {
                seqMismatch();
                return;
            }
            LsaHeader mine = process().headerOf(iface, h.key());
            if (mine == null || h.compareRecency(mine) > 0) {
                requests.put(h.key(), h);
            }
        }
        if (master) {
            ddSeq++;
            if (summary.isEmpty() && !d.more() && lastSent != null && !lastSent.more()) {
                cancel(ddTimer);
                ddTimer = null;
                exchangeDone();
            } else {
                sendDbd(nextDbd(0), true);
            }
        } else {
            ddSeq = d.seq();
            OspfPacket.Dbd reply = nextDbd(0);
            sendDbd(reply, false);
            if (!d.more() && !reply.more()) {
                exchangeDone();
            }
        }
        sendRequests();
    }

    private OspfPacket.Dbd nextDbd(int extraFlags) {
        int room = (iface.spec.mtu() - 20 - OspfCodec.HEADER_LENGTH - 8 - iface.spec.auth().type().digestLength)
                / LsaHeader.LENGTH;
        room = Math.max(1, room);
        List<LsaHeader> hs = new ArrayList<>();
        while (!summary.isEmpty() && hs.size() < room) {
            LsaHeader h = summary.poll();
            LsaHeader now = process().headerOf(iface, h.key());
            if (now != null) {
                hs.add(now);
            }
        }
        int flags = extraFlags | (master ? OspfPacket.Dbd.MS : 0) | (summary.isEmpty() ? 0 : OspfPacket.Dbd.M);
        return new OspfPacket.Dbd(mtu(), process().options(iface.spec.areaId()), flags, ddSeq, hs);
    }

    private void exchangeDone() {
        if (requests.isEmpty()) {
            setState(NeighborState.FULL, OspfEvent.Reason.EXCHANGE_DONE);
        } else {
            setState(NeighborState.LOADING, OspfEvent.Reason.EXCHANGE_DONE);
        }
    }

    private void seqMismatch() {
        startExStart(OspfEvent.Reason.SEQ_MISMATCH);
    }

    // ------------------------------------------------------------------ requests (RFC 2328 10.9)

    private void sendRequests() {
        if (requests.isEmpty() || lsrTimer != null) {
            return;
        }
        List<LsaKey> keys = new ArrayList<>();
        int room = (iface.spec.mtu() - 20 - OspfCodec.HEADER_LENGTH - iface.spec.auth().type().digestLength) / 12;
        for (LsaKey k : requests.keySet()) {
            if (keys.size() >= room) {
                break;
            }
            keys.add(k);
        }
        process().send(iface, iface.unicastTo(this), new OspfPacket.LsRequest(keys));
        lsrTimer = sched().schedule(iface.spec.retransmitInterval() * 1000L, () -> {
            lsrTimer = null;
            if (state.atLeast(NeighborState.EXCHANGE)) {
                sendRequests();
            }
        });
    }

    /** A received LSA instance (same or newer than ours) satisfies a pending request. */
    void requestSatisfied(LsaHeader got) {
        LsaHeader want = requests.get(got.key());
        if (want != null && got.compareRecency(want) >= 0) {
            requests.remove(got.key());
            if (requests.isEmpty()) {
                cancel(lsrTimer);
                lsrTimer = null;
                if (state == NeighborState.LOADING) {
                    setState(NeighborState.FULL, OspfEvent.Reason.LOADING_DONE);
                }
            } else if (lsrTimer == null) {
                sendRequests();
            }
        }
    }

    boolean hasRequest(LsaKey k) {
        return requests.containsKey(k);
    }

    void receiveRequest(OspfPacket.LsRequest r) {
        if (!state.atLeast(NeighborState.EXCHANGE)) {
            return;
        }
        List<Lsa> out = new ArrayList<>();
        for (LsaKey k : r.keys()) {
            Lsa l = process().currentLsa(iface, k);
            if (l == null) {
                startExStart(OspfEvent.Reason.BAD_LS_REQ);
                return;
            }
            out.add(l);
        }
        process().sendUpdate(iface, iface.unicastTo(this), out);
    }

    // ------------------------------------------------------------------ retransmission (RFC 2328 13.6)

    void addRetransmit(Lsa lsa) {
        retransmit.put(lsa.key(), lsa);
        if (lsuTimer == null) {
            lsuTimer = sched().schedule(iface.spec.retransmitInterval() * 1000L, this::retransmitNow);
        }
    }

    private void retransmitNow() {
        lsuTimer = null;
        if (retransmit.isEmpty() || !state.atLeast(NeighborState.EXCHANGE)) {
            return;
        }
        List<Lsa> out = new ArrayList<>();
        int bytes = 0;
        for (Lsa l : retransmit.values()) {
            if (bytes + l.length() > iface.spec.mtu() - 100 && !out.isEmpty()) {
                break;
            }
            Lsa cur = process().currentLsa(iface, l.key());
            out.add(cur != null && cur.header().seq() == l.header().seq() ? cur : l);
            bytes += l.length();
        }
        process().sendUpdate(iface, iface.unicastTo(this), out);
        lsuTimer = sched().schedule(iface.spec.retransmitInterval() * 1000L, this::retransmitNow);
    }

    void removeRetransmit(LsaKey k) {
        retransmit.remove(k);
    }

    void receiveAck(OspfPacket.LsAck a) {
        if (!state.atLeast(NeighborState.EXCHANGE)) {
            return;
        }
        for (LsaHeader h : a.headers()) {
            Lsa l = retransmit.get(h.key());
            if (l != null && l.header().seq() == h.seq() && l.header().checksum() == h.checksum()) {
                retransmit.remove(h.key());
            }
        }
    }

    boolean master() {
        return master;
    }

    int ddSeq() {
        return ddSeq;
    }

    String describe() {
        return iosim.ospf.packet.Addr.format(rid) + "@" + iosim.ospf.packet.Addr.format(address) + " " + state;
    }
}
