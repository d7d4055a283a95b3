package iosim.dataplane;

import static iosim.dataplane.TestLab.eth;
import static iosim.dataplane.TestLab.get;
import static iosim.dataplane.TestLab.ip;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Administrative distance, floating statics, recursive next hops and protocol routes in the RIB. */
class RibTest {
    private TestLab lab;
    private Node r;

    @BeforeEach
    void build() {
        lab = new TestLab(1);
        r = lab.node("R1");
        Node peer = lab.node("R2");
        TestLab.wire(eth(r, "Gi0/0", "10.0.12.1/24"), eth(peer, "Gi0/0", "10.0.12.2/24"));
        TestLab.wire(eth(r, "Gi0/1", "10.0.13.1/24"), eth(peer, "Gi0/1", "10.0.13.3/24"));
    }

    @AfterEach
    void close() {
        lab.close();
    }

    private static Route ospf(String prefix, int len, String nh, String ifName, int metric) {
        return new Route(Route.Code.O, ip(prefix), len, ip(nh), ifName, 110, metric, 1);
    }

    private Route best(String prefix, int len) {
        return get(r.routes()).stream().filter(x -> x.prefix() == ip(prefix) && x.prefixLength() == len).findFirst()
                .orElse(null);
    }

    @Test
    void equalCostPathsShareFlowsAndKeepEachFlowOnOnePath() {
        get(r.setProtocolRoutes("ospf 1", List.of(ospf("192.168.9.0", 24, "10.0.12.2", "Gi0/0", 20),
                ospf("192.168.9.0", 24, "10.0.13.3", "Gi0/1", 20))));
        java.util.Set<String> used = new java.util.HashSet<>();
        for (int host = 1; host <= 32; host++) {
            int src = ip("172.16.0." + host);
            ForwardingDecision fd = get(r.call(() -> r.resolve(ip("192.168.9.5"), src)));
            used.add(fd.iface().name());
            for (int again = 0; again < 3; again++) {
                assertThat(get(r.call(() -> r.resolve(ip("192.168.9.5"), src))).iface()).isSameAs(fd.iface());
            }
        }
        assertThat(used).containsExactlyInAnyOrder("Gi0/0", "Gi0/1");
        // one path left: every flow takes it
        get(r.setProtocolRoutes("ospf 1", List.of(ospf("192.168.9.0", 24, "10.0.13.3", "Gi0/1", 20))));
        assertThat(get(r.call(() -> r.resolve(ip("192.168.9.5"), ip("172.16.0.1")))).iface().name()).isEqualTo("Gi0/1");
    }

    @Test
    void aFloatingStaticWaitsBehindOspfAndTakesOverWhenOspfWithdraws() {
        get(r.addStaticRoute(new StaticRoute(ip("192.168.9.0"), 24, ip("10.0.13.3"), null, 250)));
        assertThat(best("192.168.9.0", 24).code()).isEqualTo(Route.Code.S);
        get(r.setProtocolRoutes("ospf 1", List.of(ospf("192.168.9.0", 24, "10.0.12.2", "Gi0/0", 20))));
        assertThat(best("192.168.9.0", 24).code()).isEqualTo(Route.Code.O);
        assertThat(get(r.call(() -> r.resolve(ip("192.168.9.5")))).nextHop()).isEqualTo(ip("10.0.12.2"));
        get(r.setProtocolRoutes("ospf 1", List.of()));
        assertThat(best("192.168.9.0", 24).code()).isEqualTo(Route.Code.S);
        assertThat(get(r.call(() -> r.resolve(ip("192.168.9.5")))).nextHop()).isEqualTo(ip("10.0.13.3"));
    }

    @Test
    void aStaticWithTheDefaultDistanceBeatsOspf() {
        get(r.setProtocolRoutes("ospf 1", List.of(ospf("192.168.9.0", 24, "10.0.12.2", "Gi0/0", 20))));
        get(r.addStaticRoute(new StaticRoute(ip("192.168.9.0"), 24, ip("10.0.13.3"), null, 1)));
        assertThat(best("192.168.9.0", 24).code()).isEqualTo(Route.Code.S);
    }

    @Test
    void nextHopsResolveRecursivelyThroughStaticsAndOspf() {
        // 172.16.0.0/16 via 2.2.2.2, 2.2.2.2/32 learned by OSPF via 10.0.12.2
        get(r.addStaticRoute(StaticRoute.via("172.16.0.0/16", "2.2.2.2")));
        assertThat(best("172.16.0.0", 16)).isNull(); // not resolvable yet
        get(r.setProtocolRoutes("ospf 1", List.of(ospf("2.2.2.2", 32, "10.0.12.2", "Gi0/0", 2))));
        assertThat(best("172.16.0.0", 16)).isNotNull();
        ForwardingDecision fd = get(r.call(() -> r.resolve(ip("172.16.4.4"))));
        assertThat(fd.iface().name()).isEqualTo("Gi0/0");
        assertThat(fd.nextHop()).isEqualTo(ip("10.0.12.2"));
        // and through a chain of statics
        get(r.addStaticRoute(StaticRoute.via("10.99.0.0/16", "172.16.1.1")));
        assertThat(get(r.call(() -> r.resolve(ip("10.99.1.1")))).nextHop()).isEqualTo(ip("10.0.12.2"));
    }

    @Test
    void equalCostOspfPathsAreKeptTogetherAndConnectedBeatsOspf() {
        get(r.setProtocolRoutes("ospf 1", List.of(ospf("3.3.3.3", 32, "10.0.12.2", "Gi0/0", 3),
                ospf("3.3.3.3", 32, "10.0.13.3", "Gi0/1", 3), ospf("10.0.12.0", 24, "10.0.13.3", "Gi0/1", 5))));
        List<Route> all = get(r.routes());
        assertThat(all.stream().filter(x -> x.prefix() == ip("3.3.3.3"))).hasSize(2);
        assertThat(best("10.0.12.0", 24).code()).isEqualTo(Route.Code.C);
        assertThat(all.stream().filter(x -> x.prefix() == ip("10.0.12.0") && x.code() == Route.Code.O)).isEmpty();
        // routes through a downed interface leave the table
        get(r.setAdminUp("Gi0/0", false));
        assertThat(get(r.routes()).stream().filter(x -> x.prefix() == ip("3.3.3.3"))).hasSize(1);
    }
}
