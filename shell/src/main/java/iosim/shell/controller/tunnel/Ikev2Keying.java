package iosim.shell.controller.tunnel;

import iosim.ikev2.api.IkeEvent;
import iosim.ikev2.engine.IkeEngine;
import java.util.function.Consumer;

/**
 * IKEv2 as a tunnel's {@link Keying}: wraps the router's {@link IkeEngine} (SA ids are our IKE
 * SPIs) and turns its events into {@link KeyingEvent}s for {@code sink}.
 */
public final class Ikev2Keying implements Keying {
    private IkeEngine ike;

    /** The engine (created after the keying, as it reports to it). */
    public void setEngine(IkeEngine ike) {
        this.ike = ike;
    }

    public IkeEngine engine() {
        return ike;
    }

    @Override
    public void configure(PeerIntent p) {
        ike.addPeer(p.params());
        ike.setResponderChildren(p.sessionName(), p.templates());
    }

    @Override
    public void remove(String session) {
        ike.removePeer(session);
    }

    @Override
    public long start(PeerIntent p, PeerIntent.Flow flow) {
        return ike.initiate(p.params().withChild(flow.child()));
    }

    @Override
    public void addChild(long saId, PeerIntent.Flow flow) {
        ike.createChild(saId, flow.child());
    }

    @Override
    public void rekeyChild(long saId, int inboundSpi) {
        ike.rekeyChild(saId, inboundSpi);
    }

    @Override
    public void deleteChild(long saId, int inboundSpi) {
        ike.deleteChild(saId, inboundSpi);
    }

    @Override
    public void deleteSa(long saId) {
        ike.deleteIke(saId);
    }

    @Override
    public void dpd(long saId) {
        ike.dpd(saId);
    }

    /**
     * {@code clear crypto session [remote A]} / {@code clear crypto ikev2 sa}: deletes every IKE SA
     * (with that peer; null: all), with a Delete; returns how many.
     */
    public int clearSas(Integer remoteOrNull) {
        int n = 0;
        for (iosim.ikev2.api.IkeSaSnapshot s : ike.snapshots()) {
            if (remoteOrNull == null || Addresses.bits(s.remoteAddress().getAddress()) == remoteOrNull) {
                ike.deleteIke(s.localSpi());
                n++;
            }
        }
        return n;
    }

    /** The engine's event as a keying event (null for the ones only debug and statistics read). */
    public static KeyingEvent map(IkeEvent e) {
        if (e instanceof IkeEvent.IkeSaUp u) {
            return new KeyingEvent.SaUp(u.sessionName(), u.sa().localSpi(), u.sa().remoteAddress(),
                    u.sa().remoteId() == null ? null : u.sa().remoteId().toString());
        } else if (e instanceof IkeEvent.IkeSaRekeyed r) {
            return new KeyingEvent.SaRekeyed(r.sessionName(), r.oldLocalSpi(), r.sa().localSpi());
        } else if (e instanceof IkeEvent.IkeSaDown d) {
            return new KeyingEvent.SaDown(d.sessionName(), d.localSpi(), d.reason());
        } else if (e instanceof IkeEvent.ChildSaInstalled c) {
            return new KeyingEvent.ChildUp(c.sessionName(), c.ikeLocalSpi(), c.keys(), 0);
        } else if (e instanceof IkeEvent.ChildSaRekeyed c) {
            return new KeyingEvent.ChildUp(c.sessionName(), c.ikeLocalSpi(), c.keys(), c.oldInboundSpi());
        } else if (e instanceof IkeEvent.ChildSaRemoved c) {
            return new KeyingEvent.ChildDown(c.sessionName(), c.ikeLocalSpi(), c.inboundSpi());
        } else if (e instanceof IkeEvent.Failure f) {
            return new KeyingEvent.Failed(f.sessionName(), (f.notifyName() == null ? "" : f.notifyName() + ": ")
                    + f.reason());
        }
        return null;
    }

    /** A listener for the engine: {@code observer} (debug, statistics) first, then the mapped event to {@code sink}. */
    public static iosim.ikev2.api.IkeEventListener listener(Consumer<IkeEvent> observer, Consumer<KeyingEvent> sink) {
        return e -> {
            observer.accept(e);
            KeyingEvent k = map(e);
            if (k != null) {
                sink.accept(k);
            }
        };
    }
}
