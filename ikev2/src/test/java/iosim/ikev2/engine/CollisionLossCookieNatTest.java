package iosim.ikev2.engine;

import iosim.ikev2.api.EngineCounters;
import iosim.ikev2.api.EngineSettings;
import static iosim.ikev2.engine.EnginePair.of;
import static org.assertj.core.api.Assertions.assertThat;

import iosim.ike.time.RetransmitSettings;
import iosim.ike.net.Datagram;
import iosim.ikev2.api.IkeEvent;
import iosim.ikev2.api.IkeSaSnapshot;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** RFC 7296 2.8.1 rekey collisions in both orders, 30 % packet loss, cookies (2.6) and NAT traversal (2.23). */
class CollisionLossCookieNatTest {

    private static void assertSinglePairMatches(EnginePair p) {
        assertThat(p.a.snapshots()).hasSize(1);
        assertThat(p.b.snapshots()).hasSize(1);
        IkeSaSnapshot a = p.a.snapshots().get(0);
        IkeSaSnapshot b = p.b.snapshots().get(0);
        assertThat(a.state()).isEqualTo("ESTABLISHED");
        assertThat(b.state()).isEqualTo("ESTABLISHED");
        assertThat(a.localSpi()).isEqualTo(b.remoteSpi());
        assertThat(a.remoteSpi()).isEqualTo(b.localSpi());
        assertThat(a.children()).hasSize(1);
        assertThat(b.children()).hasSize(1);
        assertThat(a.children().get(0).inboundSpi()).isEqualTo(b.children().get(0).outboundSpi());
        assertThat(a.children().get(0).outboundSpi()).isEqualTo(b.children().get(0).inboundSpi());
    }

    private static EnginePair established(long seedA, long seedB) {
        EnginePair p = new EnginePair(EngineSettings.DEFAULT, EngineSettings.DEFAULT, seedA, seedB);
        p.b.addPeer(EnginePair.paramsB(EnginePair.cbc256()));
        p.a.initiate(EnginePair.paramsA(EnginePair.cbc256()));
        p.pump();
        p.eventsA.clear();
        p.eventsB.clear();
        return p;
    }

    @ParameterizedTest(name = "A's request delivered first: {0}")
    @ValueSource(booleans = {true, false})
    void simultaneousChildRekeysLeaveOnePairWhicheverNonceWins(boolean aRequestFirst) {
        Set<String> losers = new HashSet<>();
        for (long seed = 1; seed <= 8 && losers.size() < 2; seed++) {
            EnginePair p = established(seed, 100 + seed);
            p.aFirst = !aRequestFirst;
            IkeSaSnapshot a = p.a.snapshots().get(0);
            IkeSaSnapshot b = p.b.snapshots().get(0);
            int oldA = a.children().get(0).inboundSpi();
            p.a.rekeyChild(a.localSpi(), oldA);
            p.b.rekeyChild(b.localSpi(), b.children().get(0).inboundSpi());
            p.pump();
            assertSinglePairMatches(p);
            assertThat(p.a.snapshots().get(0).children().get(0).inboundSpi()).isNotEqualTo(oldA);
            boolean aLost = !of(p.eventsA, IkeEvent.ChildSaRemoved.class,
                    r -> r.reason().startsWith("redundant")).isEmpty();
            boolean bLost = !of(p.eventsB, IkeEvent.ChildSaRemoved.class,
                    r -> r.reason().startsWith("redundant")).isEmpty();
            assertThat(aLost).isNotEqualTo(bLost);
            assertThat(of(p.eventsA, IkeEvent.ChildSaRemoved.class)).hasSize(2);
            assertThat(of(p.eventsB, IkeEvent.ChildSaRemoved.class)).hasSize(2);
            losers.add(aLost ? "A" : "B");
        }
        assertThat(losers).as("both nonce orders were exercised").containsExactlyInAnyOrder("A", "B");
    }

