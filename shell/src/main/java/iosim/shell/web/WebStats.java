package iosim.shell.web;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The dashboard's counters: what was opened, closed, refused and dropped. Sockets and consoles
 * open now are the differences, so a test can see that nothing leaked.
 */
public final class WebStats {
    final AtomicLong httpRequests = new AtomicLong();
    final AtomicLong refused = new AtomicLong();
    final AtomicLong socketsOpened = new AtomicLong();
    final AtomicLong socketsClosed = new AtomicLong();
    final AtomicLong consolesOpened = new AtomicLong();
    final AtomicLong consolesClosed = new AtomicLong();
    final AtomicLong consolesRefused = new AtomicLong();
    final AtomicLong badFrames = new AtomicLong();
    final AtomicLong inputDropped = new AtomicLong();
    final AtomicLong updatesSent = new AtomicLong();
    final AtomicLong updatesSkipped = new AtomicLong();
    final AtomicLong samples = new AtomicLong();
    final AtomicLong sampleNanos = new AtomicLong();

    public long httpRequests() {
        return httpRequests.get();
    }

    /** Requests and WebSockets refused (no token, wrong password, too many). */
    public long refused() {
        return refused.get();
    }

    /** WebSockets (state and console) open now. */
    public long openSockets() {
        return socketsOpened.get() - socketsClosed.get();
    }

    public long socketsOpened() {
        return socketsOpened.get();
    }

    /** In-page consoles whose CLI session still runs. */
    public long openConsoles() {
        return consolesOpened.get() - consolesClosed.get();
    }

    public long consolesOpened() {
        return consolesOpened.get();
    }

    public long consolesRefused() {
        return consolesRefused.get();
    }

    /** Frames that were not what the socket takes (bad JSON, wrong type, binary on the state socket). */
    public long badFrames() {
        return badFrames.get();
    }

    /** Console keystroke frames dropped because the CLI was not reading (a paste flood). */
    public long inputDropped() {
        return inputDropped.get();
    }

    /** State messages written to pages. */
    public long updatesSent() {
        return updatesSent.get();
    }

    /** Updates not written to a page whose socket was full (it gets the whole state when it drains). */
    public long updatesSkipped() {
        return updatesSkipped.get();
    }

    /** Lab samples taken. */
    public long samples() {
        return samples.get();
    }

    /** Mean wall time of one lab sample (every router asked on its loop, the state built), in ms. */
    public double meanSampleMillis() {
        long n = samples.get();
        return n == 0 ? 0 : sampleNanos.get() / 1e6 / n;
    }

    @Override
    public String toString() {
        return "http=" + httpRequests() + " refused=" + refused() + " sockets open=" + openSockets() + "/"
                + socketsOpened() + " consoles open=" + openConsoles() + "/" + consolesOpened() + " refused="
                + consolesRefused() + " badFrames=" + badFrames() + " updates=" + updatesSent() + " skipped="
                + updatesSkipped();
    }
}
