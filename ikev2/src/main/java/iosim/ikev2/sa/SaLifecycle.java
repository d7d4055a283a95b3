package iosim.ikev2.sa;

import iosim.ike.time.Lifetime;
import iosim.ike.time.Scheduler;
import iosim.ike.net.Datagram;
import iosim.ikev2.api.IkeEvent;
import java.util.ArrayList;

/**
 * What happens around one IKE SA's life: establishing (events, lifetime, DPD and keepalive
 * timers), installing and removing Child SAs, failures, and tearing the SA down. One per
 * {@link TaskManager}. Timers only queue tasks (made by the engine's {@link TaskFactory}); the
 * protocol work is in the tasks.
 */
public final class SaLifecycle {
    private final TaskManager tm;
    private Scheduler.Timer rekeyTimer;
    private Scheduler.Timer hardTimer;
    private Scheduler.Timer dpdTimer;
    private Scheduler.Timer keepaliveTimer;
    private Scheduler.Timer halfOpenTimer;

    SaLifecycle(TaskManager tm) {
        this.tm = tm;
    }

    /** Cancels the IKE SA's timers (rekey, hard lifetime, DPD, keepalive, half-open). */
    public void cancelTimers() {
        for (Scheduler.Timer t : new Scheduler.Timer[] {rekeyTimer, hardTimer, dpdTimer, keepaliveTimer, halfOpenTimer}) {
            if (t != null) {
                t.cancel();
            }
        }
        rekeyTimer = hardTimer = dpdTimer = keepaliveTimer = halfOpenTimer = null;
    }

    /** A responder's half-open SA is destroyed unless IKE_AUTH completes within the engine's half-open timeout. */
    public void startHalfOpenTimer() {
        IkeSa sa = tm.sa();
        EngineContext ctx = tm.context();
        long timeout = ctx.settings().halfOpenTimeoutMillis();
        halfOpenTimer = ctx.scheduler().schedule(timeout, () -> {
            halfOpenTimer = null;
            if (sa.state() == IkeSaState.CONNECTING) {
                failure(null, false, "no IKE_AUTH from " + sa.remote().getAddress().getHostAddress()
                        + " within " + timeout / 1000 + " s");
                destroy("half-open SA timed out");
            }
        });
    }

    private TaskFactory tasks() {
        return tm.context().tasks();
    }

    public void established() {
        IkeSa sa = tm.sa();
        EngineContext ctx = tm.context();
        sa.markEstablished(ctx.now());
        if (halfOpenTimer != null) {
            halfOpenTimer.cancel();
            halfOpenTimer = null;
        }
        scheduleIkeLifetime();
        scheduleDpd();
        scheduleKeepalive();
        ctx.emit(new IkeEvent.IkeSaUp(sa.name(), sa.snapshot(ctx.now())));
    }

    /** Starts lifetime, DPD and keepalive timers of an SA that replaced a rekeyed one. */
    public void startTimersAfterRekey() {
        IkeSa sa = tm.sa();
        sa.markEstablished(tm.context().now());
        scheduleIkeLifetime();
        scheduleDpd();
        scheduleKeepalive();
    }

    private static long jittered(EngineContext ctx, Lifetime l) {
        long j = l.jitterMillis() > 0 ? (long) (ctx.random().nextDouble() * l.jitterMillis()) : 0;
        return Math.max(1, l.softMillis() - j);
    }

    void scheduleIkeLifetime() {
        IkeSa sa = tm.sa();
        EngineContext ctx = tm.context();
        Lifetime l = sa.params().ikeLifetime();
        if (l.softMillis() > 0) {
            rekeyTimer = ctx.scheduler().schedule(jittered(ctx, l), () -> {
                rekeyTimer = null;
                if (sa.state() == IkeSaState.ESTABLISHED) {
                    tm.queue(tasks().ikeRekey(tm));
                }
            });
        }
        if (l.hardMillis() > 0) {
            hardTimer = ctx.scheduler().schedule(l.hardMillis(), () -> {
                hardTimer = null;
                if (sa.state() != IkeSaState.DESTROYED) {
                    failure(null, false, "IKE SA hard lifetime expired");
                    tm.queue(tasks().ikeDelete(tm, "hard lifetime expired"));
                }
            });
        }
    }

    void scheduleDpd() {
        IkeSa sa = tm.sa();
        EngineContext ctx = tm.context();
        if (!sa.params().dpd().enabled()) {
            return;
        }
        long interval = sa.params().dpd().intervalMillis();
        long idle = ctx.now() - sa.lastPeerActivity();
        long wait = Math.max(1, interval - idle);
        dpdTimer = ctx.scheduler().schedule(wait, () -> {
            dpdTimer = null;
            if (sa.state() == IkeSaState.DESTROYED) {
                return;
            }
            if (ctx.now() - sa.lastPeerActivity() >= interval && tm.activeTask() == null
                    && (sa.state() == IkeSaState.ESTABLISHED)) {
                tm.useRetransmitForNext(sa.params().dpd().retransmit());
                tm.queue(tasks().dpd(tm));
                sa.setLastPeerActivity(ctx.now()); // next check one interval after this one
            }
            scheduleDpd();
        });
    }