    @ParameterizedTest(name = "A's request delivered first: {0}")
    @ValueSource(booleans = {true, false})
    void simultaneousIkeRekeysLeaveOneIkeSaWhicheverNonceWins(boolean aRequestFirst) {
        Set<String> losers = new HashSet<>();
        for (long seed = 1; seed <= 8 && losers.size() < 2; seed++) {
            EnginePair p = established(seed, 100 + seed);
            p.aFirst = !aRequestFirst;
            long oldA = p.a.snapshots().get(0).localSpi();
            p.a.rekeyIke(oldA);
            p.b.rekeyIke(p.b.snapshots().get(0).localSpi());
            p.pump();
            assertSinglePairMatches(p);
            assertThat(p.a.snapshots().get(0).localSpi()).isNotEqualTo(oldA);
            assertThat(of(p.eventsA, IkeEvent.IkeSaDown.class)).hasSize(2);
            assertThat(of(p.eventsB, IkeEvent.IkeSaDown.class)).hasSize(2);
            assertThat(of(p.eventsA, IkeEvent.ChildSaRemoved.class)).isEmpty();
            boolean aLost = !of(p.eventsA, IkeEvent.IkeSaDown.class, d -> d.reason().startsWith("redundant")).isEmpty();
            losers.add(aLost ? "A" : "B");
            // the survivor still works
            IkeSaSnapshot s = p.a.snapshots().get(0);
            p.a.rekeyChild(s.localSpi(), s.children().get(0).inboundSpi());
            p.pump();
            assertSinglePairMatches(p);
        }
        assertThat(losers).as("both nonce orders were exercised").containsExactlyInAnyOrder("A", "B");
    }

    @Test
    void thirtyPercentLossStillEstablishesRekeysAndStaysConsistent() {
        EnginePair p = new EnginePair();
        p.lossRate = 0.3;
        p.loss = new java.util.Random(42);
        RetransmitSettings rt = new RetransmitSettings(1000, 1.5, 8, 0); // gives up after 74 s
        p.b.addPeer(EnginePair.paramsB(EnginePair.cbc256()).withRetransmit(rt));
        p.a.initiate(EnginePair.paramsA(EnginePair.cbc256()).withRetransmit(rt));
        p.run(120_000, 250);
        assertThat(of(p.eventsA, IkeEvent.ChildSaInstalled.class)).hasSize(1);
        assertSinglePairMatches(p);
        for (int i = 0; i < 3; i++) {
            IkeSaSnapshot a = p.a.snapshots().get(0);
            p.a.rekeyChild(a.localSpi(), a.children().get(0).inboundSpi());
            p.run(120_000, 250);
            p.b.rekeyIke(p.b.snapshots().get(0).localSpi());
            p.run(120_000, 250);
            assertSinglePairMatches(p);
        }
        assertThat(p.dropped).isGreaterThanOrEqualTo(5);
        assertThat(p.a.counters().retransmittedResponses + p.b.counters().retransmittedResponses).isPositive();
        assertThat(of(p.eventsA, IkeEvent.Failure.class)).isEmpty();
        assertThat(of(p.eventsB, IkeEvent.Failure.class)).isEmpty();
    }

    @Test
    void responderDemandsCookieAboveThresholdAndInitiatorAnswersIt() {
        EnginePair p = new EnginePair(EngineSettings.DEFAULT, EngineSettings.DEFAULT.withCookieThreshold(2));
        p.b.addPeer(EnginePair.paramsB(EnginePair.cbc256()));
        for (int i = 0; i < 2; i++) {
            p.a.initiate(EnginePair.paramsA(EnginePair.cbc256()));
            p.b.receive(p.toB.poll());
            p.a.receive(p.toA.poll());
            p.toB.clear(); // IKE_AUTH lost: B keeps a half-open SA
        }
        assertThat(p.b.counters().cookiesSent).isZero();
        p.eventsA.clear();
        long spi = p.a.initiate(EnginePair.paramsA(EnginePair.cbc256()));
        p.b.receive(p.toB.poll());
        assertThat(p.b.counters().cookiesSent).isEqualTo(1);
        assertThat(p.b.ikeSaCount()).isEqualTo(2);
        p.pump();
        List<IkeEvent.ExchangeSent> sent = of(p.eventsA, IkeEvent.ExchangeSent.class);
        assertThat(sent.get(1).exchange().payloads().get(0)).isEqualTo("N(COOKIE)");
        assertThat(p.a.snapshot(spi).orElseThrow().children()).hasSize(1);
        p.clock.advance(31_000); // half-open SAs expire on B
        assertThat(p.b.ikeSaCount()).isEqualTo(1);
    }

    @Test
    void cookieThresholdChangedAtRunTimeAppliesToTheNextRequest() {
        EnginePair p = new EnginePair(EngineSettings.DEFAULT, EngineSettings.DEFAULT.withCookieThreshold(Integer.MAX_VALUE));
        p.b.addPeer(EnginePair.paramsB(EnginePair.cbc256()));
        p.a.initiate(EnginePair.paramsA(EnginePair.cbc256()));
        p.b.receive(p.toB.poll());
        p.a.receive(p.toA.poll());
        p.toB.clear(); // IKE_AUTH lost: B keeps one half-open SA
        p.a.initiate(EnginePair.paramsA(EnginePair.cbc256()));
        p.b.receive(p.toB.poll());
        assertThat(p.b.counters().cookiesSent).isZero(); // no threshold: never a cookie
        p.toA.clear();
        p.b.setCookieThreshold(1); // IOS: crypto ikev2 cookie-challenge 1
        long spi = p.a.initiate(EnginePair.paramsA(EnginePair.cbc256()));
        p.b.receive(p.toB.poll());
        assertThat(p.b.counters().cookiesSent).isEqualTo(1);
        p.pump();
        assertThat(p.a.snapshot(spi).orElseThrow().children()).hasSize(1);
    }

