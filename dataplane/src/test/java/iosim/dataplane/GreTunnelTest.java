package iosim.dataplane;

import static iosim.dataplane.TestLab.get;
import static iosim.dataplane.TestLab.ip;
import static org.assertj.core.api.Assertions.assertThat;

import iosim.dataplane.link.InProcessWire;
import iosim.dataplane.packet.MacAddress;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two nodes joined by a GRE tunnel over one Ethernet: encapsulation and decapsulation, the key,
 * the line state (source, destination, route, recursion) and Cisco keepalives, on a fake clock.
 */
class GreTunnelTest {
    private final AtomicLong clock = new AtomicLong(1_000_000_000L);
    private TestLab lab;
    private Node r1;
    private Node r2;

    @BeforeEach
    void build() {
        lab = new TestLab(2);
        r1 = new Node("R1", lab.group().next(), clock::get, false);
        r2 = new Node("R2", lab.group().next(), clock::get, false);
        EthernetInterface a = eth(r1, "Gi0/0", "192.0.2.1/24");
        EthernetInterface b = eth(r2, "Gi0/0", "192.0.2.2/24");
        InProcessWire.connect(a, b);
        get(r1.call(() -> null));
        get(r2.call(() -> null));
        tunnel(r1, "10.9.9.1", "192.0.2.1", "192.0.2.2", GreSettings.PLAIN);
        tunnel(r2, "10.9.9.2", "192.0.2.2", "192.0.2.1", GreSettings.PLAIN);
        get(r2.addLoopback("Loopback0"));
        get(r2.setAddress("Loopback0", ip("2.2.2.2"), 32));
        get(r2.setAdminUp("Loopback0", true));
        get(r1.addStaticRoute(StaticRoute.out("2.2.2.2/32", "Tunnel0")));
    }

    private static EthernetInterface eth(Node n, String name, String cidr) {
        EthernetInterface e = get(n.addEthernet(name, MacAddress.randomLocal()));
        String[] p = cidr.split("/");
        get(n.setAddress(name, ip(p[0]), Integer.parseInt(p[1])));
        get(n.setAdminUp(name, true));
        return e;
    }

    private static void tunnel(Node n, String addr, String src, String dst, GreSettings s) {
        get(n.addTunnel("Tunnel0"));
        get(n.setGre("Tunnel0", s));
        get(n.setMtu("Tunnel0", 1476));
        get(n.setAddress("Tunnel0", ip(addr), 30));
        get(n.setTunnelEndpoints("Tunnel0", ip(src), ip(dst)));
        get(n.setAdminUp("Tunnel0", true));
    }

    @AfterEach
    void tearDown() {
        get(r1.close());
        get(r2.close());
        lab.close();
    }

    private TunnelInterface t(Node n) {
        return (TunnelInterface) n.iface("Tunnel0");
    }

    private void advance(Duration d) {
        clock.addAndGet(d.toNanos());
        r1.runMaintenance();
        r2.runMaintenance();
        get(r1.call(() -> null));
        get(r2.call(() -> null));
        get(r1.call(() -> null));
    }

    @Test
    void pingsThroughTheTunnelBothWays() {
        assertThat(t(r1).lineProtocolUp()).isTrue();
        assertThat(TestLab.pingUntilReply(r1, "2.2.2.2", 5)).isInstanceOf(ProbeResult.Reply.class);
        assertThat(TestLab.pingUntilReply(r2, "10.9.9.1", 5)).isInstanceOf(ProbeResult.Reply.class);
        assertThat(t(r1).counters().outputPackets()).isGreaterThanOrEqualTo(1);
        assertThat(t(r2).counters().inputPackets()).isGreaterThanOrEqualTo(1);
        assertThat(get(r2.call(() -> r2.gre().decapsulated))).isGreaterThanOrEqualTo(1);
    }

