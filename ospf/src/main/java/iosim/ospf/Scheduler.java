package iosim.ospf;

/**
 * The clock and timers an OSPF process runs on. Every callback runs on the process's one thread
 * (the router's event loop, or the caller of {@link VirtualScheduler#advance} in tests), so the
 * process needs no locks.
 */
public interface Scheduler {
    /** Monotonic milliseconds, arbitrary origin. */
    long nowMillis();

    /** Runs {@code task} once after {@code delayMillis}. */
    Timer schedule(long delayMillis, Runnable task);

    /** A pending task; cancelling twice or after it ran is harmless. */
    interface Timer {
        void cancel();
    }
}
