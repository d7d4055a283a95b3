package iosim.dataplane;

import static iosim.dataplane.TestLab.eth;
import static iosim.dataplane.TestLab.get;
import static iosim.dataplane.TestLab.ip;
import static org.assertj.core.api.Assertions.assertThat;

import iosim.dataplane.packet.IcmpHeader;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** R1 -- R2 -- R3 (with Loopback0 3.3.3.3), each on its own event loop where threads allow. */
class ThreeRouterTest {
    private TestLab lab;
    private Node r1;
    private Node r2;
    private Node r3;

    @BeforeEach
    void build() {
        lab = new TestLab(3);
        r1 = lab.node("R1");
        r2 = lab.node("R2");
        r3 = lab.node("R3");
        EthernetInterface r1g0 = eth(r1, "GigabitEthernet0/0", "10.0.12.1/24");
        EthernetInterface r2g0 = eth(r2, "GigabitEthernet0/0", "10.0.12.2/24");
        EthernetInterface r2g1 = eth(r2, "GigabitEthernet0/1", "10.0.23.2/24");
        EthernetInterface r3g0 = eth(r3, "GigabitEthernet0/0", "10.0.23.3/24");
        get(r3.addLoopback("Loopback0"));
        get(r3.setAddress("Loopback0", ip("3.3.3.3"), 32));
        TestLab.wire(r1g0, r2g0);
        TestLab.wire(r2g1, r3g0);
        get(r1.addStaticRoute(StaticRoute.via("0.0.0.0/0", "10.0.12.2")));
        get(r3.addStaticRoute(StaticRoute.via("0.0.0.0/0", "10.0.23.2")));
        get(r2.addStaticRoute(StaticRoute.via("3.3.3.3/32", "10.0.23.3")));
    }

    @AfterEach
    void tearDown() {
        lab.close();
    }

    @Test
    void firstPingDiesInArpThenAllReply() {
        ProbeResult first = get(r1.ping(PingRequest.to(ip("10.0.12.2")).withTimeout(Duration.ofMillis(300))));
        assertThat(first).isInstanceOf(ProbeResult.Timeout.class);
        assertThat(first.pingChar()).isEqualTo('.');
        for (int i = 0; i < 5; i++) {
            ProbeResult r = get(r1.ping(PingRequest.to(ip("10.0.12.2"))));
            assertThat(r).isInstanceOf(ProbeResult.Reply.class);
            assertThat(((ProbeResult.Reply) r).from()).isEqualTo(ip("10.0.12.2"));
            assertThat(((ProbeResult.Reply) r).bytes()).isEqualTo(100);
        }
        assertThat(get(r1.trafficStats()).arpDrops()).isEqualTo(1);
        List<ArpEntry> arp = get(r1.arpTable());
        assertThat(arp).extracting(ArpEntry::address).containsExactly(ip("10.0.12.1"), ip("10.0.12.2"));
        assertThat(arp.get(0).ageMinutes()).isEqualTo(-1);
        assertThat(arp.get(1).mac()).isEqualTo(r2.ethernet("GigabitEthernet0/0").mac());
    }

    @Test
    void pingAcrossThreeRoutersToLoopback() {
        assertThat(TestLab.pingUntilReply(r1, "3.3.3.3", 5)).isInstanceOf(ProbeResult.Reply.class);
        for (int i = 0; i < 5; i++) {
            ProbeResult r = get(r1.ping(PingRequest.to(ip("3.3.3.3"))));
            assertThat(r.pingChar()).isEqualTo('!');
            assertThat(((ProbeResult.Reply) r).ttl()).isEqualTo(254);
        }
        assertThat(get(r2.trafficStats()).forwarded()).isGreaterThanOrEqualTo(10);
        InterfaceCounters.Snapshot c = get(r2.counters("GigabitEthernet0/1"));
        assertThat(c.outputPackets()).isGreaterThanOrEqualTo(5);
        assertThat(c.inputPackets()).isGreaterThanOrEqualTo(5);
        assertThat(c.inputBytes()).isGreaterThan(500);
    }

