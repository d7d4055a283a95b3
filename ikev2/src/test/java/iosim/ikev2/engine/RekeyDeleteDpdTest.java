package iosim.ikev2.engine;

import static iosim.ikev2.engine.EnginePair.of;
import static org.assertj.core.api.Assertions.assertThat;

import iosim.ike.time.Lifetime;
import iosim.ikev2.api.ChildSaKeys;
import iosim.ikev2.api.ChildSessionParams;
import iosim.ikev2.api.DpdSettings;
import iosim.ikev2.api.IkeEvent;
import iosim.ikev2.api.IkeSaSnapshot;
import iosim.ikev2.api.KeyExchangeGroup;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CREATE_CHILD_SA and INFORMATIONAL between two engines on virtual time. */
class RekeyDeleteDpdTest {

    private static long spiA(EnginePair p) {
        return p.a.snapshots().get(0).localSpi();
    }

    private static void assertPairsMatch(EnginePair p) {
        IkeSaSnapshot a = p.a.snapshots().get(0);
        IkeSaSnapshot b = p.b.snapshots().get(0);
        assertThat(a.localSpi()).isEqualTo(b.remoteSpi());
        assertThat(a.children()).hasSize(1);
        assertThat(b.children()).hasSize(1);
        assertThat(a.children().get(0).inboundSpi()).isEqualTo(b.children().get(0).outboundSpi());
        assertThat(a.children().get(0).outboundSpi()).isEqualTo(b.children().get(0).inboundSpi());
    }

    @Test
    void childRekeyInstallsNewPairThenDeletesTheOld() {
        EnginePair p = EnginePair.established();
        int oldIn = p.a.snapshots().get(0).children().get(0).inboundSpi();
        assertThat(p.a.rekeyChild(spiA(p), oldIn)).isTrue();
        p.pump();
        IkeEvent.ChildSaRekeyed ra = of(p.eventsA, IkeEvent.ChildSaRekeyed.class).get(0);
        IkeEvent.ChildSaRekeyed rb = of(p.eventsB, IkeEvent.ChildSaRekeyed.class).get(0);
        assertThat(ra.oldInboundSpi()).isEqualTo(oldIn);
        assertThat(ra.keys().outboundEncryptionKey()).isEqualTo(rb.keys().inboundEncryptionKey());
        assertThat(of(p.eventsA, IkeEvent.ChildSaRemoved.class)).extracting(IkeEvent.ChildSaRemoved::inboundSpi)
                .containsExactly(oldIn);
        assertThat(of(p.eventsB, IkeEvent.ChildSaRemoved.class)).hasSize(1);
        assertPairsMatch(p);
        assertThat(of(p.eventsA, IkeEvent.ExchangeSent.class).get(0).exchange().payloads())
                .containsExactly("N(REKEY_SA)", "SA", "No", "TSi", "TSr");
    }

    @Test
    void childRekeyWithPfsCarriesKeAndDerivesFromFreshDh() {
        EnginePair p = new EnginePair();
        ChildSessionParams pfsA = EnginePair.child("10.1.0.0/24", "10.2.0.0/24");
        pfsA = new ChildSessionParams(List.of(pfsA.proposals().get(0).withPfs(KeyExchangeGroup.ECP_256)),
                pfsA.localSelectors(), pfsA.remoteSelectors(), pfsA.lifetime(), pfsA.mode());
        ChildSessionParams pfsB = EnginePair.child("10.2.0.0/24", "10.1.0.0/24");
        pfsB = new ChildSessionParams(List.of(pfsB.proposals().get(0).withPfs(KeyExchangeGroup.ECP_256)),
                pfsB.localSelectors(), pfsB.remoteSelectors(), pfsB.lifetime(), pfsB.mode());
        p.b.addPeer(EnginePair.paramsB(EnginePair.cbc256()).withChild(pfsB));
        p.a.initiate(EnginePair.paramsA(EnginePair.cbc256()).withChild(pfsA));
        p.pump();
        p.eventsA.clear();
        int oldIn = p.a.snapshots().get(0).children().get(0).inboundSpi();
        p.a.rekeyChild(spiA(p), oldIn);
        p.pump();
        assertThat(of(p.eventsA, IkeEvent.ExchangeSent.class).get(0).exchange().payloads()).contains("KE");
        ChildSaKeys k = of(p.eventsA, IkeEvent.ChildSaRekeyed.class).get(0).keys();
        assertThat(k.pfsGroup()).isEqualTo(KeyExchangeGroup.ECP_256);
        assertPairsMatch(p);
    }

