package iosim.ikev2.engine;

import iosim.ikev2.api.EngineSettings;
import iosim.ike.crypto.RandomSource;
import iosim.ike.time.Lifetime;
import iosim.ike.time.VirtualScheduler;
import iosim.ikev2.api.ChildProposal;
import iosim.ikev2.api.ChildSessionParams;
import iosim.ike.net.Datagram;
import iosim.ikev2.api.EncryptionAlgorithm;
import iosim.ikev2.api.Identity;
import iosim.ikev2.api.IkeEvent;
import iosim.ikev2.api.IkeProposal;
import iosim.ikev2.api.IkeSessionParams;
import iosim.ikev2.api.IntegrityAlgorithm;
import iosim.ikev2.api.IpsecMode;
import iosim.ikev2.api.KeyExchangeGroup;
import iosim.ikev2.api.PrfAlgorithm;
import iosim.ikev2.api.TrafficSelectorSpec;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;

/**
 * Two engines in one JVM on one virtual clock, wired back to back (charon's
 * exchange_test_helper idea): datagrams queue up and are delivered by {@link #pump()}, or one
 * at a time; an optional seeded loss rate drops some of them.
 */
final class EnginePair {
    static final InetAddress A_ADDR = addr("198.51.100.1");
    static final InetAddress B_ADDR = addr("198.51.100.2");

    final VirtualScheduler clock = new VirtualScheduler();
    final List<IkeEvent> eventsA = new ArrayList<>();
    final List<IkeEvent> eventsB = new ArrayList<>();
    final Deque<Datagram> toA = new ArrayDeque<>();
    final Deque<Datagram> toB = new ArrayDeque<>();
    final IkeEngine a;
    final IkeEngine b;
    double lossRate;
    Random loss = new Random(1);
    long dropped;
    /** Optional rewriting of datagrams in flight (NAT simulation); identity by default. */
    java.util.function.UnaryOperator<Datagram> toBRewrite = d -> d;
    java.util.function.UnaryOperator<Datagram> toARewrite = d -> d;

    EnginePair() {
        this(EngineSettings.DEFAULT, EngineSettings.DEFAULT);
    }

    EnginePair(EngineSettings sa, EngineSettings sb) {
        this(sa, sb, 11, 22);
    }

    EnginePair(EngineSettings sa, EngineSettings sb, long seedA, long seedB) {
        a = new IkeEngine(clock, RandomSource.deterministic(seedA), seedA, d -> send(d, toB, true), eventsA::add, sa);
        b = new IkeEngine(clock, RandomSource.deterministic(seedB), seedB, d -> send(d, toA, false), eventsB::add, sb);
    }

    /** NAT keepalives seen on the wire (the transport drops them before the engine). */
    final List<Datagram> keepalives = new ArrayList<>();
    /** Deliver the queue towards A first in {@link #pump()}. */
    boolean aFirst;

    private void send(Datagram d, Deque<Datagram> q, boolean towardsB) {
        if (d.isNatKeepalive()) {
            keepalives.add(d);
            return;
        }
        if (lossRate > 0 && loss.nextDouble() < lossRate) {
            dropped++;
            return;
        }
        q.add(towardsB ? toBRewrite.apply(d) : toARewrite.apply(d));
    }

    /** A pair with one established IKE SA (CBC/SHA-256/group 19) and its Child SA. */
    static EnginePair established() {
        EnginePair p = new EnginePair();
        p.b.addPeer(paramsB(cbc256()));
        p.a.initiate(paramsA(cbc256()));
        p.pump();
        if (p.a.snapshots().isEmpty() || p.a.snapshots().get(0).children().size() != 1) {
            throw new IllegalStateException("setup failed: " + p.eventsA);
        }
        p.eventsA.clear();
        p.eventsB.clear();
        return p;
    }

    /** Delivers queued datagrams (both ways) until none is left; bounded. Returns how many. */
    int pump() {
        int n = 0;
        while ((!toA.isEmpty() || !toB.isEmpty()) && n < 10_000) {
            if (aFirst && !toA.isEmpty()) {
                a.receive(toA.poll());
                n++;
            }
            if (!toB.isEmpty()) {
                b.receive(toB.poll());
                n++;
            }
            if (!aFirst && !toA.isEmpty()) {
                a.receive(toA.poll());
                n++;
            }
        }
        return n;
    }

    /** Pumps, and advances virtual time in steps until nothing is queued or {@code millis} passed. */
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

    /** aes-cbc-256/sha256 with group 19 (cheaper than 14 for the many handshakes of the tests). */
    static IkeProposal cbc256() {
        return IkeProposal.of(EncryptionAlgorithm.AES_CBC_256, PrfAlgorithm.HMAC_SHA2_256,
                IntegrityAlgorithm.HMAC_SHA2_256_128, KeyExchangeGroup.ECP_256);
    }

    static IkeProposal gcm(KeyExchangeGroup g) {
        return IkeProposal.of(EncryptionAlgorithm.AES_GCM_16_256, PrfAlgorithm.HMAC_SHA2_256, null, g);
    }

    static ChildSessionParams child(String local, String remote) {
        return new ChildSessionParams(List.of(ChildProposal.esp(EncryptionAlgorithm.AES_GCM_16_256, null)),
                List.of(TrafficSelectorSpec.subnet(local)), List.of(TrafficSelectorSpec.subnet(remote)),
                Lifetime.CHILD_DEFAULT, IpsecMode.TUNNEL);
    }

    static IkeSessionParams paramsA(IkeProposal p) {
        return IkeSessionParams.of("Tunnel0", new InetSocketAddress(A_ADDR, 500), new InetSocketAddress(B_ADDR, 500),
                Identity.address(A_ADDR), Identity.address(B_ADDR), "cisco123".getBytes(StandardCharsets.US_ASCII),
                List.of(p), child("10.1.0.0/24", "10.2.0.0/24"));
    }

    static IkeSessionParams paramsB(IkeProposal p) {
        return IkeSessionParams.of("Tunnel0", new InetSocketAddress(B_ADDR, 500), new InetSocketAddress(A_ADDR, 500),
                Identity.address(B_ADDR), Identity.address(A_ADDR), "cisco123".getBytes(StandardCharsets.US_ASCII),
                List.of(p), child("10.2.0.0/24", "10.1.0.0/24"));
    }

    static <T extends IkeEvent> List<T> of(List<IkeEvent> events, Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    static <T extends IkeEvent> List<T> of(List<IkeEvent> events, Class<T> type, Predicate<T> p) {
        return of(events, type).stream().filter(p).toList();
    }
}
