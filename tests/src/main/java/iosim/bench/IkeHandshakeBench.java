package iosim.bench;

import iosim.ikev2.api.ChildProposal;
import iosim.ikev2.api.ChildSessionParams;
import iosim.ikev2.api.Datagram;
import iosim.ikev2.api.EncryptionAlgorithm;
import iosim.ikev2.api.Identity;
import iosim.ikev2.api.IkeProposal;
import iosim.ikev2.api.IkeSessionParams;
import iosim.ikev2.api.IntegrityAlgorithm;
import iosim.ikev2.api.IpsecMode;
import iosim.ikev2.api.KeyExchangeGroup;
import iosim.ikev2.api.Lifetime;
import iosim.ikev2.api.PrfAlgorithm;
import iosim.ikev2.api.TrafficSelectorSpec;
import iosim.ikev2.crypto.RandomSource;
import iosim.ikev2.engine.EngineSettings;
import iosim.ikev2.engine.IkeEngine;
import iosim.ikev2.engine.VirtualScheduler;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * IKEv2 engine figures: full IKE_SA_INIT + IKE_AUTH handshakes (with the first Child SA) per
 * second between two engines in one JVM on one thread, for DH groups 14, 19 and 31, next to
 * strongSwan 5.9.8 against itself on this machine; and the heap held per established IKE SA
 * with one Child SA with 10 000 of them alive.
 */
public final class IkeHandshakeBench implements Bench {
    private static final int MEMORY_SAS = 10_000;

    @Override
    public String area() {
        return "ikev2";
    }

    @Override
    public List<Figure> run() throws Exception {
        List<Figure> out = new ArrayList<>();
        out.addAll(rate(KeyExchangeGroup.MODP_2048, "strongSwan 5.9.8 vs itself: 135-200/s (modp2048)"));
        out.addAll(rate(KeyExchangeGroup.ECP_256, "strongSwan 5.9.8 vs itself: ~310/s (ecp256)"));
        out.addAll(rate(KeyExchangeGroup.CURVE25519, "strongSwan 5.9.8 vs itself: ~360/s (curve25519)"));
        out.addAll(memory());
        return out;
    }

    /** Two engines wired back to back on a virtual clock. */
    private static final class Pair {
        final VirtualScheduler clock = new VirtualScheduler();
        final ArrayDeque<Datagram> toA = new ArrayDeque<>();
        final ArrayDeque<Datagram> toB = new ArrayDeque<>();
        final IkeEngine a;
        final IkeEngine b;
        final IkeSessionParams pa;
        long up;

        Pair(KeyExchangeGroup g) {
            RandomSource r = RandomSource.secure();
            a = new IkeEngine(clock, r, 1, toB::add, e -> { }, EngineSettings.DEFAULT);
            b = new IkeEngine(clock, r, 2, toA::add, e -> {
                if (e instanceof iosim.ikev2.api.IkeEvent.ChildSaInstalled) {
                    up++;
                }
            }, EngineSettings.DEFAULT.withCookieThreshold(Integer.MAX_VALUE));
            IkeProposal p = IkeProposal.of(EncryptionAlgorithm.AES_GCM_16_256, PrfAlgorithm.HMAC_SHA2_256, null, g);
            if (g == KeyExchangeGroup.MODP_2048) {
                p = IkeProposal.of(EncryptionAlgorithm.AES_CBC_256, PrfAlgorithm.HMAC_SHA2_256,
                        IntegrityAlgorithm.HMAC_SHA2_256_128, g);
            }
            pa = params("198.51.100.1", "198.51.100.2", p, "10.1.0.0/24", "10.2.0.0/24");
            b.addPeer(params("198.51.100.2", "198.51.100.1", p, "10.2.0.0/24", "10.1.0.0/24"));
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

    private static IkeSessionParams params(String local, String remote, IkeProposal p, String lts, String rts) {
        InetAddress l = addr(local);
        InetAddress r = addr(remote);
        ChildSessionParams child = new ChildSessionParams(
                List.of(ChildProposal.esp(EncryptionAlgorithm.AES_GCM_16_256, null)),
                List.of(TrafficSelectorSpec.subnet(lts)), List.of(TrafficSelectorSpec.subnet(rts)),
                Lifetime.CHILD_DEFAULT, IpsecMode.TUNNEL);
        return IkeSessionParams.of("bench", new InetSocketAddress(l, 500), new InetSocketAddress(r, 500),
                Identity.address(l), Identity.address(r), "bench-psk".getBytes(StandardCharsets.US_ASCII), List.of(p),
                child).withIkeLifetime(Lifetime.IKE_DEFAULT).withInitialContact(false);
    }

    private static InetAddress addr(String s) {
        try {
            return InetAddress.getByName(s);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Wall-clock rate, and the rate per CPU-second of the one thread running both engines (the
     * figure that does not depend on how busy the shared machine is).
     */
    private static List<Figure> rate(KeyExchangeGroup g, String anchor) {
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        Pair warm = new Pair(g);
        long warmEnd = System.nanoTime() + 2_500_000_000L; // let the JIT compile the DH and PRF paths
        for (int i = 0; i < 2000 && System.nanoTime() < warmEnd; i++) {
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
        String name = "IKE_SA_INIT+IKE_AUTH handshakes, " + g.displayName() + " (both ends, one thread)";
        return List.of(new Figure(name + ", wall clock", n / secs, "handshakes/s", anchor),
                new Figure(name + ", per CPU-second", n / cpuSecs, "handshakes/s", anchor));
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
