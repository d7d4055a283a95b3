package iosim.ospf;

import java.util.PriorityQueue;

/**
 * Virtual time for tests and benchmarks: tasks run only inside {@link #advance}, each at its own
 * due time, in scheduling order for equal times. One instance may drive many processes (a whole
 * simulated area on one thread).
 */
public final class VirtualScheduler implements Scheduler {
    private final PriorityQueue<Entry> queue = new PriorityQueue<>();
    private long now;
    private long sequence;
    private long ran;

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

    /** Moves time forward by {@code millis}, running every task due on the way. */
    public void advance(long millis) {
        long target = now + millis;
        while (!queue.isEmpty() && queue.peek().due <= target) {
            Entry e = queue.poll();
            if (e.cancelled) {
                continue;
            }
            now = Math.max(now, e.due);
            ran++;
            e.task.run();
        }
        now = target;
    }

    /** Tasks run so far. */
    public long tasksRun() {
        return ran;
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