    @Test
    void natIsDetectedIkeFloatsTo4500AndKeepalivesAreSent() {
        EnginePair p = new EnginePair();
        InetAddress pub = EnginePair.addr("203.0.113.99");
        p.toBRewrite = d -> new Datagram(new InetSocketAddress(pub, d.source().getPort() + 40000), d.destination(),
                d.data());
        p.toARewrite = d -> new Datagram(d.source(), new InetSocketAddress(EnginePair.A_ADDR,
                d.destination().getPort() - 40000), d.data());
        p.b.addPeer(new iosim.ikev2.api.IkeSessionParams("Tunnel0", new InetSocketAddress(EnginePair.B_ADDR, 500),
                new InetSocketAddress(pub, 500), 4500, iosim.ikev2.api.Identity.address(EnginePair.B_ADDR),
                iosim.ikev2.api.Identity.address(EnginePair.A_ADDR), "cisco123".getBytes(), "cisco123".getBytes(),
                List.of(EnginePair.cbc256()), EnginePair.child("10.2.0.0/24", "10.1.0.0/24"),
                iosim.ike.time.Lifetime.IKE_DEFAULT, iosim.ikev2.api.DpdSettings.OFF, 20_000,
                RetransmitSettings.DEFAULT, true, false));
        p.a.initiate(EnginePair.paramsA(EnginePair.cbc256()));
        p.pump();
        IkeSaSnapshot a = p.a.snapshots().get(0);
        IkeSaSnapshot b = p.b.snapshots().get(0);
        assertThat(a.natLocal()).isTrue();
        assertThat(b.natRemote()).isTrue();
        assertThat(a.localAddress().getPort()).isEqualTo(4500);
        assertThat(b.remoteAddress()).isEqualTo(new InetSocketAddress(pub, 44500));
        assertThat(a.children().get(0).encapsulation()).isTrue();
        assertThat(b.children().get(0).remoteAddress().getPort()).isEqualTo(44500);
        assertThat(of(p.eventsA, IkeEvent.ExchangeSent.class).get(1).exchange().source().getPort()).isEqualTo(4500);
        p.clock.advance(61_000);
        assertThat(p.keepalives).hasSize(3);
        assertThat(p.keepalives.get(0).destination().getPort()).isEqualTo(4500);
    }

    @Test
    void garbageAndTruncatedDatagramsAreCountedAndChangeNothing() {
        EnginePair p = EnginePair.established();
        IkeSaSnapshot before = p.a.snapshots().get(0);
        java.util.Random r = new java.util.Random(7);
        InetSocketAddress from = new InetSocketAddress(EnginePair.B_ADDR, 500);
        InetSocketAddress to = new InetSocketAddress(EnginePair.A_ADDR, 500);
        for (int i = 0; i < 300; i++) {
            byte[] junk = new byte[r.nextInt(120)];
            r.nextBytes(junk);
            if (i % 3 == 0 && junk.length >= 28) {
                // aim at the live SA: right SPIs, random rest
                System.arraycopy(java.nio.ByteBuffer.allocate(16).putLong(before.localSpi()).putLong(before.remoteSpi())
                        .array(), 0, junk, 0, 16);
            }
            p.a.receive(new Datagram(from, to, junk));
        }
        assertThat(p.a.snapshots()).containsExactly(p.a.snapshots().get(0));
        IkeSaSnapshot after = p.a.snapshots().get(0);
        assertThat(after.localSpi()).isEqualTo(before.localSpi());
        assertThat(after.nextRequestId()).isEqualTo(before.nextRequestId());
        assertThat(after.expectedRequestId()).isEqualTo(before.expectedRequestId());
        assertThat(after.children()).isEqualTo(before.children().stream().map(c -> c).toList());
        assertThat(p.eventsA).isEmpty();
        EngineCounters c = p.a.counters();
        assertThat(c.malformedDropped + c.unknownSpiDropped + c.authenticationFailedDropped
                + c.unexpectedResponseDropped).isEqualTo(300);
    }
}
