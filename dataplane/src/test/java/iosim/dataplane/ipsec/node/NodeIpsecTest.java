package iosim.dataplane.ipsec.node;

import static iosim.dataplane.TestLab.eth;
import static iosim.dataplane.TestLab.get;
import static iosim.dataplane.TestLab.ip;
import static org.assertj.core.api.Assertions.assertThat;

import iosim.dataplane.Node;
import iosim.dataplane.PingRequest;
import iosim.dataplane.ProbeResult;
import iosim.dataplane.StaticRoute;
import iosim.dataplane.TestLab;
import iosim.dataplane.ipsec.IpsecEvent;
import iosim.dataplane.ipsec.IpsecFlowSnapshot;
import iosim.dataplane.ipsec.IpsecMode;
import iosim.dataplane.ipsec.IpsecProtocol;
import iosim.dataplane.ipsec.SaKeys;
import iosim.dataplane.ipsec.SaLifetime;
import iosim.dataplane.ipsec.SaPairSpec;
import iosim.dataplane.ipsec.UdpEncapsulation;
import iosim.dataplane.ipsec.crypto.EspTransform;
import iosim.dataplane.ipsec.crypto.IntegrityAlgorithm;
import iosim.dataplane.ipsec.spd.AddressRangeSelector;
import iosim.dataplane.ipsec.spd.InterfacePolicy;
import iosim.dataplane.ipsec.spd.SpdEntry;
import iosim.dataplane.ipsec.spd.TrafficSelector;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Two routers on a wire; ping through ESP via the node's hooks (crypto map and VTI). */
class NodeIpsecTest {
    private TestLab lab;
    private Node r1;
    private Node r2;
    private NodeIpsec ipsec1;
    private NodeIpsec ipsec2;
    private final List<IpsecEvent> events1 = new CopyOnWriteArrayList<>();

    @BeforeEach
    void build() {
        lab = new TestLab(2);
        r1 = lab.node("R1");
        r2 = lab.node("R2");
        TestLab.wire(eth(r1, "Gi0/0", "192.0.2.1/24"), eth(r2, "Gi0/0", "192.0.2.2/24"));
        ipsec1 = new NodeIpsec(r1, System::nanoTime, events1::add, false);
        ipsec2 = new NodeIpsec(r2, System::nanoTime, e -> { }, false);
    }

    @AfterEach
    void tearDown() {
        get(ipsec1.close());
        get(ipsec2.close());
        lab.close();
    }

    private static SaPairSpec spec(String ifName, int local, int peer, TrafficSelector sel, UdpEncapsulation udp,
                                   EspTransform t, long inSpi, SaKeys in, long outSpi, SaKeys out) {
        return new SaPairSpec(ifName, "e1", IpsecProtocol.ESP, IpsecMode.TUNNEL, local, peer, udp, t, sel,
                inSpi, in, outSpi, out, 64, false, SaLifetime.IOS_DEFAULT, 0);
    }

    private static SaKeys keys(EspTransform t, long seed) {
        Random r = new Random(seed);
        byte[] e = new byte[t.encryptionKeyLength()];
        byte[] i = new byte[t.integrity().keyLength()];
        r.nextBytes(e);
        r.nextBytes(i);
        return new SaKeys(e, i);
    }

