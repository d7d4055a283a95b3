package iosim.ospf;

import static iosim.ospf.packet.Addr.parse;
import static org.assertj.core.api.Assertions.assertThat;

import iosim.ospf.packet.Auth;
import iosim.ospf.sim.SimNetwork;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Processes joined by simulated segments, in virtual time. */
class OspfLabTest {
    private static InterfaceSpec lan(String name, String addr, int len, int area) {
        return InterfaceSpec.broadcast(name, parse(addr), len, area, 1);
    }

    private static InterfaceSpec loop(String name, String addr) {
        return InterfaceSpec.broadcast(name, parse(addr), 32, 0, 1).withNetworkType(NetworkType.LOOPBACK);
    }

    private static NeighborState state(SimNetwork.Router r, String rid) {
        return r.process.neighbors().stream().filter(n -> n.routerId() == parse(rid)).map(Snapshots.Neighbor::state)
                .findFirst().orElse(NeighborState.DOWN);
    }

    @Test
    void twoRoutersOnALanReachFullElectTheHigherIdAndLearnLoopbacks() {
        SimNetwork net = new SimNetwork(1);
        SimNetwork.Router r1 = net.router("R1");
        SimNetwork.Router r2 = net.router("R2");
        net.attach("lan", r1, "Gi0/0", parse("10.0.12.1"));
        net.attach("lan", r2, "Gi0/0", parse("10.0.12.2"));
        r1.apply(ProcessSpec.of(1, parse("1.1.1.1"), List.of(lan("Gi0/0", "10.0.12.1", 24, 0), loop("Lo0", "1.1.1.1"))));
        r2.apply(ProcessSpec.of(1, parse("2.2.2.2"), List.of(lan("Gi0/0", "10.0.12.2", 24, 0), loop("Lo0", "2.2.2.2"))));
        net.advance(50_000);
        assertThat(state(r1, "2.2.2.2")).isEqualTo(NeighborState.FULL);
        assertThat(state(r2, "1.1.1.1")).isEqualTo(NeighborState.FULL);
        Snapshots.Interface i1 = r1.process.interfaces().get(0);
        assertThat(i1.drRouterId()).isEqualTo(parse("2.2.2.2"));
        assertThat(i1.bdrRouterId()).isEqualTo(parse("1.1.1.1"));
        assertThat(i1.state()).isEqualTo(InterfaceState.BACKUP);
        OspfRoute toR2 = r1.route(parse("2.2.2.2"), 32);
        assertThat(toR2).isNotNull();
        assertThat(toR2.cost()).isEqualTo(2);
        assertThat(toR2.nextHops()).containsExactly(new OspfRoute.NextHop(parse("10.0.12.2"), "Gi0/0"));
        assertThat(r2.route(parse("1.1.1.1"), 32).nextHops())
                .containsExactly(new OspfRoute.NextHop(parse("10.0.12.1"), "Gi0/0"));
        // both databases hold two router-LSAs and the DR's network-LSA
        assertThat(r1.process.database()).hasSize(3);
        assertThat(r2.process.database()).extracting(Snapshots.Lsa::type).containsExactlyInAnyOrder(1, 1, 2);
    }

