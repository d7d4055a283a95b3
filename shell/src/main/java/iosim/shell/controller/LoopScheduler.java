package iosim.shell.controller;

import io.netty.channel.EventLoop;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/** An OSPF {@link iosim.ospf.Scheduler} on the router's event loop; a task that throws is reported, never fatal. */
final class LoopScheduler implements iosim.ospf.Scheduler {
    private final EventLoop loop;
    private final Consumer<Throwable> errors;

    LoopScheduler(EventLoop loop, Consumer<Throwable> errors) {
        this.loop = loop;
        this.errors = errors;
    }

    @Override
    public long nowMillis() {
        return System.nanoTime() / 1_000_000L;
    }

    @Override
    public Timer schedule(long delayMillis, Runnable task) {
        io.netty.util.concurrent.ScheduledFuture<?> f = loop.schedule(() -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                errors.accept(e);
            }
        }, Math.max(0, delayMillis), TimeUnit.MILLISECONDS);
        return () -> f.cancel(false);
    }
}
