package iosim.shell.web;

import iosim.shell.lab.RunningLab;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Watches a running lab for the pages: samples it on its own thread every {@code intervalMillis}
 * and hands each sample to the {@link StateHub}, which pushes only changes. The routers' loops
 * are only asked for snapshots; a slow or dead router never stops the lab or the watching.
 */
final class LabMonitor implements AutoCloseable {
    /** The default sampling interval: changes reach the page within about this long. */
    static final long DEFAULT_INTERVAL_MILLIS = 200;

    private final LabSampler sampler;
    private final StateHub hub;
    private final WebStats stats;
    private final ScheduledExecutorService timer;

    LabMonitor(RunningLab lab, StateHub hub, WebStats stats, long intervalMillis) {
        this.sampler = new LabSampler(lab);
        this.hub = hub;
        this.stats = stats;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "web-monitor");
            t.setDaemon(true);
            return t;
        });
        sampleOnce();
        timer.scheduleWithFixedDelay(this::sampleOnce, intervalMillis, intervalMillis, TimeUnit.MILLISECONDS);
    }

    private void sampleOnce() {
        try {
            long t0 = System.nanoTime();
            LabState s = sampler.sample();
            stats.sampleNanos.addAndGet(System.nanoTime() - t0);
            stats.samples.incrementAndGet();
            hub.publish(s);
        } catch (RuntimeException e) {
            // a lab being stopped or reconfigured: the next sample tries again
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