    @Test
    void threeRoutersOnALanTheDrOthersStayTwoWay() {
        SimNetwork net = new SimNetwork(1);
        SimNetwork.Router[] r = new SimNetwork.Router[3];
        for (int i = 0; i < 3; i++) {
            r[i] = net.router("R" + (i + 1));
            String a = "10.0.0." + (i + 1);
            net.attach("lan", r[i], "Gi0/0", parse(a));
            r[i].apply(ProcessSpec.of(1, parse((i + 1) + "." + (i + 1) + "." + (i + 1) + "." + (i + 1)),
                    List.of(lan("Gi0/0", a, 24, 0).withPriority(i == 0 ? 0 : 1))));
        }
        net.advance(60_000);
        // R1 has priority 0: R3 DR, R2 BDR; R1 is FULL with both, DROTHER
        assertThat(state(r[0], "3.3.3.3")).isEqualTo(NeighborState.FULL);
        assertThat(state(r[0], "2.2.2.2")).isEqualTo(NeighborState.FULL);
        assertThat(r[0].process.interfaces().get(0).state()).isEqualTo(InterfaceState.DR_OTHER);
        assertThat(r[2].process.interfaces().get(0).state()).isEqualTo(InterfaceState.DR);
        assertThat(r[1].process.interfaces().get(0).state()).isEqualTo(InterfaceState.BACKUP);
        // add a fourth DROTHER: it stays 2-WAY with R1
        SimNetwork.Router r4 = net.router("R4");
        net.attach("lan", r4, "Gi0/0", parse("10.0.0.4"));
        r4.apply(ProcessSpec.of(1, parse("4.4.4.4"), List.of(lan("Gi0/0", "10.0.0.4", 24, 0))));
        net.advance(60_000);
        assertThat(state(r4, "1.1.1.1")).isEqualTo(NeighborState.TWO_WAY);
        assertThat(state(r4, "3.3.3.3")).isEqualTo(NeighborState.FULL);
        assertThat(r[2].process.interfaces().get(0).state()).isEqualTo(InterfaceState.DR); // no pre-emption
    }

    @Test
    void helloIntervalMismatchNeverFormsAnAdjacency() {
        SimNetwork net = new SimNetwork(1);
        SimNetwork.Router r1 = net.router("R1");
        SimNetwork.Router r2 = net.router("R2");
        net.attach("lan", r1, "Gi0/0", parse("10.0.12.1"));
        net.attach("lan", r2, "Gi0/0", parse("10.0.12.2"));
        r1.apply(ProcessSpec.of(1, parse("1.1.1.1"), List.of(lan("Gi0/0", "10.0.12.1", 24, 0))));
        r2.apply(ProcessSpec.of(1, parse("2.2.2.2"), List.of(lan("Gi0/0", "10.0.12.2", 24, 0).withTimers(5, 40))));
        net.advance(120_000);
        assertThat(r1.process.neighbors()).isEmpty();
        assertThat(r1.events).anyMatch(e -> e instanceof OspfEvent.Mismatch m && m.what() == OspfEvent.Kind.HELLO_INTERVAL
                && m.ours() == 10 && m.theirs() == 5);
    }

    @Test
    void md5AuthenticationFormsWithTheRightKeyAndNotWithAWrongOne() {
        for (String key2 : new String[] {"s3cret", "wrong"}) {
            SimNetwork net = new SimNetwork(1);
            SimNetwork.Router r1 = net.router("R1");
            SimNetwork.Router r2 = net.router("R2");
            net.attach("lan", r1, "Gi0/0", parse("10.0.12.1"));
            net.attach("lan", r2, "Gi0/0", parse("10.0.12.2"));
            r1.apply(ProcessSpec.of(1, parse("1.1.1.1"),
                    List.of(lan("Gi0/0", "10.0.12.1", 24, 0).withAuth(Auth.md5(1, "s3cret")))));
            r2.apply(ProcessSpec.of(1, parse("2.2.2.2"),
                    List.of(lan("Gi0/0", "10.0.12.2", 24, 0).withAuth(Auth.md5(1, key2)))));
            net.advance(60_000);
            if (key2.equals("s3cret")) {
                assertThat(state(r1, "2.2.2.2")).isEqualTo(NeighborState.FULL);
            } else {
                assertThat(r1.process.neighbors()).isEmpty();
                assertThat(r1.events).anyMatch(e -> e instanceof OspfEvent.Mismatch m && m.what() == OspfEvent.Kind.AUTH_DIGEST);
            }
        }
    }