    @Test
    void pfsMismatchOnRekeyIsNoProposalChosen() {
        EnginePair p = new EnginePair();
        ChildSessionParams pfsA = EnginePair.child("10.1.0.0/24", "10.2.0.0/24");
        pfsA = new ChildSessionParams(List.of(pfsA.proposals().get(0).withPfs(KeyExchangeGroup.ECP_256)),
                pfsA.localSelectors(), pfsA.remoteSelectors(), pfsA.lifetime(), pfsA.mode());
        p.b.addPeer(EnginePair.paramsB(EnginePair.cbc256()));
        p.a.initiate(EnginePair.paramsA(EnginePair.cbc256()).withChild(pfsA));
        p.pump();
        p.a.rekeyChild(spiA(p), p.a.snapshots().get(0).children().get(0).inboundSpi());
        p.pump();
        assertThat(of(p.eventsA, IkeEvent.Failure.class, f -> "NO_PROPOSAL_CHOSEN".equals(f.notifyName()))).hasSize(1);
        assertThat(of(p.eventsB, IkeEvent.Failure.class, f -> "NO_PROPOSAL_CHOSEN".equals(f.notifyName()))).hasSize(1);
        assertPairsMatch(p); // the old Child SA stays
        long attempts = of(p.eventsA, IkeEvent.ExchangeSent.class,
                e -> e.exchange().exchange().equals("CREATE_CHILD_SA") && !e.exchange().response()).size();
        p.run(31_000, 1000);
        assertThat(of(p.eventsA, IkeEvent.ExchangeSent.class,
                e -> e.exchange().exchange().equals("CREATE_CHILD_SA") && !e.exchange().response()))
                .as("a failed rekey is retried later").hasSize((int) attempts + 1);
    }

    @Test
    void ikeRekeyMovesChildrenToTheNewSaAndDeletesTheOld() {
        EnginePair p = EnginePair.established();
        long old = spiA(p);
        int childIn = p.a.snapshots().get(0).children().get(0).inboundSpi();
        assertThat(p.a.rekeyIke(old)).isTrue();
        p.pump();
        IkeEvent.IkeSaRekeyed ra = of(p.eventsA, IkeEvent.IkeSaRekeyed.class).get(0);
        assertThat(ra.oldLocalSpi()).isEqualTo(old);
        assertThat(of(p.eventsB, IkeEvent.IkeSaRekeyed.class)).hasSize(1);
        assertThat(of(p.eventsA, IkeEvent.IkeSaDown.class)).extracting(IkeEvent.IkeSaDown::localSpi).containsExactly(old);
        assertThat(of(p.eventsA, IkeEvent.ChildSaRemoved.class)).isEmpty();
        assertThat(p.a.snapshots()).hasSize(1);
        assertThat(p.b.snapshots()).hasSize(1);
        IkeSaSnapshot now = p.a.snapshots().get(0);
        assertThat(now.localSpi()).isNotEqualTo(old);
        assertThat(now.children().get(0).inboundSpi()).isEqualTo(childIn);
        assertPairsMatch(p);
        // the new SA works: rekey the child over it
        p.a.rekeyChild(now.localSpi(), childIn);
        p.pump();
        assertPairsMatch(p);
        assertThat(p.a.snapshots().get(0).children().get(0).inboundSpi()).isNotEqualTo(childIn);
    }

