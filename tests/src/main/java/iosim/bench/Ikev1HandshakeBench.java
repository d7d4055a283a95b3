package iosim.bench;

import iosim.ike.crypto.DhGroup;
import iosim.ike.crypto.RandomSource;
import iosim.ike.time.VirtualScheduler;
import iosim.ikev1.api.EspAuth;
import iosim.ikev1.api.EspCipher;
import iosim.ikev1.api.EspProposal;
import iosim.ikev1.api.Ikev1Event;
import iosim.ikev1.api.IsakmpPolicy;
import iosim.ikev1.api.PeerParams;
import iosim.ikev1.api.QuickModeParams;
import iosim.ikev1.crypto.CipherAlgorithm;
import iosim.ikev1.crypto.HashAlgorithm;
import iosim.ikev1.engine.Ikev1Engine;
import iosim.ikev1.engine.Ikev1Settings;
import iosim.ike.net.Datagram;
import iosim.ikev2.api.KeyExchangeGroup;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * IKEv1 engine figures: Main Mode (6 messages) + Quick Mode (3 messages, first IPsec SA pair)
 * setups per second between two {@code Ikev1Engine}s on one thread, for the two classic
 * recipes (aes 256/sha256/group 14 and 3des/md5/group 2, PSK, no PFS), per wall second and per
 * CPU-second of that thread; beside them the IKEv2 engine's IKE_SA_INIT + IKE_AUTH with the same
 * group measured the same way in the same run (the {@code ikev2} area has the fuller IKEv2 set).
 */
public final class Ikev1HandshakeBench implements Bench {
    private static final InetAddress A = addr("198.51.100.1");
    private static final InetAddress B = addr("198.51.100.2");

    @Override
    public String area() {
        return "ikev1";
    }

    @Override
    public List<Figure> run() {
        List<Figure> out = new ArrayList<>();
        IsakmpPolicy aes = IsakmpPolicy.psk(10, CipherAlgorithm.AES_CBC, 256, HashAlgorithm.SHA2_256, DhGroup.MODP_2048);
        IsakmpPolicy tdes = IsakmpPolicy.psk(10, CipherAlgorithm.TDES_CBC, 0, HashAlgorithm.MD5, DhGroup.MODP_1024);
        out.addAll(rates("aes-256/sha256/group 14, esp-aes 256 esp-sha-hmac", aes,
                new EspProposal(EspCipher.AES, 256, EspAuth.HMAC_SHA1)));
        out.addAll(rates("3des/md5/group 2, esp-3des esp-md5-hmac", tdes,
                new EspProposal(EspCipher.TDES, 0, EspAuth.HMAC_MD5)));
        for (Figure f : IkeHandshakeBench.oneThread(KeyExchangeGroup.MODP_2048, "the IKEv2 figure beside IKEv1's")) {
            out.add(new Figure("IKEv2 " + f.name(), f.value(), f.unit(), f.anchor()));
        }
        return out;
    }

    /** One Main Mode + Quick Mode between two fresh engines on a virtual clock. */
    private static final class Setup {
        final VirtualScheduler clock = new VirtualScheduler();
        final ArrayDeque<Datagram> toA = new ArrayDeque<>();
        final ArrayDeque<Datagram> toB = new ArrayDeque<>();
        final Ikev1Engine a;
        final Ikev1Engine b;
        boolean up;

        Setup(IsakmpPolicy policy, EspProposal esp) {
            a = new Ikev1Engine(clock, RandomSource.secure(), toB::add, e -> {
                if (e instanceof Ikev1Event.Phase2Up) {
                    up = true;
                }
            }, Ikev1Settings.DEFAULT);
            b = new Ikev1Engine(clock, RandomSource.secure(), toA::add, e -> { }, Ikev1Settings.DEFAULT);
            byte[] psk = "bench-key".getBytes(StandardCharsets.US_ASCII);
            a.addPeer(PeerParams.of("B", new InetSocketAddress(A, 500), new InetSocketAddress(B, 500), psk,
                    List.of(policy), List.of(QuickModeParams.of("10.1.0.0/16", "10.2.0.0/16", List.of(esp), null))));
            b.addPeer(PeerParams.of("A", new InetSocketAddress(B, 500), new InetSocketAddress(A, 500), psk,
                    List.of(policy), List.of(QuickModeParams.of("10.2.0.0/16", "10.1.0.0/16", List.of(esp), null))));
        }

        boolean run() {
            a.connect("B");
            int n = 0;
            while ((!toA.isEmpty() || !toB.isEmpty()) && n++ < 100) {
                if (!toB.isEmpty()) {
                    b.receive(toB.poll());
                }
                if (!toA.isEmpty()) {
                    a.receive(toA.poll());
                }
            }
            return up;
        }
    }

    private static List<Figure> rates(String recipe, IsakmpPolicy policy, EspProposal esp) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long cpuWarm = mx.getCurrentThreadCpuTime() + 2_000_000_000L;
        long warmEnd = System.nanoTime() + 20_000_000_000L;
        for (int i = 0; i < 2000 && mx.getCurrentThreadCpuTime() < cpuWarm && System.nanoTime() < warmEnd; i++) {
            new Setup(policy, esp).run();
        }
        long cpuStart = mx.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        long deadline = start + 4_000_000_000L;
        int n = 0;
        while (System.nanoTime() < deadline && n < 5000) {
            if (!new Setup(policy, esp).run()) {
                throw new IllegalStateException("setup " + n + " did not complete (" + recipe + ")");
            }
            n++;
        }
        double secs = (System.nanoTime() - start) / 1e9;
        double cpuSecs = (mx.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        String name = "Main Mode + Quick Mode, " + recipe + ", both engines on one thread";
        String anchor = "IKEv2 modp2048 one thread: see the IKEv2 rows below";
        return List.of(new Figure(name + ", per wall second", n / secs, "setups/s", anchor),
                new Figure(name + ", per CPU-second", n / cpuSecs, "setups/s", anchor));
    }

    private static InetAddress addr(String s) {
        try {
            return InetAddress.getByName(s);
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
