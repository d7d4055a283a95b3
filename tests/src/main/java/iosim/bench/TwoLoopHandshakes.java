package iosim.bench;

import iosim.ike.crypto.RandomSource;
import iosim.ike.time.ExecutorScheduler;
import iosim.ike.net.Datagram;
import iosim.ikev2.api.IkeEvent;
import iosim.ikev2.api.IkeSessionParams;
import iosim.ikev2.api.KeyExchangeGroup;
import iosim.ikev2.api.EngineSettings;
import iosim.ikev2.engine.IkeEngine;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The form of strongSwan's anchor (two daemons on two cores): an initiator engine and a
 * responder engine, each on its own event loop thread with a real-time scheduler, datagrams
 * handed from one loop to the other. The initiator keeps {@code inFlight} handshakes
 * (IKE_SA_INIT + IKE_AUTH with the first Child SA) outstanding and starts a new one whenever one
 * completes; a round counts completions per wall second, and the CPU time both loops used.
 */
final class TwoLoopHandshakes implements AutoCloseable {

    /** One measured round. */
    record Round(long completed, long failed, double wallSeconds, double cpuSeconds) {
        double perWallSecond() {
            return completed / wallSeconds;
        }

        double perCpuSecond() {
            return completed / cpuSeconds;
        }
    }

    private final ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    private final ScheduledThreadPoolExecutor initiatorLoop = loop("ike-initiator");
    private final ScheduledThreadPoolExecutor responderLoop = loop("ike-responder");
    private final long[] threadIds = new long[2];
    private final AtomicLong completed = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final IkeSessionParams session;
    private final IkeEngine initiator;
    private final IkeEngine responder;
    private volatile boolean running = true;

    TwoLoopHandshakes(KeyExchangeGroup group) throws Exception {
        this.session = IkeBenchPeers.initiator(group);
        threadIds[0] = initiatorLoop.submit(() -> Thread.currentThread().getId()).get();
        threadIds[1] = responderLoop.submit(() -> Thread.currentThread().getId()).get();
        // each engine is built on its own loop, with its own DRBG, and only ever called there
        this.responder = responderLoop.submit(() -> {
            IkeEngine e = new IkeEngine(new ExecutorScheduler(responderLoop), RandomSource.secure(), 2,
                    this::toInitiator, ev -> { },
                    EngineSettings.DEFAULT.withCookieThreshold(Integer.MAX_VALUE));
            e.addPeer(IkeBenchPeers.responder(group));
            return e;
        }).get();
        this.initiator = initiatorLoop.submit(() -> new IkeEngine(new ExecutorScheduler(initiatorLoop),
                RandomSource.secure(), 1, this::toResponder, this::onInitiatorEvent, EngineSettings.DEFAULT)).get();
    }

    private static ScheduledThreadPoolExecutor loop(String name) {
        ScheduledThreadPoolExecutor e = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
        e.setRemoveOnCancelPolicy(true); // retransmission timers are cancelled on every response
        return e;
    }

    private void toResponder(Datagram d) {
        responderLoop.execute(() -> responder.receive(d));
    }

    private void toInitiator(Datagram d) {
        initiatorLoop.execute(() -> initiator.receive(d));
    }

    private void onInitiatorEvent(IkeEvent e) {
        if (e instanceof IkeEvent.ChildSaInstalled) {
            completed.incrementAndGet();
            startNext();
        } else if (e instanceof IkeEvent.Failure) {
            failed.incrementAndGet();
            startNext();
        }
    }

    /** Queued behind the current event, not run inside the engine's call. */
    private void startNext() {
        if (running) {
            initiatorLoop.execute(() -> initiator.initiate(session));
        }
    }

    /** Starts {@code inFlight} handshakes; from then on each completion starts another. */
    void start(int inFlight) {
        initiatorLoop.execute(() -> {
            for (int i = 0; i < inFlight; i++) {
                initiator.initiate(session);
            }
        });
    }

    /** Counts what completes during the next {@code millis}. */
    Round measure(long millis) throws InterruptedException {
        long c0 = completed.get();
        long f0 = failed.get();
        long cpu0 = loopCpuNanos();
        long t0 = System.nanoTime();
        Thread.sleep(millis);
        long c1 = completed.get();
        long f1 = failed.get();
        long cpu1 = loopCpuNanos();
        long t1 = System.nanoTime();
        return new Round(c1 - c0, f1 - f0, (t1 - t0) / 1e9, Math.max(1, cpu1 - cpu0) / 1e9);
    }

    private long loopCpuNanos() {
        return cpu.getThreadCpuTime(threadIds[0]) + cpu.getThreadCpuTime(threadIds[1]);
    }

    /** IKE SAs each engine holds, read on its own loop. */
    int[] ikeSaCounts() throws Exception {
        return new int[] {initiatorLoop.submit(initiator::ikeSaCount).get(),
            responderLoop.submit(responder::ikeSaCount).get()};
    }

    @Override
    public void close() {
        running = false;
        initiatorLoop.shutdownNow();
        responderLoop.shutdownNow();
        try {
            initiatorLoop.awaitTermination(10, TimeUnit.SECONDS);
            responderLoop.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