    @Test
    void tracerouteShowsEachHopThenTheDestination() {
        TestLab.pingUntilReply(r1, "3.3.3.3", 5);
        ProbeResult hop1 = get(r1.traceProbe(ip("3.3.3.3"), 0, 1, Duration.ofSeconds(2)));
        assertThat(hop1).isEqualTo(new ProbeResult.TimeExceeded(ip("10.0.12.2"),
                ((ProbeResult.TimeExceeded) hop1).rttNanos()));
        ProbeResult hop2 = get(r1.traceProbe(ip("3.3.3.3"), 0, 2, Duration.ofSeconds(2)));
        assertThat(hop2).isInstanceOf(ProbeResult.Unreachable.class);
        ProbeResult.Unreachable u = (ProbeResult.Unreachable) hop2;
        assertThat(u.from()).isEqualTo(ip("3.3.3.3"));
        assertThat(u.code()).isEqualTo(IcmpHeader.CODE_PORT_UNREACHABLE);
        assertThat(get(r3.trafficStats()).portUnreachable()).isEqualTo(1);
    }

    @Test
    void typeOfServiceAndDataPatternGoOutAndTheEchoedDataIsValidated() {
        TestLab.pingUntilReply(r1, "3.3.3.3", 5);
        assertThat(IcmpProbes.fill(0x1234, 5)).containsExactly(0x12, 0x34, 0x12, 0x34, 0x12);
        for (int size : new int[] {36, 101, 1500}) {
            ProbeResult r = get(r1.ping(PingRequest.to(ip("3.3.3.3")).withSize(size).withTos(0xb8).withPattern(0x1234)));
            assertThat(r).isInstanceOf(ProbeResult.Reply.class);
            assertThat(((ProbeResult.Reply) r).dataIntact()).as("size %d", size).isTrue();
            assertThat(((ProbeResult.Reply) r).bytes()).isEqualTo(size);
        }
    }

    @Test
    void aReplyWhoseDataDiffersFromTheEchoIsReportedAsBadData() {
        // an echo to an address nobody has (it dies in ARP); a forged reply answers it with other data
        int dead = ip("10.0.12.99");
        var pending = r1.ping(PingRequest.to(dead).withPattern(0x1234).withTimeout(Duration.ofSeconds(10)));
        int identifier = ("R1".hashCode() & 0x7fff) | 1;
        int size = 100;
        io.netty.buffer.ByteBuf b = r1.allocatePacket(size);
        iosim.dataplane.packet.Ipv4Header.write(b, 0, size, 7, 0, 64, iosim.dataplane.packet.Ipv4Header.PROTO_ICMP,
                dead, ip("10.0.12.1"));
        int ic = b.writerIndex();
        b.writeByte(IcmpHeader.ECHO_REPLY);
        b.writeByte(0);
        b.writeShort(0);
        b.writeShort(identifier);
        b.writeShort(1); // the node's first echo
        b.writeBytes(IcmpProbes.fill(0xabcd, size - 28)); // the default pattern, not the one sent
        IcmpHeader.fillChecksum(b, ic, size - 20);
        r1.injectIpv4(r1.iface("GigabitEthernet0/0"), b);
        ProbeResult r = get(pending);
        assertThat(r).isInstanceOf(ProbeResult.Reply.class);
        assertThat(((ProbeResult.Reply) r).dataIntact()).isFalse();
    }

    @Test
    void pingWithTtlOneExpiresAtFirstHop() {
        TestLab.pingUntilReply(r1, "3.3.3.3", 5);
        PingRequest req = new PingRequest(ip("3.3.3.3"), 0, 100, 1, false, Duration.ofSeconds(2));
        ProbeResult r = get(r1.ping(req));
        assertThat(r).isInstanceOf(ProbeResult.TimeExceeded.class);
        assertThat(((ProbeResult.TimeExceeded) r).from()).isEqualTo(ip("10.0.12.2"));
        assertThat(get(r2.trafficStats()).ttlExpired()).isEqualTo(1);
    }

