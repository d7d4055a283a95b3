package iosim.dataplane;

import static iosim.dataplane.TestLab.get;
import static iosim.dataplane.TestLab.ip;
import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import iosim.dataplane.packet.Ipv4Header;
import iosim.dataplane.packet.MacAddress;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A multipoint GRE hub (the dataplane side of tunnel mode gre multipoint, mappings given by hand as
 * NHRP will give them) with two point-to-point GRE spokes: unicast goes to the NBMA address mapped for the next hop, multicast to every multicast
 * NBMA address, GRE from any spoke is taken, an unmapped next hop is dropped and counted.
 */
class MultipointGreTest {
    private TestLab lab;
    private Node hub;
    private Node s1;
    private Node s2;

    @BeforeEach
    void build() {
        lab = new TestLab(2);
        hub = lab.node("HUB");
        s1 = lab.node("S1");
        s2 = lab.node("S2");
        // the hub reaches S1 on Gi0/0 and S2 on Gi0/1 (two /29s); its tunnel source is Loopback0
        TestLab.wire(TestLab.eth(hub, "Gi0/0", "192.0.2.1/29"), TestLab.eth(s1, "Gi0/0", "192.0.2.2/29"));
        TestLab.wire(TestLab.eth(hub, "Gi0/1", "192.0.2.9/29"), TestLab.eth(s2, "Gi0/0", "192.0.2.10/29"));
        get(hub.addLoopback("Loopback0"));
        get(hub.setAddress("Loopback0", ip("203.0.113.1"), 32));
        get(hub.setAdminUp("Loopback0", true));
        get(hub.addTunnel("Tunnel0"));
        get(hub.setGre("Tunnel0", new GreSettings(true, 100, false, 0, 0, false, true)));
        get(hub.setAddress("Tunnel0", ip("10.0.0.1"), 24));
        get(hub.setTunnelEndpoints("Tunnel0", ip("203.0.113.1"), 0));
        get(hub.setAdminUp("Tunnel0", true));
        get(hub.setNbmaMappings("Tunnel0", Map.of(ip("10.0.0.11"), ip("192.0.2.2"), ip("10.0.0.12"), ip("192.0.2.10")),
                new int[] {ip("192.0.2.2"), ip("192.0.2.10")}));
        spoke(s1, "10.0.0.11", "192.0.2.2", "192.0.2.1");
        spoke(s2, "10.0.0.12", "192.0.2.10", "192.0.2.9");
    }

    private static void spoke(Node n, String tunnel, String wan, String gw) {
        get(n.addStaticRoute(StaticRoute.via("0.0.0.0/0", gw)));
        get(n.addTunnel("Tunnel0"));
        get(n.setGre("Tunnel0", new GreSettings(true, 100, false, 0, 0)));
        get(n.setAddress("Tunnel0", ip(tunnel), 24));
        get(n.setTunnelEndpoints("Tunnel0", ip(wan), ip("203.0.113.1")));
        get(n.setAdminUp("Tunnel0", true));
        n.joinGroup(ip("224.0.0.5"), true);
    }

    @AfterEach
    void tearDown() {
        lab.close();
    }

    @Test
    void unicastFollowsTheMappingsAndEverySpokeIsTaken() {
        assertThat(hub.iface("Tunnel0").lineProtocolUp()).isTrue();
        assertThat(TestLab.pingUntilReply(hub, "10.0.0.11", 5)).isInstanceOf(ProbeResult.Reply.class);
        assertThat(TestLab.pingUntilReply(hub, "10.0.0.12", 5)).isInstanceOf(ProbeResult.Reply.class);
        assertThat(TestLab.pingUntilReply(s1, "10.0.0.1", 3)).isInstanceOf(ProbeResult.Reply.class);
        // spoke to spoke through the hub (phase 1): S1's tunnel goes to the hub, which forwards into Tunnel0 again
        assertThat(TestLab.pingUntilReply(s1, "10.0.0.12", 5)).isInstanceOf(ProbeResult.Reply.class);
        ProbeResult r = get(hub.ping(PingRequest.to(ip("10.0.0.13")).withTimeout(java.time.Duration.ofMillis(200))));
        assertThat(r).isNotInstanceOf(ProbeResult.Reply.class);
        assertThat(get(hub.call(() -> hub.gre().noNbma))).isEqualTo(1);
    }

    @Test
    void multicastIsReplicatedToEveryMulticastNbma() {
        TestLab.pingUntilReply(hub, "10.0.0.11", 5);         // ARP on both segments
        TestLab.pingUntilReply(hub, "10.0.0.12", 5);
        long before1 = s1.iface("Tunnel0").counters().inputPackets();
        long before2 = s2.iface("Tunnel0").counters().inputPackets();
        for (Node n : List.of(s1, s2)) {
            n.registerProtocol(89, (in, pkt) -> pkt.release());
        }
        ByteBuf hello = hub.allocatePacket(24);
        Ipv4Header.write(hello, 0xc0, 24, 1, 0, 1, 89, ip("10.0.0.1"), ip("224.0.0.5"));
        hello.writeInt(0);
        hub.sendOnInterface("Tunnel0", ip("224.0.0.5"), hello);
        get(hub.call(() -> null));
        for (int i = 0; i < 20 && (s1.iface("Tunnel0").counters().inputPackets() == before1
                || s2.iface("Tunnel0").counters().inputPackets() == before2); i++) {
            get(s1.call(() -> null));
            get(s2.call(() -> null));
        }
        assertThat(s1.iface("Tunnel0").counters().inputPackets()).isEqualTo(before1 + 1);
        assertThat(s2.iface("Tunnel0").counters().inputPackets()).isEqualTo(before2 + 1);
    }
}
