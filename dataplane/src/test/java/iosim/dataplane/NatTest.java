package iosim.dataplane;

import static iosim.dataplane.TestLab.eth;
import static iosim.dataplane.TestLab.get;
import static iosim.dataplane.TestLab.ip;
import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.Unpooled;
import iosim.dataplane.acl.AccessList;
import iosim.dataplane.acl.AclAction;
import iosim.dataplane.acl.AclEntry;
import iosim.dataplane.acl.AddressMatch;
import iosim.dataplane.acl.CompiledAcl;
import iosim.dataplane.nat.NatTranslation;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** H1, H2 (inside 10.0.0.0/24) -- NAT router -- S (outside 203.0.113.0/24), PAT to the outside address. */
class NatTest {
    private TestLab lab;
    private Node h1;
    private Node h2;
    private Node nat;
    private Node server;
    private CompiledAcl acl;

    @BeforeEach
    void build() {
        lab = new TestLab(2);
        h1 = lab.node("H1");
        h2 = lab.node("H2");
        nat = lab.node("NAT");
        server = lab.node("S");
        EthernetInterface n0 = eth(nat, "GigabitEthernet0/0", "10.0.0.1/24");
        EthernetInterface n2 = eth(nat, "GigabitEthernet0/2", "10.0.1.1/24");
        EthernetInterface n1 = eth(nat, "GigabitEthernet0/1", "203.0.113.1/24");
        TestLab.wire(eth(h1, "Gi0/0", "10.0.0.2/24"), n0);
        TestLab.wire(eth(h2, "Gi0/0", "10.0.1.2/24"), n2);
        TestLab.wire(eth(server, "Gi0/0", "203.0.113.2/24"), n1);
        get(h1.addStaticRoute(StaticRoute.via("0.0.0.0/0", "10.0.0.1")));
        get(h2.addStaticRoute(StaticRoute.via("0.0.0.0/0", "10.0.1.1")));
        acl = new AccessList("NAT", true, List.of(
                AclEntry.standard(10, AclAction.PERMIT, AddressMatch.of("10.0.0.0", "0.0.1.255")))).compile();
        get(nat.setNatRole("GigabitEthernet0/0", NatRole.INSIDE));
        get(nat.setNatRole("GigabitEthernet0/2", NatRole.INSIDE));
        get(nat.setNatRole("GigabitEthernet0/1", NatRole.OUTSIDE));
        get(nat.setNatOverload(acl, "GigabitEthernet0/1"));
    }

    @AfterEach
    void tearDown() {
        lab.close();
    }