    @Test
    void cryptoMapDropsTheFirstPingRaisesAcquireThenCarriesPings() {
        get(r1.addLoopback("Loopback0"));
        get(r1.setAddress("Loopback0", ip("10.1.1.1"), 32));
        get(r2.addLoopback("Loopback0"));
        get(r2.setAddress("Loopback0", ip("10.2.2.2"), 32));
        get(r1.addStaticRoute(StaticRoute.via("10.2.2.0/24", "192.0.2.2")));
        get(r2.addStaticRoute(StaticRoute.via("10.1.1.0/24", "192.0.2.1")));
        AddressRangeSelector sel1 = AddressRangeSelector.between(ip("10.1.1.0"), 24, ip("10.2.2.0"), 24);
        AddressRangeSelector sel2 = AddressRangeSelector.between(ip("10.2.2.0"), 24, ip("10.1.1.0"), 24);
        get(ipsec1.setInterfacePolicy(new InterfacePolicy("Gi0/0", ip("192.0.2.1"), 1500, "Gi0/0",
                List.of(SpdEntry.protect("e1", sel1, ip("192.0.2.2"), "CMAP", 10)))));
        get(ipsec2.setInterfacePolicy(new InterfacePolicy("Gi0/0", ip("192.0.2.2"), 1500, "Gi0/0",
                List.of(SpdEntry.protect("e1", sel2, ip("192.0.2.1"), "CMAP", 10)))));
        // prime ARP with a cleartext ping between the outer addresses
        assertThat(TestLab.pingUntilReply(r1, "192.0.2.2", 5)).isInstanceOf(ProbeResult.Reply.class);

        PingRequest ping = PingRequest.to(ip("10.2.2.2")).withSource(ip("10.1.1.1"))
                .withTimeout(Duration.ofMillis(300));
        assertThat(get(r1.ping(ping))).isNotInstanceOf(ProbeResult.Reply.class);
        assertThat(events1).singleElement().isInstanceOf(IpsecEvent.Acquire.class);

        EspTransform t = EspTransform.aesCbc(256, IntegrityAlgorithm.HMAC_SHA2_256_128);
        SaKeys k12 = keys(t, 1);
        SaKeys k21 = keys(t, 2);
        get(ipsec1.installSaPair(spec("Gi0/0", ip("192.0.2.1"), ip("192.0.2.2"), sel1, null, t,
                0x2100, k21, 0x1200, k12)));
        get(ipsec2.installSaPair(spec("Gi0/0", ip("192.0.2.2"), ip("192.0.2.1"), sel2, null, t,
                0x1200, k12, 0x2100, k21)));
        for (int i = 0; i < 3; i++) {
            assertThat(get(r1.ping(ping.withTimeout(Duration.ofSeconds(2))))).isInstanceOf(ProbeResult.Reply.class);
        }
        IpsecFlowSnapshot s1 = get(ipsec1.snapshot()).get(0);
        IpsecFlowSnapshot s2 = get(ipsec2.snapshot()).get(0);
        assertThat(s1.counters().encaps()).isEqualTo(3);
        assertThat(s1.counters().decaps()).isEqualTo(3);
        // DF and bigger than the plaintext MTU (1438 for CBC-256 + SHA-256): IOS's 'M'
        ProbeResult tooBig = get(r1.ping(ping.withSize(1460).withDontFragment(true)));
        assertThat(tooBig.pingChar()).isEqualTo('M');
        assertThat(((ProbeResult.Unreachable) tooBig).nextHopMtu()).isEqualTo(1438);
        // without DF, with 'crypto ipsec fragmentation after-encryption', the ESP packet is
        // fragmented on the wire and reassembled before decryption
        ipsec1.engineOnLoop().setFragmentBeforeEncryption(false);
        ipsec2.engineOnLoop().setFragmentBeforeEncryption(false);
        assertThat(get(r1.ping(ping.withSize(1500).withTimeout(Duration.ofSeconds(2)))))
                .isInstanceOf(ProbeResult.Reply.class);
        assertThat(s1.counters().noSaSend()).isEqualTo(1);
        assertThat(get(ipsec2.snapshot()).get(0).counters().decaps()).isEqualTo(4);
        assertThat(get(ipsec2.snapshot()).get(0).counters().encaps()).isEqualTo(4);
        assertThat(get(ipsec1.exportEspSaFile())).contains("\"0x00001200\"", "\"0x00002100\"");
    }

    /** R1 - R2 - R3: R2 has a crypto map of its own; the R1<->R3 ESP passing through must be forwarded. */
    @Test
    void transitEspIsForwardedByARouterWithItsOwnCryptoMap() {
        Node r3 = lab.node("R3");
        TestLab.wire(eth(r2, "Gi0/1", "198.51.100.2/24"), eth(r3, "Gi0/0", "198.51.100.3/24"));
        NodeIpsec ipsec3 = new NodeIpsec(r3, System::nanoTime, e -> { }, false);
        get(r1.addStaticRoute(StaticRoute.via("0.0.0.0/0", "192.0.2.2")));
        get(r3.addStaticRoute(StaticRoute.via("0.0.0.0/0", "198.51.100.2")));
        get(r1.addLoopback("Loopback0"));
        get(r1.setAddress("Loopback0", ip("10.1.1.1"), 32));
        get(r3.addLoopback("Loopback0"));
        get(r3.setAddress("Loopback0", ip("10.3.3.3"), 32));
        // R2's own crypto map on both interfaces, for unrelated traffic, with SAs installed
        AddressRangeSelector unrelated = AddressRangeSelector.between(ip("172.16.0.0"), 16, ip("172.17.0.0"), 16);
        EspTransform t = EspTransform.aesGcm16(128);
        for (String ifName : List.of("Gi0/0", "Gi0/1")) {
            get(ipsec2.setInterfacePolicy(new InterfacePolicy(ifName, ip("192.0.2.2"), 1500, ifName,
                    List.of(SpdEntry.protect("e1", unrelated, ip("203.0.113.99"), "OTHER", 10)))));
        }
        get(ipsec2.installSaPair(spec("Gi0/0", ip("192.0.2.2"), ip("203.0.113.99"), unrelated, null, t,
                0x7000, keys(t, 7), 0x7001, keys(t, 8))));
        AddressRangeSelector s1 = AddressRangeSelector.between(ip("10.1.1.0"), 24, ip("10.3.3.0"), 24);
        AddressRangeSelector s3 = AddressRangeSelector.between(ip("10.3.3.0"), 24, ip("10.1.1.0"), 24);
        int a1 = ip("192.0.2.1");
        int a3 = ip("198.51.100.3");
        get(ipsec1.setInterfacePolicy(new InterfacePolicy("Gi0/0", a1, 1500, "Gi0/0",
                List.of(SpdEntry.protect("e1", s1, a3, "CMAP", 10)))));
        get(ipsec3.setInterfacePolicy(new InterfacePolicy("Gi0/0", a3, 1500, "Gi0/0",
                List.of(SpdEntry.protect("e1", s3, a1, "CMAP", 10)))));
        SaKeys k13 = keys(t, 5);
        SaKeys k31 = keys(t, 6);
        get(ipsec1.installSaPair(spec("Gi0/0", a1, a3, s1, null, t, 0x3100, k31, 0x1300, k13)));
        get(ipsec3.installSaPair(spec("Gi0/0", a3, a1, s3, null, t, 0x1300, k13, 0x3100, k31)));
        assertThat(TestLab.pingUntilReply(r1, "198.51.100.3", 5)).isInstanceOf(ProbeResult.Reply.class);
        PingRequest ping = PingRequest.to(ip("10.3.3.3")).withSource(ip("10.1.1.1")).withTimeout(Duration.ofSeconds(2));
        assertThat(get(r1.ping(ping))).isInstanceOf(ProbeResult.Reply.class);
        assertThat(get(ipsec3.snapshot()).get(0).counters().decaps()).isEqualTo(1);
        assertThat(get(ipsec2.globalCounters()).invalidSpi()).isZero();
        get(ipsec3.close());
    }

