package iosim.ikev1.engine;

import static iosim.ikev1.engine.EnginePair.of;
import static org.assertj.core.api.Assertions.assertThat;

import iosim.ike.crypto.DhGroup;
import iosim.ikev1.api.ChildKeys;
import iosim.ikev1.api.DpdSettings;
import iosim.ikev1.api.Ikev1Event;
import iosim.ikev1.api.QuickModeParams;
import iosim.ike.net.Datagram;
import java.net.InetSocketAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Aggressive Mode, several Quick Modes, delete, DPD, rekey and NAT-T between two engines. */
class ExchangeTest {

    @Test
    void aggressiveModeComesUpInThreeMessages() {
        EnginePair p = EnginePair.configured(List.of(EnginePair.aes256()), null, EnginePair.espAes());
        p.a.addPeer(p.a.peer("B").orElseThrow().withAggressive(true));
        p.a.connect("B");
        assertThat(p.a.snapshots().get(0).state()).isEqualTo("AG_NO_STATE");
        p.b.receive(p.toB.poll());
        assertThat(p.b.snapshots().get(0).state()).isEqualTo("AG_INIT_EXCH");
        p.pump();
        MainModeTest.assertUp(p);
        assertThat(p.a.snapshots().get(0).aggressive()).isTrue();
        assertThat(p.a.snapshots().get(0).state()).isEqualTo("QM_IDLE");
        assertThat(p.wire).hasSize(6);
    }

    @Test
    void aggressiveModeRefusedWhenDisabled() {
        EnginePair p = EnginePair.configured(List.of(EnginePair.aes256()), null, EnginePair.espAes());
        p.a.addPeer(p.a.peer("B").orElseThrow().withAggressive(true));
        p.b.setAggressiveModeDisabled(true);
        p.a.connect("B");
        p.run(120_000, 1000);
        assertThat(of(p.eventsB, Ikev1Event.Phase1Failed.class)).extracting(Ikev1Event.Phase1Failed::reason)
                .contains("aggressive mode disabled");
        assertThat(of(p.eventsA, Ikev1Event.Phase1Failed.class)).hasSize(1);
        assertThat(p.a.childSas()).isEmpty();
    }

    @Test
    void severalQuickModesShareOneIsakmpSa() {
        EnginePair p = new EnginePair();
        var esp = EnginePair.espAes();
        p.a.addPeer(EnginePair.peerA(List.of(EnginePair.aes256()), "k",
                EnginePair.qm("10.1.0.0/24", "10.2.0.0/24", null, esp),
                EnginePair.qm("10.1.1.0/24", "10.2.1.0/24", DhGroup.MODP_2048, esp),
                EnginePair.qm("10.1.2.5/32", "10.2.2.0/24", null, esp)));
        p.b.addPeer(EnginePair.peerB(List.of(EnginePair.aes256()), "k",
                EnginePair.qm("10.2.0.0/16", "10.1.0.0/16", null, esp)));
        p.a.connect("B");
        p.pump();
        assertThat(p.a.snapshots()).hasSize(1);
        assertThat(p.a.childSas()).hasSize(3);
        assertThat(p.b.childSas()).hasSize(3);
        // the responder takes the initiator's narrower identities inside its own
        assertThat(p.b.childSas()).extracting(k -> k.remote().toString())
                .containsExactlyInAnyOrder("10.1.0.0/24", "10.1.1.0/24", "10.1.2.5/32");
        assertThat(p.b.childSas().stream().filter(k -> k.pfs() != null)).hasSize(1);
        // the responder starts its own Quick Mode over the same ISAKMP SA
        p.b.connect("A", EnginePair.qm("10.2.9.0/24", "10.1.9.0/24", null, esp));
        p.pump();
        assertThat(p.a.childSas()).hasSize(3); // A has no entry covering 10.1.9.0/24 <- refused
        p.a.addPeer(p.a.peer("B").orElseThrow().withQuickModes(List.of(EnginePair.qm("10.1.0.0/16", "10.2.0.0/16",
                null, esp))));
        p.b.connect("A", EnginePair.qm("10.2.9.0/24", "10.1.9.0/24", null, esp));
        p.pump();
        assertThat(p.a.childSas()).hasSize(4);
        assertThat(p.b.snapshots()).hasSize(1);
    }