    void scheduleKeepalive() {
        IkeSa sa = tm.sa();
        EngineContext ctx = tm.context();
        if (!sa.natLocal() || sa.params().natKeepaliveMillis() <= 0) {
            return;
        }
        keepaliveTimer = ctx.scheduler().schedule(sa.params().natKeepaliveMillis(), () -> {
            keepaliveTimer = null;
            if (sa.state() == IkeSaState.DESTROYED) {
                return;
            }
            ctx.send(Datagram.natKeepalive(sa.local(), sa.remote()));
            scheduleKeepalive();
        });
    }

    public void installChild(ChildSa child, ChildSa replaces) {
        IkeSa sa = tm.sa();
        EngineContext ctx = tm.context();
        sa.addChild(child);
        scheduleChildLifetime(child);
        if (replaces == null) {
            ctx.emit(new IkeEvent.ChildSaInstalled(sa.name(), sa.localSpi(), child.keys));
        } else {
            ctx.emit(new IkeEvent.ChildSaRekeyed(sa.name(), sa.localSpi(), replaces.inboundSpi(), child.keys));
        }
    }

    /** (Re)starts the soft and hard timers of a Child SA on the IKE SA that now owns it. */
    public void scheduleChildLifetime(ChildSa child) {
        EngineContext ctx = tm.context();
        child.cancelTimers();
        Lifetime l = child.keys.lifetime();
        long age = ctx.now() - child.createdAt;
        if (l.softMillis() > 0) {
            child.rekeyTimer = ctx.scheduler().schedule(Math.max(1, jittered(ctx, l) - age), () -> {
                child.rekeyTimer = null;
                if (child.state == ChildSaState.INSTALLED && tm.sa().hasChild(child)) {
                    tm.queue(tasks().childRekey(tm, child));
                }
            });
        }
        if (l.hardMillis() > 0) {
            child.hardTimer = ctx.scheduler().schedule(Math.max(1, l.hardMillis() - age), () -> {
                child.hardTimer = null;
                if (tm.sa().hasChild(child) && child.state != ChildSaState.DELETING) {
                    tm.queue(tasks().childDelete(tm, child, "hard lifetime expired"));
                }
            });
        }
    }

    /** Delay before a failed rekey is tried again (charon retries too; the hard lifetime still bounds it). */
    public static final long REKEY_RETRY_MILLIS = 30_000;

    /** A Child SA rekey failed: try again later unless the SA is gone by then. */
    public void retryChildRekey(ChildSa child) {
        child.rekeyTimer = tm.context().scheduler().schedule(REKEY_RETRY_MILLIS, () -> {
            child.rekeyTimer = null;
            if (child.state == ChildSaState.INSTALLED && tm.sa().hasChild(child)
                    && tm.sa().state() != IkeSaState.DESTROYED) {
                tm.queue(tasks().childRekey(tm, child));
            }
        });
    }

    /** An IKE SA rekey failed: try again later. */
    public void retryIkeRekey() {
        IkeSa sa = tm.sa();
        rekeyTimer = tm.context().scheduler().schedule(REKEY_RETRY_MILLIS, () -> {
            rekeyTimer = null;
            if (sa.state() == IkeSaState.ESTABLISHED) {
                tm.queue(tasks().ikeRekey(tm));
            }
        });
    }

    public void removeChild(ChildSa child, String reason) {
        IkeSa sa = tm.sa();
        if (!sa.removeChild(child)) {
            return;
        }
        child.cancelTimers();
        child.state = ChildSaState.DELETED;
        tm.context().spis().releaseChildSpi(child.inboundSpi());
        tm.context().emit(new IkeEvent.ChildSaRemoved(sa.name(), sa.localSpi(), child.inboundSpi(),
                child.outboundSpi(), reason));
    }

    public void failure(String notify, boolean sentByPeer, String reason) {
        IkeSa sa = tm.sa();
        tm.context().emit(new IkeEvent.Failure(sa.name(), sa.localSpi(), notify, sentByPeer, reason));
    }

    /** Tears the IKE SA down now: no more messages, Child SAs removed, SPIs released, IkeSaDown. */
    public void destroy(String reason) {
        IkeSa sa = tm.sa();
        if (sa.state() == IkeSaState.DESTROYED) {
            return;
        }
        EngineContext ctx = tm.context();
        tm.abort();
        cancelTimers();
        for (ChildSa c : new ArrayList<>(sa.children())) {
            removeChild(c, reason);
        }
        sa.setState(IkeSaState.DESTROYED);
        try {
            sa.releaseRemoteAccess();
        } catch (RuntimeException ignored) {
            // the owner's bug must not stop the teardown
        }
        ctx.unregister(sa);
        ctx.spis().releaseIkeSpi(sa.localSpi());
        sa.clearSetupMaterial();
        ctx.emit(new IkeEvent.IkeSaDown(sa.name(), sa.localSpi(), reason));
    }

    /** Moves the Child SAs of a rekeyed IKE SA to its successor (no dataplane change). */
    public void moveChildrenTo(TaskManager to) {
        for (ChildSa c : new ArrayList<>(tm.sa().children())) {
            tm.sa().removeChild(c);
            to.sa().addChild(c);
            to.lifecycle().scheduleChildLifetime(c);
        }
    }
}