    @Test
    void vtiWithUdpEncapsulationCarriesPings() {
        for (Node n : List.of(r1, r2)) {
            boolean one = n == r1;
            get(n.addTunnel("Tunnel0"));
            get(n.setAddress("Tunnel0", ip(one ? "10.9.9.1" : "10.9.9.2"), 30));
            get(n.setAdminUp("Tunnel0", true));
            get(n.setTunnelEndpoints("Tunnel0", ip(one ? "192.0.2.1" : "192.0.2.2"), ip(one ? "192.0.2.2" : "192.0.2.1")));
            get(n.setTunnelLineUp("Tunnel0", true));
        }
        get(r2.addLoopback("Loopback0"));
        get(r2.setAddress("Loopback0", ip("2.2.2.2"), 32));
        get(r1.addStaticRoute(StaticRoute.out("2.2.2.2/32", "Tunnel0")));
        EspTransform t = EspTransform.aesGcm16(256);
        SaKeys k12 = keys(t, 3);
        SaKeys k21 = keys(t, 4);
        AddressRangeSelector any = AddressRangeSelector.any();
        int a1 = ip("192.0.2.1");
        int a2 = ip("192.0.2.2");
        get(ipsec1.setInterfacePolicy(new InterfacePolicy("Tunnel0", a1, 1500, "Gi0/0",
                List.of(SpdEntry.protect("e1", any, a2, "Tunnel0-head-0", 1)))));
        get(ipsec2.setInterfacePolicy(new InterfacePolicy("Tunnel0", a2, 1500, "Gi0/0",
                List.of(SpdEntry.protect("e1", any, a1, "Tunnel0-head-0", 1)))));
        get(ipsec1.listenOn("Gi0/0"));
        get(ipsec2.listenOn("Gi0/0"));
        get(ipsec1.installSaPair(spec("Tunnel0", a1, a2, any, UdpEncapsulation.standard(), t, 0x2100, k21, 0x1200, k12)));
        get(ipsec2.installSaPair(spec("Tunnel0", a2, a1, any, UdpEncapsulation.standard(), t, 0x1200, k12, 0x2100, k21)));

        assertThat(TestLab.pingUntilReply(r1, "2.2.2.2", 5)).isInstanceOf(ProbeResult.Reply.class);
        // a big ping, fragmented after encryption: the ESP-in-UDP is fragmented, reassembled and
        // delivered to the UDP 4500 socket (the IKE side's), which hands the ESP back to the data path
        ipsec1.engineOnLoop().setFragmentBeforeEncryption(false);
        ipsec2.engineOnLoop().setFragmentBeforeEncryption(false);
        get(r1.bindUdp(0, 4500, ipsec1::receiveEspInUdp));
        get(r2.bindUdp(0, 4500, ipsec2::receiveEspInUdp));
        assertThat(get(r1.ping(PingRequest.to(ip("2.2.2.2")).withSize(1500).withTimeout(Duration.ofSeconds(2)))))
                .isInstanceOf(ProbeResult.Reply.class);
        IpsecFlowSnapshot s2 = get(ipsec2.snapshot()).get(0);
        assertThat(s2.counters().decaps()).isPositive();
        assertThat(s2.counters().encaps()).isEqualTo(s2.counters().decaps());
        assertThat(s2.peerPort()).isEqualTo(4500);
        assertThat(s2.plaintextMtu()).isEqualTo(1500 - 20 - 8 - 8 - 8 - 16 - 2);
    }
}
