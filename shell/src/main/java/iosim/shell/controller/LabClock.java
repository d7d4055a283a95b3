package iosim.shell.controller;

import io.netty.util.concurrent.EventExecutor;
import iosim.ike.time.Scheduler;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.TimeUnit;

/**
 * One virtual clock for a whole in-JVM lab (issue 17 item 5): every router's protocol timers
 * (IKE retransmission, lifetimes, rekeys, DPD, VTI starts, the dataplane's SA lifetimes) read
 * this clock and run only when a test {@link #advance advances} it, each on its own router's loop.
 * Packets still flow at once; after each timer the clock waits until every loop has worked off
 * what that timer set moving ({@link #SETTLE_ROUNDS} rounds of a barrier on every loop), so a
 * test's outcome does not depend on how busy the machine is. Thread-safe.
 *
 * <p>Use: {@code RouterRuntime.create(path, group, clock)} with {@code clock.on(loop)} per router
 * (see {@link RouterRuntime#create(java.nio.file.Path, io.netty.channel.EventLoopGroup, LabClock)}).
 */
public final class LabClock {
    /** Barrier rounds over all loops after each timer: enough hops for a request, its answer and ARP. */
    static final int SETTLE_ROUNDS = 8;

    private record Entry(long due, long seq, EventExecutor loop, Runnable task, Cancel cancel)
            implements Comparable<Entry> {
        @Override
        public int compareTo(Entry o) {
            return due != o.due ? Long.compare(due, o.due) : Long.compare(seq, o.seq);
        }
    }

    private static final class Cancel implements Scheduler.Timer {
        volatile boolean cancelled;

        @Override
        public void cancel() {
            cancelled = true;
        }
    }

    private final PriorityQueue<Entry> queue = new PriorityQueue<>();
    private final List<EventExecutor> loops = new ArrayList<>();
    private long seq;
    private volatile long now;

    public LabClock(long startMillis) {
        this.now = startMillis;
    }

    public long nowMillis() {
        return now;
    }

    /** The scheduler of a router running on {@code loop}. */
    public synchronized Scheduler on(EventExecutor loop) {
        if (!loops.contains(loop)) {
            loops.add(loop);
        }
        return new Scheduler() {
            @Override
            public long nowMillis() {
                return now;
            }

            @Override
            public Timer schedule(long delayMillis, Runnable task) {
                Cancel c = new Cancel();
                synchronized (LabClock.this) {
                    queue.add(new Entry(now + Math.max(0, delayMillis), seq++, loop, task, c));
                }
                return c;
            }
        };
    }

    private synchronized Entry nextDue(long target) {
        while (!queue.isEmpty() && queue.peek().cancel().cancelled) {
            queue.poll();
        }
        return queue.isEmpty() || queue.peek().due() > target ? null : queue.poll();
    }

    /**
     * Moves lab time forward by {@code millis}: each timer due meanwhile runs at its own time on its
     * router's loop, and the lab settles after it.
     */
    public void advance(long millis) {
        long target = now + millis;
        settle();
        for (Entry e; (e = nextDue(target)) != null; ) {
            now = Math.max(now, e.due());
            Entry run = e;
            await(e.loop(), () -> {
                if (!run.cancel().cancelled) {
                    run.task().run();
                }
            });
            settle();
        }
        now = target;
    }

    /** Waits until every loop has worked off what is queued on it, {@link #SETTLE_ROUNDS} times over. */
    public void settle() {
        List<EventExecutor> all;
        synchronized (this) {
            all = new ArrayList<>(loops);
        }
        for (int i = 0; i < SETTLE_ROUNDS; i++) {
            for (EventExecutor l : all) {
                await(l, () -> { });
            }
        }
    }

    private static void await(EventExecutor loop, Runnable r) {
        if (loop.isShuttingDown()) {
            return;
        }
        try {
            loop.submit(r).get(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (Exception e) {
            throw new IllegalStateException("a lab router's loop did not answer", e);
        }
    }
}