    @Test
    void softLifetimesRekeyWithJitterAndHardLifetimeDeletes() {
        EnginePair p = new EnginePair();
        Lifetime ike = new Lifetime(100_000, 120_000, 10_000);
        Lifetime child = new Lifetime(50_000, 60_000, 5_000);
        p.b.addPeer(EnginePair.paramsB(EnginePair.cbc256()).withIkeLifetime(Lifetime.IKE_DEFAULT));
        p.a.initiate(EnginePair.paramsA(EnginePair.cbc256()).withIkeLifetime(ike)
                .withChild(EnginePair.child("10.1.0.0/24", "10.2.0.0/24").withLifetime(child)));
        p.pump();
        p.run(44_000, 1000);
        assertThat(of(p.eventsA, IkeEvent.ChildSaRekeyed.class)).isEmpty();
        p.run(6_000, 1000);
        assertThat(of(p.eventsA, IkeEvent.ChildSaRekeyed.class)).hasSize(1);
        assertThat(of(p.eventsA, IkeEvent.IkeSaRekeyed.class)).isEmpty();
        p.run(50_000, 1000);
        assertThat(of(p.eventsA, IkeEvent.IkeSaRekeyed.class)).hasSize(1);
        assertPairsMatch(p);
        assertThat(p.a.snapshots().get(0).remainingMillis()).isBetween(100_000L, 120_000L);
        assertThat(p.a.snapshots().get(0).children().get(0).remainingMillis()).isBetween(0L, 60_000L);
    }

    @Test
    void hardLifetimeWithoutRekeyDeletesTheChildSa() {
        EnginePair p = new EnginePair();
        p.b.addPeer(EnginePair.paramsB(EnginePair.cbc256()));
        p.a.initiate(EnginePair.paramsA(EnginePair.cbc256())
                .withChild(EnginePair.child("10.1.0.0/24", "10.2.0.0/24").withLifetime(new Lifetime(0, 30_000, 0))));
        p.pump();
        p.run(31_000, 1000);
        assertThat(of(p.eventsA, IkeEvent.ChildSaRemoved.class, r -> r.reason().equals("hard lifetime expired")))
                .hasSize(1);
        assertThat(of(p.eventsB, IkeEvent.ChildSaRemoved.class)).hasSize(1);
        assertThat(p.a.snapshots().get(0).children()).isEmpty();
    }

    @Test
    void ikeHardLifetimeDeletesIkeSa() {
        EnginePair p = new EnginePair();
        p.b.addPeer(EnginePair.paramsB(EnginePair.cbc256()));
        p.a.initiate(EnginePair.paramsA(EnginePair.cbc256()).withIkeLifetime(new Lifetime(0, 40_000, 0)));
        p.pump();
        p.run(41_000, 1000);
        assertThat(p.a.ikeSaCount()).isZero();
        assertThat(p.b.ikeSaCount()).isZero();
        assertThat(of(p.eventsB, IkeEvent.IkeSaDown.class).get(0).reason()).isEqualTo("deleted by peer");
    }

    @Test
    void newChildSaOverEstablishedIkeSa() {
        EnginePair p = EnginePair.established();
        assertThat(p.a.createChild(spiA(p), EnginePair.child("10.1.0.0/24", "10.2.0.0/24"))).isTrue();
        p.pump();
        assertThat(of(p.eventsA, IkeEvent.ChildSaInstalled.class)).hasSize(1);
        assertThat(of(p.eventsB, IkeEvent.ChildSaInstalled.class)).hasSize(1);
        assertThat(p.a.snapshots().get(0).children()).hasSize(2);
    }

    @Test
    void deleteChildFromResponderSide() {
        EnginePair p = EnginePair.established();
        IkeSaSnapshot b = p.b.snapshots().get(0);
        assertThat(p.b.deleteChild(b.localSpi(), b.children().get(0).inboundSpi())).isTrue();
        p.pump();
        assertThat(of(p.eventsA, IkeEvent.ChildSaRemoved.class).get(0).reason()).isEqualTo("deleted by peer");
        assertThat(of(p.eventsB, IkeEvent.ChildSaRemoved.class).get(0).reason()).isEqualTo("deleted locally");
        assertThat(p.a.snapshots().get(0).children()).isEmpty();
    }

