package iosim.ospf;

import iosim.ospf.packet.Lsa;
import iosim.ospf.packet.LsaHeader;
import iosim.ospf.packet.LsaType;
import iosim.ospf.packet.OspfPacket;
import java.util.ArrayList;
import java.util.List;

/** Receiving link-state updates and flooding them on (RFC 2328 13, 13.3, 13.5). */
final class Flooding {
    private final OspfProcess p;

    Flooding(OspfProcess p) {
        this.p = p;
    }

    void receiveUpdate(Iface in, Neighbor from, OspfPacket.LsUpdate u) {
        if (!from.state.atLeast(NeighborState.EXCHANGE)) {
            return;
        }
        long now = p.scheduler().nowMillis();
        List<LsaHeader> acks = new ArrayList<>();
        boolean stub = p.spec().isStub(in.spec.areaId());
        for (Lsa lsa : u.lsas()) {
            LsaHeader h = lsa.header();
            if (!lsa.checksumOk() || !LsaType.known(h.type()) || h.type() == LsaType.AS_EXTERNAL && stub) {
                continue;
            }
            Lsdb db = p.dbFor(in, h.type());
            Lsdb.Entry cur = db.get(h.key());
            if (h.age() >= LsaHeader.MAX_AGE && cur == null && !anyExchanging()) {
                acks.add(h);
                continue;
            }
            LsaHeader curH = cur == null ? null : cur.header(now);
            int cmp = curH == null ? 1 : h.compareRecency(curH);
            if (cmp > 0) {
                if (cur != null && now - cur.installedMillis < OspfProcess.MIN_LS_ARRIVAL
                        && !p.selfOriginated(h.key())) {
                    continue;
                }
                from.requestSatisfied(h);
                boolean floodedBack = flood(h.type() == LsaType.AS_EXTERNAL ? -1 : in.spec.areaId(), lsa, in, from);
                removeFromRetransmitLists(h);
                p.install(db, lsa);
                if (!floodedBack) {
                    acks.add(h);
                }
                if (p.selfOriginated(h.key())) {
                    p.origination().receivedOwn(in.spec.areaId(), lsa);
                }
                continue;
            }
            if (from.hasRequest(h.key())) {
                from.requestSatisfied(h);
                continue;
            }
            if (cmp == 0) {
                if (from.retransmit.containsKey(h.key())) {
                    from.removeRetransmit(h.key()); // implied acknowledgement
                } else {
                    p.send(in, in.unicastTo(from), new OspfPacket.LsAck(List.of(h)));
                }
                continue;
            }
            if (curH.age() >= LsaHeader.MAX_AGE && curH.seq() == LsaHeader.MAX_SEQ) {
                continue;
            }
            p.sendUpdate(in, in.unicastTo(from), List.of(cur.current(now)));
        }
        if (!acks.isEmpty()) {
            p.send(in, in.floodDestination(), new OspfPacket.LsAck(acks));
        }
    }

    private boolean anyExchanging() {
        for (Iface i : p.ifaces().values()) {
            for (Neighbor n : i.neighbors.values()) {
                if (n.state == NeighborState.EXCHANGE || n.state == NeighborState.LOADING) {
                    return true;
                }
            }
        }
        return false;
    }

    private void removeFromRetransmitLists(LsaHeader h) {
        for (Iface i : p.ifaces().values()) {
            for (Neighbor n : i.neighbors.values()) {
                n.removeRetransmit(h.key());
            }
        }
    }

    /**
     * Floods {@code lsa} (area {@code area}, or -1 for AS scope) out every eligible interface;
     * {@code in}/{@code from} are where it came from (null when self-originated). Returns whether
     * it went back out the receiving interface.
     */
    boolean flood(int area, Lsa lsa, Iface in, Neighbor from) {
        boolean floodedBack = false;
        for (Iface i : p.ifaces().values()) {
            if (i.state == InterfaceState.DOWN || i.state == InterfaceState.LOOPBACK || i.spec.passive()) {
                continue;
            }
            if (area >= 0 ? i.spec.areaId() != area : p.spec().isStub(i.spec.areaId())) {
                continue;
            }
            boolean added = false;
            for (Neighbor n : i.neighbors.values()) {
                if (!n.state.atLeast(NeighborState.EXCHANGE)) {
                    continue;
                }
                if (n.state != NeighborState.FULL && n.hasRequest(lsa.key())) {
                    LsaHeader want = n.requests.get(lsa.key());
                    int c = lsa.header().compareRecency(want);
                    if (c < 0) {
                        continue;
                    }
                    n.requestSatisfied(lsa.header());
                    if (c == 0) {
                        continue;
                    }
                }
                if (n == from) {
                    continue;
                }
                n.addRetransmit(lsa);
                added = true;
            }
            if (!added) {
                continue;
            }
            if (i == in && from != null && (from.address == i.dr || from.address == i.bdr) && i.broadcast()) {
                continue;
            }
            if (i == in && i.isBdr()) {
                continue;
            }
            if (i == in) {
                floodedBack = true;
            }
            p.sendUpdate(i, i.floodDestination(), List.of(lsa));
        }
        return floodedBack;
    }
}