    @Test
    void unknownDestinationIsUnreachableFromTheRouterWithoutARoute() {
        TestLab.pingUntilReply(r1, "10.0.12.2", 5);
        ProbeResult r = get(r1.ping(PingRequest.to(ip("192.0.2.99"))));
        assertThat(r.pingChar()).isEqualTo('U');
        assertThat(((ProbeResult.Unreachable) r).from()).isEqualTo(ip("10.0.12.2"));
        ProbeResult local = get(r2.ping(PingRequest.to(ip("192.0.2.99"))));
        assertThat(local).isInstanceOf(ProbeResult.NotSent.class);
    }

    @Test
    void bigPingIsFragmentedAndReassembled() {
        get(r2.setMtu("GigabitEthernet0/1", 1400));
        TestLab.pingUntilReply(r1, "3.3.3.3", 5);
        ProbeResult r = get(r1.ping(PingRequest.to(ip("3.3.3.3")).withSize(4000)));
        assertThat(r).isInstanceOf(ProbeResult.Reply.class);
        assertThat(((ProbeResult.Reply) r).bytes()).isEqualTo(4000);
        assertThat(get(r3.trafficStats()).reassembled()).isGreaterThanOrEqualTo(1);
        assertThat(get(r1.trafficStats()).reassembled()).isGreaterThanOrEqualTo(1);
        assertThat(get(r2.trafficStats()).fragmentsCreated()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void dontFragmentOverSmallMtuGetsFragmentationNeeded() {
        get(r2.setMtu("GigabitEthernet0/1", 1400));
        TestLab.pingUntilReply(r1, "3.3.3.3", 5);
        ProbeResult r = get(r1.ping(PingRequest.to(ip("3.3.3.3")).withSize(1500).withDontFragment(true)));
        assertThat(r.pingChar()).isEqualTo('M');
        assertThat(((ProbeResult.Unreachable) r).nextHopMtu()).isEqualTo(1400);
        assertThat(get(r2.trafficStats()).fragmentationNeeded()).isEqualTo(1);
    }

    @Test
    void routeTableShowsConnectedLocalAndStatic() {
        List<Route> routes = get(r2.routes());
        assertThat(routes).extracting(Route::toString).containsExactly(
                "S 3.3.3.3/32 via 10.0.23.3",
                "C 10.0.12.0/24 is directly connected, GigabitEthernet0/0",
                "L 10.0.12.2/32 is directly connected, GigabitEthernet0/0",
                "C 10.0.23.0/24 is directly connected, GigabitEthernet0/1",
                "L 10.0.23.2/32 is directly connected, GigabitEthernet0/1");
        get(r2.setAdminUp("GigabitEthernet0/1", false));
        assertThat(get(r2.routes())).extracting(Route::code).containsExactly(Route.Code.C, Route.Code.L);
    }

    @Test
    void exitInterfaceDefaultRouteWorksThroughProxyArp() {
        get(r1.removeStaticRoute(StaticRoute.via("0.0.0.0/0", "10.0.12.2")));
        get(r1.addStaticRoute(StaticRoute.out("0.0.0.0/0", "GigabitEthernet0/0")));
        assertThat(TestLab.pingUntilReply(r1, "3.3.3.3", 5)).isInstanceOf(ProbeResult.Reply.class);
        // R1 resolved 3.3.3.3 itself: R2 answered for it with its own MAC
        assertThat(get(r1.arpTable())).filteredOn(e -> e.address() == ip("3.3.3.3")).singleElement()
                .extracting(ArpEntry::mac).isEqualTo(r2.ethernet("GigabitEthernet0/0").mac());
        get(r1.clearArp());
        get(r2.setProxyArp("GigabitEthernet0/0", false));
        ProbeResult r = TestLab.pingUntilReply(r1, "3.3.3.3", 3);
        assertThat(r).isNotInstanceOf(ProbeResult.Reply.class);
    }

    @Test
    void shutdownInterfaceStopsTraffic() {
        TestLab.pingUntilReply(r1, "3.3.3.3", 5);
        get(r3.setAdminUp("GigabitEthernet0/0", false));
        ProbeResult r = get(r1.ping(PingRequest.to(ip("3.3.3.3")).withTimeout(Duration.ofMillis(200))));
        assertThat(r.pingChar()).isIn('.', 'U');
        assertThat(r3.iface("GigabitEthernet0/0").isUp()).isFalse();
    }
}
