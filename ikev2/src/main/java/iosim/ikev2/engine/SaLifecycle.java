package iosim.ikev2.engine;

import iosim.ike.time.Lifetime;
import iosim.ikev2.api.Datagram;
import iosim.ikev2.api.IkeEvent;
import iosim.ikev2.sa.ChildSa;
import iosim.ikev2.sa.ChildSaState;
import iosim.ikev2.sa.IkeSa;
import iosim.ikev2.sa.IkeSaState;
import iosim.ikev2.task.ChildCreateTask;
import iosim.ikev2.task.ChildDeleteTask;
import iosim.ikev2.task.DpdTask;
import iosim.ikev2.task.IkeDeleteTask;
import iosim.ikev2.task.IkeRekeyTask;
import java.util.ArrayList;

/**
 * What happens around an SA's life: establishing (events, lifetime, DPD and keepalive timers),
 * installing and removing Child SAs, failures, and tearing an IKE SA down. Timers only queue
 * tasks; the protocol work is in the tasks.
 */
public final class SaLifecycle {
    private SaLifecycle() {}

    public static void established(TaskManager tm) {
        IkeSa sa = tm.sa();
        EngineContext ctx = tm.context();
        sa.state = IkeSaState.ESTABLISHED;
        sa.establishedAt = ctx.now();
        sa.lastPeerActivity = ctx.now();
        if (sa.halfOpenTimer != null) {
            sa.halfOpenTimer.cancel();
            sa.halfOpenTimer = null;
        }
        scheduleIkeLifetime(tm);
        scheduleDpd(tm);
        scheduleKeepalive(tm);
        ctx.emit(new IkeEvent.IkeSaUp(sa.name(), sa.snapshot(ctx.now())));
    }

    /** Starts lifetime, DPD and keepalive timers of an SA that replaced a rekeyed one. */
    public static void startTimersAfterRekey(TaskManager tm) {
        IkeSa sa = tm.sa();
        sa.state = IkeSaState.ESTABLISHED;
        sa.establishedAt = tm.context().now();
        sa.lastPeerActivity = sa.establishedAt;
        scheduleIkeLifetime(tm);
        scheduleDpd(tm);
        scheduleKeepalive(tm);
    }

    private static long jittered(EngineContext ctx, Lifetime l) {
        long j = l.jitterMillis() > 0 ? (long) (ctx.random().nextDouble() * l.jitterMillis()) : 0;
        return Math.max(1, l.softMillis() - j);
    }

    static void scheduleIkeLifetime(TaskManager tm) {
        IkeSa sa = tm.sa();
        EngineContext ctx = tm.context();
        Lifetime l = sa.params.ikeLifetime();
        if (l.softMillis() > 0) {
            sa.rekeyTimer = ctx.scheduler().schedule(jittered(ctx, l), () -> {
                sa.rekeyTimer = null;
                if (sa.state == IkeSaState.ESTABLISHED) {
                    tm.queue(new IkeRekeyTask(tm));
                }
            });
        }
        if (l.hardMillis() > 0) {
            sa.hardTimer = ctx.scheduler().schedule(l.hardMillis(), () -> {
                sa.hardTimer = null;
                if (sa.state != IkeSaState.DESTROYED) {
                    failure(tm, null, false, "IKE SA hard lifetime expired");
                    tm.queue(new IkeDeleteTask(tm, "hard lifetime expired"));
                }
            });
        }
    }

    static void scheduleDpd(TaskManager tm) {
        IkeSa sa = tm.sa();
        EngineContext ctx = tm.context();
        if (!sa.params.dpd().enabled()) {
            return;
        }
        long interval = sa.params.dpd().intervalMillis();
        long idle = ctx.now() - sa.lastPeerActivity;
        long wait = Math.max(1, interval - idle);
        sa.dpdTimer = ctx.scheduler().schedule(wait, () -> {
            sa.dpdTimer = null;
            if (sa.state == IkeSaState.DESTROYED) {
                return;
            }
            if (ctx.now() - sa.lastPeerActivity >= interval && tm.activeTask() == null
                    && (sa.state == IkeSaState.ESTABLISHED)) {
                tm.useRetransmitForNext(sa.params.dpd().retransmit());
                tm.queue(new DpdTask(tm));
                sa.lastPeerActivity = ctx.now(); // next check one interval after this one
            }
            scheduleDpd(tm);
        });
    }

    static void scheduleKeepalive(TaskManager tm) {
        IkeSa sa = tm.sa();
        EngineContext ctx = tm.context();
        if (!sa.natLocal || sa.params.natKeepaliveMillis() <= 0) {
            return;
        }
        sa.keepaliveTimer = ctx.scheduler().schedule(sa.params.natKeepaliveMillis(), () -> {
            sa.keepaliveTimer = null;
            if (sa.state == IkeSaState.DESTROYED) {
                return;
            }
            ctx.send(Datagram.natKeepalive(sa.local, sa.remote));
            scheduleKeepalive(tm);
        });
    }

