package iosim.ike.time;

import java.util.PriorityQueue;

/**
 * Virtual time for tests and benchmarks: nothing runs until {@link #advance(long)} or
 * {@link #runDue()} is called, and time only moves when asked. Tasks due at the same instant
 * run in the order they were scheduled.
 */
public final class VirtualScheduler implements Scheduler {
    private final PriorityQueue<Entry> queue = new PriorityQueue<>();
    private long now;
    private long sequence;

    public VirtualScheduler() {
        this(0);
    }

    public VirtualScheduler(long startMillis) {
        this.now = startMillis;
    }

    @Override
    public long nowMillis() {
        return now;
    }

    @Override
    public Timer schedule(long delayMillis, Runnable task) {
        Entry e = new Entry(now + Math.max(0, delayMillis), sequence++, task);
        queue.add(e);
        return e;
    }

    /** Runs every task that is due now (including ones they schedule for now). Returns how many ran. */
    public int runDue() {
        int ran = 0;
        while (!queue.isEmpty() && queue.peek().due <= now) {
            Entry e = queue.poll();
            if (!e.cancelled) {
                ran++;
                e.task.run();
            }
        }
        return ran;
    }

    /** Moves time forward by {@code millis}, running each task at its own due time. */
    public void advance(long millis) {
        long target = now + millis;
        while (true) {
            Entry next = peekLive();
            if (next == null || next.due > target) {
                break;
            }
            now = Math.max(now, next.due);
            runDue();
        }
        now = target;
        runDue();
    }

    /** Time of the next live task, or -1 when none is pending. */
    public long nextDue() {
        Entry e = peekLive();
        return e == null ? -1 : e.due;
    }

    /** Number of live pending tasks. */
    public int pending() {
        int n = 0;
        for (Entry e : queue) {
            if (!e.cancelled) {
                n++;
            }
        }
        return n;
    }

    private Entry peekLive() {
        while (!queue.isEmpty() && queue.peek().cancelled) {
            queue.poll();
        }
        return queue.peek();
    }

    private static final class Entry implements Comparable<Entry>, Timer {
        final long due;
        final long seq;
        final Runnable task;
        boolean cancelled;

        Entry(long due, long seq, Runnable task) {
            this.due = due;
            this.seq = seq;
            this.task = task;
        }

        @Override
        public void cancel() {
            cancelled = true;
        }

        @Override
        public int compareTo(Entry o) {
            int c = Long.compare(due, o.due);
            return c != 0 ? c : Long.compare(seq, o.seq);
        }
    }
}
