package iosim.bench;

import iosim.ike.crypto.RandomSource;
import iosim.ike.time.VirtualScheduler;
import iosim.ike.net.Datagram;
import iosim.ikev2.api.IkeEvent;
import iosim.ikev2.api.IkeSessionParams;
import iosim.ikev2.api.KeyExchangeGroup;
import iosim.ikev2.api.EngineSettings;
import iosim.ikev2.engine.IkeEngine;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * IKEv2 engine figures: full IKE_SA_INIT + IKE_AUTH handshakes (with the first Child SA) per
 * second between two engines in one JVM, for DH groups 14, 19 and 31, next to strongSwan 5.9.8
 * against itself on this machine (two daemons sharing the two cores); and the heap held per
 * established IKE SA with one Child SA with 10 000 of them alive.
 *
 * <p>Two forms. The anchor's: initiator and responder engine each on its own event loop thread
 * ({@link TwoLoopHandshakes}), {@value #IN_FLIGHT} handshakes in flight (system property
 * {@code iosim.bench.ike.inflight}), completions per wall second, best of {@value #ROUNDS}
 * rounds, plus the same per CPU-second of the two loops. And both engines on one thread (no
 * hand-over between threads), per wall second and per CPU-second of that thread: the figure the
 * machine's load disturbs least.
 */
public final class IkeHandshakeBench implements Bench {
    private static final int MEMORY_SAS = 10_000;
    static final int IN_FLIGHT = 16;
    static final int ROUNDS = 3;
    private static final long ROUND_MILLIS = 2_500;

    @Override
    public String area() {
        return "ikev2";
    }

    @Override
    public List<Figure> run() throws Exception {
        List<Figure> out = new ArrayList<>();
        out.addAll(rates(KeyExchangeGroup.MODP_2048, "strongSwan 5.9.8 vs itself, 2 daemons on 2 cores: 135-200/s (modp2048)"));
        out.addAll(rates(KeyExchangeGroup.ECP_256, "strongSwan 5.9.8 vs itself, 2 daemons on 2 cores: ~310/s (ecp256)"));
        out.addAll(rates(KeyExchangeGroup.CURVE25519, "strongSwan 5.9.8 vs itself, 2 daemons on 2 cores: ~360/s (curve25519)"));
        out.addAll(memory());
        return out;
    }

    private static List<Figure> rates(KeyExchangeGroup g, String anchor) throws Exception {
        List<Figure> out = new ArrayList<>(oneThread(g, anchor)); // also the JIT warm-up for the two-loop form
        out.addAll(twoLoops(g, anchor));
        return out;
    }

    /** Two engines wired back to back on a virtual clock, driven by the calling thread. */
    private static final class Pair {
        final VirtualScheduler clock = new VirtualScheduler();
        final ArrayDeque<Datagram> toA = new ArrayDeque<>();
        final ArrayDeque<Datagram> toB = new ArrayDeque<>();
        final IkeEngine a;
        final IkeEngine b;
        final IkeSessionParams pa;
        long up;

        Pair(KeyExchangeGroup g) {
            a = new IkeEngine(clock, RandomSource.secure(), 1, toB::add, e -> { }, EngineSettings.DEFAULT);
            b = new IkeEngine(clock, RandomSource.secure(), 2, toA::add, e -> {
                if (e instanceof IkeEvent.ChildSaInstalled) {
                    up++;
                }
            }, EngineSettings.DEFAULT.withCookieThreshold(Integer.MAX_VALUE));
            pa = IkeBenchPeers.initiator(g);
            b.addPeer(IkeBenchPeers.responder(g));
        }

        void handshake() {
            a.initiate(pa);
            int n = 0;
            while ((!toA.isEmpty() || !toB.isEmpty()) && n++ < 100) {
                if (!toB.isEmpty()) {
                    b.receive(toB.poll());
                }
                if (!toA.isEmpty()) {
                    a.receive(toA.poll());
                }
            }
        }
    }

    /**
     * Wall-clock rate, and the rate per CPU-second of the one thread running both engines (the
     * figure that does not depend on how busy the shared machine is).
     */
    static List<Figure> oneThread(KeyExchangeGroup g, String anchor) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        Pair warm = new Pair(g);
        // let the JIT compile the DH and PRF paths: 2 s of this thread's CPU time (a wall-clock
        // warm-up ends too early when the machine is loaded), at most 2000 handshakes or 20 s
        long cpuWarm = mx.getCurrentThreadCpuTime() + 2_000_000_000L;
        long warmEnd = System.nanoTime() + 20_000_000_000L;
        for (int i = 0; i < 2000 && mx.getCurrentThreadCpuTime() < cpuWarm && System.nanoTime() < warmEnd; i++) {
            warm.handshake();
        }
        Pair p = new Pair(g);
        long cpuStart = mx.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        long deadline = start + 4_000_000_000L;
        int n = 0;
        while (System.nanoTime() < deadline && n < 5000) {
            p.handshake();
            n++;
        }
        double secs = (System.nanoTime() - start) / 1e9;
        double cpuSecs = (mx.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        if (p.up != n) {
            throw new IllegalStateException("only " + p.up + " of " + n + " handshakes completed");
        }
        String name = "handshakes, " + g.displayName() + ", both engines on one thread";
        return List.of(new Figure(name + ", per wall second", n / secs, "handshakes/s", anchor),
                new Figure(name + ", per CPU-second", n / cpuSecs, "handshakes/s", anchor));
    }

    /** The anchor's form: best of {@link #ROUNDS} rounds with two event loops. */
    private static List<Figure> twoLoops(KeyExchangeGroup g, String anchor) throws Exception {
        int inFlight = Integer.getInteger("iosim.bench.ike.inflight", IN_FLIGHT);
        TwoLoopHandshakes.Round best = null;
        long failed = 0;
        try (TwoLoopHandshakes rig = new TwoLoopHandshakes(g)) {
            rig.start(inFlight);
            rig.measure(1_000); // warm-up: the loops' own JIT state, the pipeline filling
            for (int i = 0; i < ROUNDS; i++) {
                TwoLoopHandshakes.Round r = rig.measure(ROUND_MILLIS);
                failed += r.failed();
                System.err.printf("bench: ikev2 %s two loops round %d: %d handshakes in %.2f s wall, %.2f CPU-s%n",
                        g.displayName(), i + 1, r.completed(), r.wallSeconds(), r.cpuSeconds());
                if (best == null || r.perWallSecond() > best.perWallSecond()) {
                    best = r;
                }
            }
        }
        if (failed > 0) {
            throw new IllegalStateException(failed + " handshakes failed in the two-loop rounds");
        }
        String name = "handshakes, " + g.displayName() + ", initiator and responder on two loops, " + inFlight
                + " in flight, best of " + ROUNDS;
        return List.of(new Figure(name + ", per wall second", best.perWallSecond(), "handshakes/s", anchor),
                new Figure(name + ", per CPU-second of both loops", best.perCpuSecond(), "handshakes/s", anchor));
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            best = Math.min(best, rt.totalMemory() - rt.freeMemory());
        }
        return best;
    }

    private static List<Figure> memory() {
        Pair p = new Pair(KeyExchangeGroup.CURVE25519);
        p.handshake();
        long before = usedHeap();
        for (int i = 1; i < MEMORY_SAS; i++) {
            p.handshake();
        }
        long after = usedHeap();
        if (p.a.ikeSaCount() != MEMORY_SAS || p.b.ikeSaCount() != MEMORY_SAS) {
            throw new IllegalStateException("expected " + MEMORY_SAS + " IKE SAs, have " + p.a.ikeSaCount() + " and "
                    + p.b.ikeSaCount() + " (" + p.b.counters() + ")");
        }
        double perSide = (after - before) / 2.0 / (MEMORY_SAS - 1);
        return List.of(
                new Figure("heap per established IKE SA + 1 Child SA (one side, " + MEMORY_SAS + " alive)",
                        perSide / 1024.0, "KiB", "target < 8 KiB"),
                new Figure("concurrent IKE SAs held by each engine", p.a.ikeSaCount(), "IKE SAs", "target 10 000"));
    }
}