    @Test
    void deleteIkeFromEitherSide() {
        EnginePair p = EnginePair.established();
        p.b.deleteIke(p.b.snapshots().get(0).localSpi());
        p.pump();
        assertThat(p.a.ikeSaCount()).isZero();
        assertThat(p.b.ikeSaCount()).isZero();
        assertThat(of(p.eventsA, IkeEvent.ChildSaRemoved.class)).hasSize(1);
        EnginePair q = EnginePair.established();
        q.a.deleteIke(q.a.snapshots().get(0).localSpi());
        q.pump();
        assertThat(q.a.ikeSaCount()).isZero();
        assertThat(q.b.ikeSaCount()).isZero();
    }

    @Test
    void dpdDetectsADeadPeerAndKeepsALiveOne() {
        EnginePair p = new EnginePair();
        p.b.addPeer(EnginePair.paramsB(EnginePair.cbc256()));
        p.a.initiate(EnginePair.paramsA(EnginePair.cbc256()).withDpd(new DpdSettings(10_000, 2_000, 3)));
        p.pump();
        p.run(35_000, 500);
        assertThat(p.a.ikeSaCount()).isEqualTo(1);
        assertThat(of(p.eventsA, IkeEvent.ExchangeSent.class, e -> e.exchange().exchange().equals("INFORMATIONAL")
                && e.exchange().payloads().isEmpty())).hasSizeGreaterThanOrEqualTo(3);
        p.lossRate = 1.0; // the peer vanishes
        p.run(30_000, 500);
        assertThat(p.a.ikeSaCount()).isZero();
        assertThat(of(p.eventsA, IkeEvent.Failure.class).get(0).reason()).contains("dead peer detection");
        assertThat(of(p.eventsA, IkeEvent.IkeSaDown.class).get(0).reason()).isEqualTo("dead peer detected");
    }

    @Test
    void retransmittedRequestIsAnsweredFromTheCacheWithTheSameBytes() {
        EnginePair p = new EnginePair();
        p.b.addPeer(EnginePair.paramsB(EnginePair.cbc256()));
        p.a.initiate(EnginePair.paramsA(EnginePair.cbc256()));
        p.b.receive(p.toB.poll());
        p.a.receive(p.toA.poll()); // IKE_SA_INIT done, IKE_AUTH request queued
        var authRequest = p.toB.poll();
        p.b.receive(authRequest);
        byte[] first = p.toA.peek().data();
        p.b.receive(authRequest);
        assertThat(p.toA).hasSize(2);
        assertThat(p.toA.toArray(new iosim.ike.net.Datagram[0])[1].data()).isEqualTo(first);
        assertThat(p.b.counters().retransmittedResponses).isEqualTo(1);
        p.pump();
        assertThat(of(p.eventsA, IkeEvent.IkeSaUp.class)).hasSize(1);
        assertThat(of(p.eventsB, IkeEvent.IkeSaUp.class)).hasSize(1);
        assertThat(p.a.counters().unexpectedResponseDropped).isEqualTo(1);
    }

    @Test
    void initialContactFromARebootedPeerRemovesItsOldSas() {
        EnginePair p = EnginePair.established();
        long oldB = p.b.snapshots().get(0).localSpi();
        // A "reboots": a fresh IKE SA from the same identity with INITIAL_CONTACT
        p.a.initiate(EnginePair.paramsA(EnginePair.cbc256()));
        p.pump();
        assertThat(p.b.snapshots()).hasSize(1);
        assertThat(p.b.snapshots().get(0).localSpi()).isNotEqualTo(oldB);
        assertThat(of(p.eventsB, IkeEvent.IkeSaDown.class)).extracting(IkeEvent.IkeSaDown::reason)
                .containsExactly("peer sent INITIAL_CONTACT");
        assertThat(of(p.eventsB, IkeEvent.ChildSaRemoved.class)).hasSize(1);
        // without INITIAL_CONTACT both are kept
        p.a.initiate(EnginePair.paramsA(EnginePair.cbc256()).withInitialContact(false));
        p.pump();
        assertThat(p.b.snapshots()).hasSize(2);
    }
}
