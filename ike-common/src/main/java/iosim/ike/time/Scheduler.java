package iosim.ike.time;

/**
 * The clock and timer source the engine runs on. All callbacks run on the engine's single
 * thread (the caller of {@link #runDue()} for the virtual one, the event loop in production),
 * so the engine core needs no locks.
 */
public interface Scheduler {

    /** Current time in milliseconds (monotonic, arbitrary origin). */
    long nowMillis();

    /** Runs {@code task} once after {@code delayMillis}; the handle cancels it. */
    Timer schedule(long delayMillis, Runnable task);

    /** A scheduled task that can be cancelled. Cancelling twice or after it ran is harmless. */
    interface Timer {
        void cancel();
    }
}