    @Test
    void deleteReachesThePeer() {
        EnginePair p = EnginePair.configured(List.of(EnginePair.aes256()), null, EnginePair.espAes());
        p.a.connect("B");
        p.pump();
        long conn = p.a.snapshots().get(0).connectionId();
        assertThat(p.a.delete(conn)).isTrue();
        p.pump();
        assertThat(of(p.eventsB, Ikev1Event.Phase2Deleted.class)).hasSize(1);
        assertThat(of(p.eventsB, Ikev1Event.Phase1Deleted.class)).hasSize(1);
        assertThat(p.b.childSas()).isEmpty();
        assertThat(p.b.snapshots()).allMatch(s -> s.deleted());
        assertThat(p.a.childSas()).isEmpty();
        // and a new connection works afterwards
        p.eventsA.clear();
        p.eventsB.clear();
        p.a.connect("B");
        p.pump();
        assertThat(p.a.childSas()).hasSize(1);
        assertThat(p.b.childSas()).hasSize(1);
    }

    @Test
    void deleteOfOneIpsecSaKeepsTheIsakmpSa() {
        EnginePair p = EnginePair.configured(List.of(EnginePair.aes256()), null, EnginePair.espAes());
        p.a.connect("B");
        p.pump();
        int spi = p.b.childSas().get(0).inboundSpi();
        assertThat(p.b.deleteChild(spi)).isTrue();
        p.pump();
        assertThat(p.a.childSas()).isEmpty();
        assertThat(p.a.snapshots().get(0).state()).isEqualTo("QM_IDLE");
    }

    @Test
    void dpdKeepsALivePeerAndBuriesADeadOne() {
        EnginePair p = EnginePair.configured(List.of(EnginePair.aes256()), null, EnginePair.espAes());
        p.a.addPeer(p.a.peer("B").orElseThrow().withDpd(DpdSettings.periodic(10, 2)));
        p.a.connect("B");
        p.pump();
        p.run(60_000, 500);
        assertThat(of(p.eventsA, Ikev1Event.Trace.class).stream().filter(t -> t.step().contains("R_U_THERE_ACK")))
                .hasSizeGreaterThanOrEqualTo(4);
        assertThat(of(p.eventsA, Ikev1Event.PeerDead.class)).isEmpty();
        p.bSilent = true;
        p.run(60_000, 500);
        assertThat(of(p.eventsA, Ikev1Event.PeerDead.class)).hasSize(1);
        assertThat(p.a.childSas()).isEmpty();
        assertThat(p.a.snapshots()).allMatch(s -> s.deleted());
    }

    @Test
    void quickModeRekeysBeforeTheLifetimeAndDeletesTheOldPair() {
        EnginePair p = new EnginePair();
        var esp = EnginePair.espAes();
        QuickModeParams qa = new QuickModeParams(EnginePair.qm("10.1.0.0/16", "10.2.0.0/16", DhGroup.ECP_256, esp).local(),
                EnginePair.qm("10.1.0.0/16", "10.2.0.0/16", null, esp).remote(), List.of(esp), DhGroup.ECP_256, 120, 4_608_000);
        p.a.addPeer(EnginePair.peerA(List.of(EnginePair.aes256()), "k", qa));
        p.b.addPeer(EnginePair.peerB(List.of(EnginePair.aes256()), "k",
                EnginePair.qm("10.2.0.0/16", "10.1.0.0/16", DhGroup.ECP_256, esp)));
        p.a.connect("B");
        p.pump();
        ChildKeys first = p.a.childSas().get(0);
        assertThat(first.lifetimeSeconds()).isEqualTo(120);
        p.run(115_000, 1000);
        assertThat(of(p.eventsA, Ikev1Event.Phase2Up.class)).extracting(Ikev1Event.Phase2Up::rekey)
                .containsExactly(false, true);
        assertThat(p.a.childSas()).hasSize(1);
        assertThat(p.b.childSas()).hasSize(1);
        assertThat(p.a.childSas().get(0).inboundSpi()).isNotEqualTo(first.inboundSpi());
        assertThat(p.b.childSas().get(0).outboundSpi()).isEqualTo(p.a.childSas().get(0).inboundSpi());
        assertThat(of(p.eventsB, Ikev1Event.Phase2Deleted.class)).extracting(e -> e.child().outboundSpi())
                .containsExactly(first.inboundSpi());
    }