    @Test
    void pingFromInsideIsTranslatedToTheOutsideAddress() {
        ProbeResult r = TestLab.pingUntilReply(h1, "203.0.113.2", 5);
        assertThat(r).isInstanceOf(ProbeResult.Reply.class);
        List<NatTranslation> t = get(nat.natTranslations());
        assertThat(t).hasSize(1);
        assertThat(t.get(0).protocol()).isEqualTo("icmp");
        assertThat(t.get(0).insideGlobal()).isEqualTo(ip("203.0.113.1"));
        assertThat(t.get(0).insideLocal()).isEqualTo(ip("10.0.0.2"));
        assertThat(t.get(0).render()).startsWith("icmp 203.0.113.1:");
        // the server never learned about the inside address
        assertThat(get(server.arpTable())).extracting(ArpEntry::address).doesNotContain(ip("10.0.0.2"));
        assertThat(acl.hitCounts().get(0).matches()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void udp500FlowsFromTwoHostsGetDistinctPortsAndRepliesComeBack() throws Exception {
        TestLab.pingUntilReply(h1, "203.0.113.2", 5);
        TestLab.pingUntilReply(h2, "203.0.113.2", 5);
        LinkedBlockingQueue<UdpDatagram> atServer = new LinkedBlockingQueue<>();
        UdpSocket srv = get(server.bindUdp(0, 500, d -> {
            atServer.add(new UdpDatagram(d.source(), d.sourcePort(), d.destination(), d.destinationPort(), d.in(),
                    Unpooled.copiedBuffer(d.payload())));
            // answer to whoever asked
        }));
        LinkedBlockingQueue<String> atH1 = new LinkedBlockingQueue<>();
        LinkedBlockingQueue<String> atH2 = new LinkedBlockingQueue<>();
        UdpSocket s1 = get(h1.bindUdp(0, 500, d -> atH1.add(d.payload().toString(StandardCharsets.US_ASCII))));
        UdpSocket s2 = get(h2.bindUdp(0, 500, d -> atH2.add(d.payload().toString(StandardCharsets.US_ASCII))));
        s1.send(ip("203.0.113.2"), 500, Unpooled.copiedBuffer("one", StandardCharsets.US_ASCII));
        UdpDatagram d1 = atServer.poll(5, TimeUnit.SECONDS);
        s2.send(ip("203.0.113.2"), 500, Unpooled.copiedBuffer("two", StandardCharsets.US_ASCII));
        UdpDatagram d2 = atServer.poll(5, TimeUnit.SECONDS);
        assertThat(d1).isNotNull();
        assertThat(d2).isNotNull();
        assertThat(d1.source()).isEqualTo(ip("203.0.113.1"));
        assertThat(d2.source()).isEqualTo(ip("203.0.113.1"));
        assertThat(d1.sourcePort()).isEqualTo(500);
        assertThat(d2.sourcePort()).isNotEqualTo(500);
        srv.send(d1.source(), d1.sourcePort(), Unpooled.copiedBuffer("r1", StandardCharsets.US_ASCII));
        srv.send(d2.source(), d2.sourcePort(), Unpooled.copiedBuffer("r2", StandardCharsets.US_ASCII));
        assertThat(atH1.poll(5, TimeUnit.SECONDS)).isEqualTo("r1");
        assertThat(atH2.poll(5, TimeUnit.SECONDS)).isEqualTo("r2");
        List<NatTranslation> t = get(nat.natTranslations());
        assertThat(t).filteredOn(x -> x.protocol().equals("udp")).hasSize(2);
        d1.payload().release();
        d2.payload().release();
    }

    @Test
    void icmpErrorsAboutTranslatedPacketsReachTheInsideHost() {
        TestLab.pingUntilReply(h1, "203.0.113.2", 5);
        // a traceroute probe to the server ends in port unreachable, quoting the translated packet
        ProbeResult r = get(h1.traceProbe(ip("203.0.113.2"), 0, 8, java.time.Duration.ofSeconds(3)));
        assertThat(r).isInstanceOf(ProbeResult.Unreachable.class);
        assertThat(((ProbeResult.Unreachable) r).from()).isEqualTo(ip("203.0.113.2"));
        assertThat(((ProbeResult.Unreachable) r).code()).isEqualTo(3);
    }

    @Test
    void translationsTimeOut() {
        TestLab.pingUntilReply(h1, "203.0.113.2", 5);
        assertThat(get(nat.natTranslations())).hasSize(1);
        get(nat.setNatTimeouts(java.time.Duration.ofSeconds(300), java.time.Duration.ofSeconds(300),
                java.time.Duration.ZERO));
        nat.runMaintenance();
        assertThat(get(nat.natTranslations())).isEmpty();
    }

    /**
     * A 4000-byte UDP datagram each way is fragmented by its sender (MTU 1500). Only the first
     * fragment carries the ports, so the NAT router reassembles before translating: the server
     * sees the whole datagram from the inside-global address, and its fragmented answer reaches
     * the inside host whole.
     */
    @Test
    void fragmentedDatagramsAreTranslatedWholeBothWays() throws Exception {
        TestLab.pingUntilReply(h1, "203.0.113.2", 5);
        byte[] big = new byte[4000];
        for (int k = 0; k < big.length; k++) {
            big[k] = (byte) (k * 7 + 3);
        }
        LinkedBlockingQueue<UdpDatagram> atServer = new LinkedBlockingQueue<>();
        UdpSocket srv = get(server.bindUdp(0, 5000, d -> atServer.add(new UdpDatagram(d.source(), d.sourcePort(),
                d.destination(), d.destinationPort(), d.in(), Unpooled.copiedBuffer(d.payload())))));
        LinkedBlockingQueue<byte[]> atH1 = new LinkedBlockingQueue<>();
        UdpSocket s1 = get(h1.bindUdp(0, 6000, d -> {
            byte[] b = new byte[d.payload().readableBytes()];
            d.payload().getBytes(d.payload().readerIndex(), b);
            atH1.add(b);
        }));
        long fragmentsBefore = get(h1.trafficStats()).fragmentsCreated();
        s1.send(ip("203.0.113.2"), 5000, Unpooled.wrappedBuffer(big));
        UdpDatagram d = atServer.poll(5, TimeUnit.SECONDS);
        assertThat(get(h1.trafficStats()).fragmentsCreated() - fragmentsBefore).isGreaterThanOrEqualTo(3);
        assertThat(d).as("the server reassembled the translated fragments").isNotNull();
        assertThat(d.source()).isEqualTo(ip("203.0.113.1"));
        byte[] got = new byte[d.payload().readableBytes()];
        d.payload().getBytes(d.payload().readerIndex(), got);
        d.payload().release();
        assertThat(got).isEqualTo(big);
        assertThat(get(nat.natTranslations())).filteredOn(x -> x.protocol().equals("udp"))
                .extracting(NatTranslation::insideLocalPort).containsExactly(6000);

        byte[] answer = java.util.Arrays.copyOf(big, 3500);
        answer[0] = 42;
        srv.send(d.source(), d.sourcePort(), Unpooled.wrappedBuffer(answer));
        assertThat(atH1.poll(5, TimeUnit.SECONDS)).as("the inside host got the whole answer").isEqualTo(answer);
        assertThat(get(server.trafficStats()).fragmentsCreated()).isGreaterThanOrEqualTo(3);
    }
}