    public static void installChild(TaskManager tm, ChildSa child, ChildSa replaces) {
        IkeSa sa = tm.sa();
        EngineContext ctx = tm.context();
        sa.children.add(child);
        scheduleChildLifetime(tm, child);
        if (replaces == null) {
            ctx.emit(new IkeEvent.ChildSaInstalled(sa.name(), sa.localSpi(), child.keys));
        } else {
            ctx.emit(new IkeEvent.ChildSaRekeyed(sa.name(), sa.localSpi(), replaces.inboundSpi(), child.keys));
        }
    }

    /** (Re)starts the soft and hard timers of a Child SA on the IKE SA that now owns it. */
    public static void scheduleChildLifetime(TaskManager tm, ChildSa child) {
        EngineContext ctx = tm.context();
        child.cancelTimers();
        Lifetime l = child.keys.lifetime();
        long age = ctx.now() - child.createdAt;
        if (l.softMillis() > 0) {
            child.rekeyTimer = ctx.scheduler().schedule(Math.max(1, jittered(ctx, l) - age), () -> {
                child.rekeyTimer = null;
                if (child.state == ChildSaState.INSTALLED && tm.sa().children.contains(child)) {
                    tm.queue(ChildCreateTask.rekey(tm, child));
                }
            });
        }
        if (l.hardMillis() > 0) {
            child.hardTimer = ctx.scheduler().schedule(Math.max(1, l.hardMillis() - age), () -> {
                child.hardTimer = null;
                if (tm.sa().children.contains(child) && child.state != ChildSaState.DELETING) {
                    tm.queue(new ChildDeleteTask(tm, child, "hard lifetime expired"));
                }
            });
        }
    }

    /** Delay before a failed rekey is tried again (charon retries too; the hard lifetime still bounds it). */
    public static final long REKEY_RETRY_MILLIS = 30_000;

    /** A Child SA rekey failed: try again later unless the SA is gone by then. */
    public static void retryChildRekey(TaskManager tm, ChildSa child) {
        child.rekeyTimer = tm.context().scheduler().schedule(REKEY_RETRY_MILLIS, () -> {
            child.rekeyTimer = null;
            if (child.state == ChildSaState.INSTALLED && tm.sa().children.contains(child)
                    && tm.sa().state != IkeSaState.DESTROYED) {
                tm.queue(ChildCreateTask.rekey(tm, child));
            }
        });
    }

    /** An IKE SA rekey failed: try again later. */
    public static void retryIkeRekey(TaskManager tm) {
        IkeSa sa = tm.sa();
        sa.rekeyTimer = tm.context().scheduler().schedule(REKEY_RETRY_MILLIS, () -> {
            sa.rekeyTimer = null;
            if (sa.state == IkeSaState.ESTABLISHED) {
                tm.queue(new IkeRekeyTask(tm));
            }
        });
    }

    public static void removeChild(TaskManager tm, ChildSa child, String reason) {
        IkeSa sa = tm.sa();
        if (!sa.children.remove(child)) {
            return;
        }
        child.cancelTimers();
        child.state = ChildSaState.DELETED;
        tm.context().spis().releaseChildSpi(child.inboundSpi());
        tm.context().emit(new IkeEvent.ChildSaRemoved(sa.name(), sa.localSpi(), child.inboundSpi(),
                child.outboundSpi(), reason));
    }

    public static void failure(TaskManager tm, String notify, boolean sentByPeer, String reason) {
        IkeSa sa = tm.sa();
        tm.context().emit(new IkeEvent.Failure(sa.name(), sa.localSpi(), notify, sentByPeer, reason));
    }

    /** Tears the IKE SA down now: no more messages, Child SAs removed, SPIs released, IkeSaDown. */
    public static void destroy(TaskManager tm, String reason) {
        IkeSa sa = tm.sa();
        if (sa.state == IkeSaState.DESTROYED) {
            return;
        }
        EngineContext ctx = tm.context();
        tm.abort();
        sa.cancelTimers();
        for (ChildSa c : new ArrayList<>(sa.children)) {
            removeChild(tm, c, reason);
        }
        sa.state = IkeSaState.DESTROYED;
        ctx.unregister(sa);
        ctx.spis().releaseIkeSpi(sa.localSpi());
        sa.clearSetupMaterial();
        ctx.emit(new IkeEvent.IkeSaDown(sa.name(), sa.localSpi(), reason));
    }

    /** Moves the Child SAs of a rekeyed IKE SA to its successor (no dataplane change). */
    public static void moveChildren(TaskManager from, TaskManager to) {
        for (ChildSa c : new ArrayList<>(from.sa().children)) {
            from.sa().children.remove(c);
            to.sa().children.add(c);
            scheduleChildLifetime(to, c);
        }
    }
}