    @Test
    void aDeadNeighbourIsDroppedAfterTheDeadIntervalAndItsRoutesGo() {
        SimNetwork net = new SimNetwork(1);
        SimNetwork.Router r1 = net.router("R1");
        SimNetwork.Router r2 = net.router("R2");
        net.attach("lan", r1, "Gi0/0", parse("10.0.12.1"));
        net.attach("lan", r2, "Gi0/0", parse("10.0.12.2"));
        r1.apply(ProcessSpec.of(1, parse("1.1.1.1"), List.of(lan("Gi0/0", "10.0.12.1", 24, 0))));
        r2.apply(ProcessSpec.of(1, parse("2.2.2.2"), List.of(lan("Gi0/0", "10.0.12.2", 24, 0), loop("Lo0", "2.2.2.2"))));
        net.advance(50_000);
        assertThat(r1.route(parse("2.2.2.2"), 32)).isNotNull();
        net.detach(r2, "Gi0/0");
        net.advance(41_000);
        assertThat(r1.process.neighbors()).isEmpty();
        assertThat(r1.events).anyMatch(e -> e instanceof OspfEvent.AdjacencyChange c && c.to() == NeighborState.DOWN
                && c.reason() == OspfEvent.Reason.DEAD_TIMER);
        net.advance(1_000);
        assertThat(r1.route(parse("2.2.2.2"), 32)).isNull();
    }

    @Test
    void aChainOfPointToPointLinksAcrossTwoAreasGivesInterAreaAndExternalRoutes() {
        // R1 --area 1-- R2 (ABR) --area 0-- R3 (ASBR, redistributes 192.168.3.0/24 as E2 20)
        SimNetwork net = new SimNetwork(1);
        SimNetwork.Router r1 = net.router("R1");
        SimNetwork.Router r2 = net.router("R2");
        SimNetwork.Router r3 = net.router("R3");
        net.attach("l12", r1, "Tu0", parse("10.1.12.1"));
        net.attach("l12", r2, "Tu0", parse("10.1.12.2"));
        net.attach("l23", r2, "Tu1", parse("10.0.23.2"));
        net.attach("l23", r3, "Tu1", parse("10.0.23.3"));

        r1.apply(ProcessSpec.of(1, parse("1.1.1.1"), List.of(ptp("Tu0", "10.1.12.1", 1, 10),
                loop("Lo0", "1.1.1.1").withArea(1))));
        r2.apply(ProcessSpec.of(1, parse("2.2.2.2"), List.of(ptp("Tu0", "10.1.12.2", 1, 10), ptp("Tu1", "10.0.23.2", 0, 5))));
        r3.apply(ProcessSpec.of(1, parse("3.3.3.3"), List.of(ptp("Tu1", "10.0.23.3", 0, 5), loop("Lo0", "3.3.3.3")))
                .withExternals(List.of(new ExternalRoute(parse("192.168.3.0"), 24, 20, true, 0))));
        net.advance(60_000);
        OspfRoute lo3 = r1.route(parse("3.3.3.3"), 32);
        assertThat(lo3.type()).isEqualTo(OspfRoute.Type.INTER_AREA);
        assertThat(lo3.cost()).isEqualTo(16);
        assertThat(lo3.nextHops()).containsExactly(new OspfRoute.NextHop(parse("10.1.12.2"), "Tu0"));
        OspfRoute ext = r1.route(parse("192.168.3.0"), 24);
        assertThat(ext.type()).isEqualTo(OspfRoute.Type.EXTERNAL_2);
        assertThat(ext.cost()).isEqualTo(20);
        assertThat(r3.route(parse("1.1.1.1"), 32).type()).isEqualTo(OspfRoute.Type.INTER_AREA);
        assertThat(r2.route(parse("1.1.1.1"), 32).type()).isEqualTo(OspfRoute.Type.INTRA_AREA);
        assertThat(r2.process.snapshot().abr()).isTrue();
        // area 1 made stub on both sides: no externals, a default summary instead
        r1.apply(r1.process.routesSpec().withStubAreas(Set.of(1), Set.of()));
        r2.apply(r2.process.routesSpec().withStubAreas(Set.of(1), Set.of()));
        net.advance(60_000);
        assertThat(r1.route(parse("192.168.3.0"), 24)).isNull();
        assertThat(r1.route(0, 0).type()).isEqualTo(OspfRoute.Type.INTER_AREA);
        assertThat(r1.route(parse("3.3.3.3"), 32)).isNotNull();
    }

    private static InterfaceSpec ptp(String name, String addr, int area, int cost) {
        return InterfaceSpec.broadcast(name, parse(addr), 24, area, cost).withNetworkType(NetworkType.POINT_TO_POINT);
    }
}