    @Test
    void isakmpSaExpiresByItsLifetimeKeepingTheIpsecSasAndTheNextQuickModeRekeyRunsPhase1Again() {
        EnginePair p = new EnginePair();
        var esp = EnginePair.espAes();
        var policy = EnginePair.aes256().withLifetime(600);
        QuickModeParams q = EnginePair.qm("10.1.0.0/16", "10.2.0.0/16", null, esp);
        p.a.addPeer(EnginePair.peerA(List.of(policy), "k", new QuickModeParams(q.local(), q.remote(), q.proposals(),
                null, 3600, 4_608_000)));
        p.b.addPeer(EnginePair.peerB(List.of(EnginePair.aes256()), "k", EnginePair.qm("10.2.0.0/16", "10.1.0.0/16", null, esp)));
        p.a.connect("B");
        p.pump();
        assertThat(p.a.snapshots()).singleElement().satisfies(s -> {
            assertThat(s.policy().lifetimeSeconds()).isEqualTo(600);
            assertThat(s.expiresMillis() - s.createdMillis()).isBetween(599_000L, 600_000L);
        });
        assertThat(p.b.snapshots().get(0).policy().lifetimeSeconds()).isEqualTo(600); // the responder takes the shorter
        ChildKeys child = p.a.childSas().get(0);
        p.run(601_000, 1000);
        assertThat(of(p.eventsA, Ikev1Event.Phase1Deleted.class)).extracting(Ikev1Event.Phase1Deleted::reason)
                .contains("lifetime expired");
        assertThat(p.a.snapshots()).allMatch(s -> s.deleted() || !s.established());
        assertThat(p.b.snapshots()).allMatch(s -> s.deleted() || !s.established());
        assertThat(p.a.childSas()).extracting(ChildKeys::inboundSpi).containsExactly(child.inboundSpi());
        long mainModesBefore = of(p.eventsA, Ikev1Event.Phase1Up.class).size();
        assertThat(p.a.rekeyChild(child.inboundSpi())).isTrue();
        p.pump();
        assertThat(of(p.eventsA, Ikev1Event.Phase1Up.class)).hasSize((int) mainModesBefore + 1);
        assertThat(p.a.childSas()).anyMatch(c -> c.inboundSpi() != child.inboundSpi());
        p.run(60_000, 1000);
        assertThat(p.a.childSas()).hasSize(1).noneMatch(c -> c.inboundSpi() == child.inboundSpi());
    }

    @Test
    void responderLifetimeIsShorterSoTheInitiatorTakesIt() {
        EnginePair p = new EnginePair();
        var esp = EnginePair.espAes();
        p.a.addPeer(EnginePair.peerA(List.of(EnginePair.aes256()), "k", EnginePair.qm("10.1.0.0/16", "10.2.0.0/16", null, esp)));
        QuickModeParams b = EnginePair.qm("10.2.0.0/16", "10.1.0.0/16", null, esp);
        p.b.addPeer(EnginePair.peerB(List.of(EnginePair.aes256()), "k", new QuickModeParams(b.local(), b.remote(),
                b.proposals(), null, 1800, 100_000)));
        p.a.connect("B");
        p.pump();
        assertThat(p.a.childSas().get(0).lifetimeSeconds()).isEqualTo(1800);
        assertThat(p.a.childSas().get(0).lifetimeKilobytes()).isEqualTo(100_000);
        assertThat(p.b.childSas().get(0).lifetimeSeconds()).isEqualTo(1800);
    }

    @Test
    void natBetweenThePeersFloatsTo4500AndEncapsulates() {
        EnginePair p = EnginePair.configured(List.of(EnginePair.aes256()), null, EnginePair.espAes());
        InetSocketAddress outside = new InetSocketAddress(EnginePair.addr("203.0.113.7"), 31000);
        InetSocketAddress outside4500 = new InetSocketAddress(EnginePair.addr("203.0.113.7"), 31001);
        // A sits behind a NAT: B sees A as 203.0.113.7 with mapped ports
        p.b.addPeer(EnginePair.peerB(List.of(EnginePair.aes256()), "cisco123",
                EnginePair.qm("10.2.0.0/16", "10.1.0.0/16", null, EnginePair.espAes())).withQuickModes(List.of(
                EnginePair.qm("10.2.0.0/16", "10.1.0.0/16", null, EnginePair.espAes()))));
        p.b.removePeer("A");
        p.b.addPeer(new iosim.ikev1.api.PeerParams("A", new InetSocketAddress(EnginePair.B_ADDR, 500),
                new InetSocketAddress(EnginePair.addr("203.0.113.7"), 500), "cisco123".getBytes(),
                List.of(EnginePair.aes256()), false, null,
                List.of(EnginePair.qm("10.2.0.0/16", "10.1.0.0/16", null, EnginePair.espAes())), true, null));
        p.toBRewrite = d -> new Datagram(d.source().getPort() == 500 ? outside : outside4500, d.destination(), d.data());
        p.toARewrite = d -> new Datagram(d.source(), new InetSocketAddress(EnginePair.A_ADDR,
                d.destination().getPort() == 31000 ? 500 : 4500), d.data());
        p.a.connect("B");
        p.pump();
        ChildKeys ka = p.a.childSas().get(0);
        ChildKeys kb = p.b.childSas().get(0);
        assertThat(ka.udpEncapsulation()).isTrue();
        assertThat(kb.udpEncapsulation()).isTrue();
        assertThat(ka.remoteAddress().getPort()).isEqualTo(4500);
        assertThat(kb.remoteAddress()).isEqualTo(outside4500);
        assertThat(p.a.snapshots().get(0).natDetected()).isTrue();
    }
}
