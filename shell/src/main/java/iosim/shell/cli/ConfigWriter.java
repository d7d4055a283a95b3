package iosim.shell.cli;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The one writer of a router's running-config: every session (stdin or JLine console, each SSH
 * vty, the startup-config load at boot) applies its lines, and every reader that walks the model
 * (show running-config, show commands, write memory) reads it, while holding this lock. Lines are
 * applied whole and one at a time, in the order the sessions reach the lock (fair: first come,
 * first served), and each session gets its own answer back. Configuration listeners (the
 * controller's compiler) run inside it, on the writing thread.
 *
 * <p>The router's event loop never takes it, so a holder may wait (bounded) for the loop.
 *
 * <p>{@link #afterEachWrite} hooks run when the outermost holder is about to release it (after
 * each typed line, after a whole startup-config load), still under the lock: the controller
 * compiles there once what the line (or the boot) changed.
 */
public final class ConfigWriter {
    private final ReentrantLock lock = new ReentrantLock(true);
    private final List<Runnable> afterEach = new CopyOnWriteArrayList<>();

    /** Runs {@code hook} under the lock each time the outermost holder finishes. */
    public void afterEachWrite(Runnable hook) {
        afterEach.add(hook);
    }

    /** Runs {@code work} as the only writer/reader of the running-config and returns its result. */
    public <T> T locked(Supplier<T> work) {
        lock.lock();
        try {
            T result = work.get();
            finish();
            return result;
        } finally {
            lock.unlock();
        }
    }

    /** {@link #locked(Supplier)} without a result. */
    public void locked(Runnable work) {
        lock.lock();
        try {
            work.run();
            finish();
        } finally {
            lock.unlock();
        }
    }

    private void finish() {
        if (lock.getHoldCount() == 1) {
            for (Runnable r : afterEach) {
                r.run();
            }
        }
    }

    /** True when the calling thread holds the lock. */
    public boolean heldByMe() {
        return lock.isHeldByCurrentThread();
    }
}