    @Test
    void bigPacketsAreFragmentedBeforeEncapsulationUnlessDfIsSet() {
        assertThat(TestLab.pingUntilReply(r1, "10.9.9.2", 5)).isInstanceOf(ProbeResult.Reply.class);
        ProbeResult big = get(r1.ping(PingRequest.to(ip("2.2.2.2")).withSize(1500).withTimeout(Duration.ofSeconds(1))));
        assertThat(big).isInstanceOf(ProbeResult.Reply.class);
        ProbeResult df = get(r1.ping(PingRequest.to(ip("2.2.2.2")).withSize(1500).withDontFragment(true)
                .withTimeout(Duration.ofMillis(500))));
        assertThat(df).isNotInstanceOf(ProbeResult.Reply.class);
        assertThat(get(r1.trafficStats()).fragmentationNeeded()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void aKeyMismatchBlackHolesAndIsCounted() {
        get(r1.setGre("Tunnel0", new GreSettings(true, 100, false, 0, 0)));
        assertThat(t(r1).mtu()).isEqualTo(1476);
        ProbeResult r = get(r1.ping(PingRequest.to(ip("10.9.9.2")).withTimeout(Duration.ofMillis(300))));
        r = get(r1.ping(PingRequest.to(ip("10.9.9.2")).withTimeout(Duration.ofMillis(300))));
        assertThat(r).isNotInstanceOf(ProbeResult.Reply.class);
        assertThat(get(r2.call(() -> r2.gre().noTunnel))).isGreaterThanOrEqualTo(1);
        get(r2.setGre("Tunnel0", new GreSettings(true, 100, true, 0, 0)));
        assertThat(TestLab.pingUntilReply(r1, "10.9.9.2", 3)).isInstanceOf(ProbeResult.Reply.class);
    }

    @Test
    void aProtectedTunnelDropsGreThatArrivesInClearButTakesKeepaliveReplies() {
        get(r2.setGre("Tunnel0", new GreSettings(false, 0, false, 0, 0, true)));
        get(r1.setGre("Tunnel0", new GreSettings(false, 0, false, 5, 2)));
        ProbeResult r = get(r1.ping(PingRequest.to(ip("10.9.9.2")).withTimeout(Duration.ofMillis(300))));
        r = get(r1.ping(PingRequest.to(ip("10.9.9.2")).withTimeout(Duration.ofMillis(300))));
        assertThat(r).isNotInstanceOf(ProbeResult.Reply.class);
        assertThat(get(r2.call(() -> r2.gre().unprotectedDrops))).isGreaterThanOrEqualTo(1);
        // r2 keepalives: r1 reflects them in clear and r2 takes the reply
        get(r2.setGre("Tunnel0", new GreSettings(false, 0, false, 5, 2, true)));
        for (int i = 0; i < 3; i++) {
            advance(Duration.ofSeconds(5));
        }
        assertThat(t(r2).keepalivesAnswered()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void lineStateFollowsSourceDestinationAndRoute() {
        get(r1.setTunnelEndpoints("Tunnel0", ip("192.0.2.1"), 0));
        assertThat(t(r1).greState()).isEqualTo(TunnelInterface.GreState.NO_DESTINATION);
        get(r1.setTunnelEndpoints("Tunnel0", ip("192.0.2.1"), ip("198.51.100.7")));
        assertThat(t(r1).greState()).isEqualTo(TunnelInterface.GreState.NO_ROUTE);
        assertThat(t(r1).lineProtocolUp()).isFalse();
        get(r1.addStaticRoute(StaticRoute.via("0.0.0.0/0", "192.0.2.2")));
        assertThat(t(r1).greState()).isEqualTo(TunnelInterface.GreState.UP);
        // the destination learnt through the tunnel itself: recursive routing, held down
        get(r1.addStaticRoute(StaticRoute.out("198.51.100.0/24", "Tunnel0")));
        assertThat(t(r1).greState()).isEqualTo(TunnelInterface.GreState.RECURSIVE);
        assertThat(t(r1).lineProtocolUp()).isFalse();
        get(r1.setAdminUp("Gi0/0", false));
        assertThat(t(r1).greState()).isEqualTo(TunnelInterface.GreState.SOURCE_DOWN);
        get(r1.setAdminUp("Tunnel0", false));
        assertThat(t(r1).greState()).isEqualTo(TunnelInterface.GreState.ADMIN_DOWN);
    }

    @Test
    void keepalivesTakeTheLineDownAndBackUp() {
        get(r1.setGre("Tunnel0", new GreSettings(false, 0, false, 10, 3)));
        assertThat(TestLab.pingUntilReply(r1, "10.9.9.2", 5)).isInstanceOf(ProbeResult.Reply.class);
        for (int i = 0; i < 5; i++) {
            advance(Duration.ofSeconds(10));
        }
        assertThat(t(r1).keepalivesSent()).isGreaterThanOrEqualTo(5);
        assertThat(t(r1).keepalivesAnswered()).isGreaterThanOrEqualTo(4);
        assertThat(t(r1).lineProtocolUp()).isTrue();
        // the peer's tunnel goes away: keepalives are no longer reflected
        get(r2.setAdminUp("Tunnel0", false));
        for (int i = 0; i < 3; i++) {
            advance(Duration.ofSeconds(10));
            assertThat(t(r1).lineProtocolUp()).as("after %d unanswered", i + 1).isTrue();
        }
        advance(Duration.ofSeconds(10));
        assertThat(t(r1).greState()).isEqualTo(TunnelInterface.GreState.KEEPALIVE);
        assertThat(get(r1.routes()).stream().noneMatch(r -> "Tunnel0".equals(r.interfaceName()))).isTrue();
        // back: the next keepalive is answered (the peer reflects it even while its own line is down)
        get(r2.setAdminUp("Tunnel0", true));
        advance(Duration.ofSeconds(10));
        assertThat(t(r1).lineProtocolUp()).isTrue();
    }

    @Test
    void oneSidedKeepalivesAreReflectedByAPeerWhoseLineIsDown() {
        get(r1.setGre("Tunnel0", new GreSettings(false, 0, false, 5, 2)));
        // the peer's tunnel is down (its destination routed through itself): it still reflects
        get(r2.addStaticRoute(StaticRoute.out("192.0.2.1/32", "Tunnel0")));
        assertThat(t(r2).greState()).isEqualTo(TunnelInterface.GreState.RECURSIVE);
        for (int i = 0; i < 4; i++) {
            advance(Duration.ofSeconds(5));
        }
        assertThat(t(r1).keepalivesAnswered()).isGreaterThanOrEqualTo(3);
        assertThat(t(r1).lineProtocolUp()).isTrue();
    }
}
