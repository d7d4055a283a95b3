package iosim.ikev1.engine;

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
import iosim.ike.net.Datagram;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;

/**
 * Two IKEv1 engines on one virtual clock, wired back to back: datagrams queue and are
 * delivered by {@link #pump()}; an optional seeded loss rate drops some; optional rewriting
 * simulates a NAT.
 */
final class EnginePair {
    static final InetAddress A_ADDR = addr("198.51.100.1");
    static final InetAddress B_ADDR = addr("198.51.100.2");

    final VirtualScheduler clock = new VirtualScheduler();
    final List<Ikev1Event> eventsA = new ArrayList<>();
    final List<Ikev1Event> eventsB = new ArrayList<>();
    final Deque<Datagram> toA = new ArrayDeque<>();
    final Deque<Datagram> toB = new ArrayDeque<>();
    final List<Datagram> wire = new ArrayList<>();
    final Ikev1Engine a;
    final Ikev1Engine b;
    double lossRate;
    final Random loss = new Random(1);
    long dropped;
    boolean bSilent;
    UnaryOperator<Datagram> toBRewrite = d -> d;
    UnaryOperator<Datagram> toARewrite = d -> d;

    EnginePair() {
        this(Ikev1Settings.DEFAULT);
    }

    EnginePair(Ikev1Settings settings) {
        a = new Ikev1Engine(clock, RandomSource.deterministic(11), d -> send(d, toB, true), eventsA::add, settings);
        b = new Ikev1Engine(clock, RandomSource.deterministic(22), d -> send(d, toA, false), eventsB::add, settings);
    }

    private void send(Datagram d, Deque<Datagram> q, boolean towardsB) {
        wire.add(d);
        if (!towardsB && bSilent) {
            return;
        }
        if (lossRate > 0 && loss.nextDouble() < lossRate) {
            dropped++;
            return;
        }
        q.add(towardsB ? toBRewrite.apply(d) : toARewrite.apply(d));
    }

    int pump() {
        int n = 0;
        while ((!toA.isEmpty() || !toB.isEmpty()) && n < 10_000) {
            if (!toB.isEmpty()) {
                b.receive(toB.poll());
                n++;
            }
            if (!toA.isEmpty()) {
                a.receive(toA.poll());
                n++;
            }
        }
        return n;
    }

    void run(long millis, long step) {
        long end = clock.nowMillis() + millis;
        pump();
        while (clock.nowMillis() < end) {
            clock.advance(Math.min(step, end - clock.nowMillis()));
            pump();
        }
    }

    static InetAddress addr(String s) {
        try {
            return InetAddress.getByName(s);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static IsakmpPolicy policy(CipherAlgorithm c, int bits, HashAlgorithm h, DhGroup g) {
        return IsakmpPolicy.psk(10, c, bits, h, g);
    }

    static IsakmpPolicy aes256() {
        return policy(CipherAlgorithm.AES_CBC, 256, HashAlgorithm.SHA2_256, DhGroup.MODP_2048);
    }

    static EspProposal espAes() {
        return new EspProposal(EspCipher.AES, 256, EspAuth.HMAC_SHA1);
    }

    static QuickModeParams qm(String local, String remote, DhGroup pfs, EspProposal... p) {
        return QuickModeParams.of(local, remote, List.of(p), pfs);
    }

    static PeerParams peerA(List<IsakmpPolicy> policies, String psk, QuickModeParams... qms) {
        return PeerParams.of("B", new InetSocketAddress(A_ADDR, 500), new InetSocketAddress(B_ADDR, 500),
                psk.getBytes(StandardCharsets.US_ASCII), policies, List.of(qms));
    }

    static PeerParams peerB(List<IsakmpPolicy> policies, String psk, QuickModeParams... qms) {
        return PeerParams.of("A", new InetSocketAddress(B_ADDR, 500), new InetSocketAddress(A_ADDR, 500),
                psk.getBytes(StandardCharsets.US_ASCII), policies, List.of(qms));
    }

    /** A with phase 2 10.1/16 -> 10.2/16, B the mirror, same policies and key. */
    static EnginePair configured(List<IsakmpPolicy> policies, DhGroup pfs, EspProposal esp) {
        EnginePair p = new EnginePair();
        p.a.addPeer(peerA(policies, "cisco123", qm("10.1.0.0/16", "10.2.0.0/16", pfs, esp)));
        p.b.addPeer(peerB(policies, "cisco123", qm("10.2.0.0/16", "10.1.0.0/16", pfs, esp)));
        return p;
    }

    static <T extends Ikev1Event> List<T> of(List<Ikev1Event> events, Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
