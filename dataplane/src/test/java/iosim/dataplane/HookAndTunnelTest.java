package iosim.dataplane;

import static iosim.dataplane.TestLab.eth;
import static iosim.dataplane.TestLab.get;
import static iosim.dataplane.TestLab.ip;
import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import iosim.dataplane.acl.AccessList;
import iosim.dataplane.acl.AclAction;
import iosim.dataplane.acl.AclEntry;
import iosim.dataplane.acl.AddressMatch;
import iosim.dataplane.acl.CompiledAcl;
import iosim.dataplane.packet.Ipv4Header;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Exercises the contract the IPsec data path relies on, with a toy IP-in-IP "protection": an
 * egress hook on Tunnel0 wraps packets in an outer header and sends them unhooked; a protocol
 * handler on the peer unwraps them and injects the inner packet as received on its Tunnel0.
 */
class HookAndTunnelTest {
    private static final int IPIP = 4;
    private TestLab lab;
    private Node r1;
    private Node r2;

    @BeforeEach
    void build() {
        lab = new TestLab(2);
        r1 = lab.node("R1");
        r2 = lab.node("R2");
        TestLab.wire(eth(r1, "Gi0/0", "192.0.2.1/24"), eth(r2, "Gi0/0", "192.0.2.2/24"));
        setUpTunnel(r1, "10.9.9.1", "192.0.2.1", "192.0.2.2");
        setUpTunnel(r2, "10.9.9.2", "192.0.2.2", "192.0.2.1");
        get(r2.addLoopback("Loopback0"));
        get(r2.setAddress("Loopback0", ip("2.2.2.2"), 32));
        get(r1.addStaticRoute(StaticRoute.out("2.2.2.2/32", "Tunnel0")));
    }

    private void setUpTunnel(Node n, String addr, String src, String dst) {
        get(n.addTunnel("Tunnel0"));
        get(n.setAddress("Tunnel0", ip(addr), 30));
        get(n.setAdminUp("Tunnel0", true));
        get(n.setTunnelEndpoints("Tunnel0", ip(src), ip(dst)));
        get(n.setTunnelLineUp("Tunnel0", true));
        TunnelInterface t = (TunnelInterface) n.iface("Tunnel0");
        get(n.addHook("Tunnel0", new PacketHook() {
            @Override
            public Verdict egress(NodeInterface iface, ByteBuf inner) {
                int len = inner.readableBytes();
                ByteBuf outer = n.allocatePacket(20 + len);
                Ipv4Header.write(outer, 0, 20 + len, n.nextIpId(), 0, 255, IPIP, t.tunnelSource(),
                        t.tunnelDestination());
                outer.writeBytes(inner);
                inner.release();
                n.sendIpv4Unhooked(outer);
                return Verdict.CONSUMED;
            }
        }));
        n.registerProtocol(IPIP, (in, pkt) -> {
            pkt.skipBytes(Ipv4Header.headerLength(pkt, pkt.readerIndex()));
            n.injectIpv4(t, pkt);
        });
    }

    @AfterEach
    void tearDown() {
        lab.close();
    }

    @Test
    void pingThroughTheTunnelUsesTheHooks() {
        assertThat(TestLab.pingUntilReply(r1, "2.2.2.2", 5)).isInstanceOf(ProbeResult.Reply.class);
        assertThat(get(r1.ping(PingRequest.to(ip("10.9.9.2")))).pingChar()).isEqualTo('!');
        InterfaceCounters.Snapshot t1 = get(r1.counters("Tunnel0"));
        assertThat(t1.outputPackets()).isGreaterThanOrEqualTo(2);
        assertThat(t1.inputPackets()).isGreaterThanOrEqualTo(2);
        assertThat(get(r2.counters("Tunnel0")).inputPackets()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void tunnelWithoutAConsumingHookDropsAndLineDownRemovesRoutes() {
        get(r1.setTunnelLineUp("Tunnel0", false));
        assertThat(get(r1.routes())).extracting(Route::interfaceName).doesNotContain("Tunnel0");
        ProbeResult r = get(r1.ping(PingRequest.to(ip("2.2.2.2")).withTimeout(Duration.ofMillis(200))));
        assertThat(r).isInstanceOf(ProbeResult.NotSent.class);
    }

    @Test
    void ingressHookCanDropAndEgressHookSeesForwardedTraffic() {
        TestLab.pingUntilReply(r1, "192.0.2.2", 5);
        AtomicInteger seen = new AtomicInteger();
        PacketHook dropIcmp = new PacketHook() {
            @Override
            public Verdict ingress(NodeInterface iface, ByteBuf packet) {
                seen.incrementAndGet();
                return Ipv4Header.protocol(packet, packet.readerIndex()) == 1 ? Verdict.DROP : Verdict.PASS;
            }
        };
        get(r2.addHook("Gi0/0", dropIcmp));
        ProbeResult r = get(r1.ping(PingRequest.to(ip("192.0.2.2")).withTimeout(Duration.ofMillis(200))));
        assertThat(r.pingChar()).isEqualTo('.');
        assertThat(seen).hasValue(1);
        assertThat(get(r2.trafficStats()).hookDrops()).isEqualTo(1);
        get(r2.removeHook("Gi0/0", dropIcmp));
        assertThat(get(r1.ping(PingRequest.to(ip("192.0.2.2")))).pingChar()).isEqualTo('!');
    }

    @Test
    void inboundAccessGroupDeniesWithAdminProhibitedAndCountsMatches() {
        TestLab.pingUntilReply(r1, "192.0.2.2", 5);
        CompiledAcl acl = new AccessList("101", false, List.of(
                new AclEntry(10, AclAction.DENY, 1, AddressMatch.ANY, null, AddressMatch.host(ip("192.0.2.2")), null, 8,
                        -1, false),
                AclEntry.extended(20, AclAction.PERMIT, AclEntry.ANY_PROTOCOL, AddressMatch.ANY, AddressMatch.ANY)))
                .compile();
        get(r2.setAccessGroup("Gi0/0", Node.Direction.IN, acl));
        get(r2.setUnreachableRateLimit(Duration.ofHours(1))); // so the second unreachable is surely suppressed
        ProbeResult r = get(r1.ping(PingRequest.to(ip("192.0.2.2"))));
        assertThat(r).isInstanceOf(ProbeResult.Unreachable.class);
        assertThat(((ProbeResult.Unreachable) r).code()).isEqualTo(13);
        assertThat(r.pingChar()).isEqualTo('U');
        assertThat(acl.hitCounts().get(0).matches()).isEqualTo(1);
        assertThat(acl.hitCounts().get(1).matches()).isGreaterThanOrEqualTo(0);
        // the second denied ping inside the rate-limit interval gets no unreachable (IOS: U.U.U): a timeout
        ProbeResult second = get(r1.ping(PingRequest.to(ip("192.0.2.2")).withTimeout(Duration.ofMillis(200))));
        assertThat(second.pingChar()).isEqualTo('.');
        assertThat(get(r2.trafficStats()).aclDenied()).isEqualTo(2);
    }
}
