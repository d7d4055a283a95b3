package iosim.dataplane;

import static iosim.dataplane.TestLab.get;
import static iosim.dataplane.TestLab.ip;
import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import iosim.dataplane.link.Link;
import iosim.dataplane.packet.ArpPacket;
import iosim.dataplane.packet.EthernetHeader;
import iosim.dataplane.packet.MacAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** ARP with a fake clock: replies, learning, gratuitous ARP, ageing, static entries. */
class ArpTest {
    private final AtomicLong clock = new AtomicLong(1_000_000_000L);
    private final List<ArpPacket> sent = new CopyOnWriteArrayList<>();
    private TestLab lab;
    private Node r;
    private EthernetInterface g0;
    private final MacAddress host = MacAddress.parse("02:00:00:00:00:22");

    @BeforeEach
    void build() {
        lab = new TestLab(1);
        r = new Node("R", lab.group().next(), clock::get, false);
        g0 = get(r.addEthernet("Gi0/0", MacAddress.parse("02:00:00:00:00:11")));
        g0.attach(new Link() {
            public void send(ByteBuf frame) {
                try {
                    if (frame.getUnsignedShort(frame.readerIndex() + 12) == EthernetHeader.TYPE_ARP) {
                        frame.skipBytes(EthernetHeader.LENGTH);
                        sent.add(ArpPacket.decode(frame));
                    }
                } finally {
                    frame.release();
                }
            }

            public void close() {}

            public String describe() {
                return "recorder";
            }
        });
        get(r.setAdminUp("Gi0/0", true));
    }

    @AfterEach
    void tearDown() {
        get(r.close());
        lab.close();
    }

    private void receive(ArpPacket arp, MacAddress dst) {
        ByteBuf f = r.allocator().buffer(60);
        new EthernetHeader(dst, arp.senderMac(), EthernetHeader.TYPE_ARP).write(f.writeZero(14), 0);
        arp.encode(f);
        get(r.call(() -> {
            g0.deliverFrame(f);
            return null;
        }));
    }

    @Test
    void gratuitousArpOnAddressChange() {
        get(r.setAddress("Gi0/0", ip("10.0.0.1"), 24));
        assertThat(sent).contains(ArpPacket.gratuitous(g0.mac(), ip("10.0.0.1")));
        get(r.setAddress("Gi0/0", ip("10.0.0.5"), 24));
        assertThat(sent).contains(ArpPacket.gratuitous(g0.mac(), ip("10.0.0.5")));
    }

    @Test
    void answersRequestsForItsAddressAndLearnsTheAsker() {
        get(r.setAddress("Gi0/0", ip("10.0.0.1"), 24));
        sent.clear();
        receive(ArpPacket.request(host, ip("10.0.0.2"), ip("10.0.0.1")), MacAddress.BROADCAST);
        assertThat(sent).containsExactly(new ArpPacket(ArpPacket.REPLY, g0.mac(), ip("10.0.0.1"), host, ip("10.0.0.2")));
        receive(ArpPacket.request(host, ip("10.0.0.2"), ip("10.0.0.9")), MacAddress.BROADCAST);
        assertThat(sent).hasSize(1); // not for us: no reply
        List<ArpEntry> t = get(r.arpTable());
        assertThat(t).extracting(ArpEntry::address).containsExactly(ip("10.0.0.1"), ip("10.0.0.2"));
        assertThat(t.get(1).mac()).isEqualTo(host);
        assertThat(t.get(1).ageMinutes()).isZero();
    }

    @Test
    void entriesAgeOutAndStaticOnesStay() {
        get(r.setAddress("Gi0/0", ip("10.0.0.1"), 24));
        get(r.setArpTimeout(Duration.ofMinutes(10)));
        get(r.addStaticArp(ip("10.0.0.7"), MacAddress.parse("02:00:00:00:00:77"), "Gi0/0"));
        receive(ArpPacket.request(host, ip("10.0.0.2"), ip("10.0.0.1")), MacAddress.BROADCAST);
        clock.addAndGet(Duration.ofMinutes(5).toNanos());
        r.runMaintenance();
        List<ArpEntry> t = get(r.arpTable());
        assertThat(t).extracting(ArpEntry::address).contains(ip("10.0.0.2"), ip("10.0.0.7"));
        assertThat(t).filteredOn(e -> e.address() == ip("10.0.0.2")).first().extracting(ArpEntry::ageMinutes)
                .isEqualTo(5);
        clock.addAndGet(Duration.ofMinutes(6).toNanos());
        r.runMaintenance();
        assertThat(get(r.arpTable())).extracting(ArpEntry::address).containsExactly(ip("10.0.0.1"), ip("10.0.0.7"));
        get(r.clearArp());
        assertThat(get(r.arpTable())).extracting(ArpEntry::address).contains(ip("10.0.0.7"));
    }

    @Test
    void unresolvedNextHopIsAskedOncePerSecond() {
        get(r.setAddress("Gi0/0", ip("10.0.0.1"), 24));
        sent.clear();
        for (int i = 0; i < 3; i++) {
            get(r.ping(PingRequest.to(ip("10.0.0.3")).withTimeout(Duration.ofMillis(1))));
        }
        assertThat(sent).containsExactly(ArpPacket.request(g0.mac(), ip("10.0.0.1"), ip("10.0.0.3")));
        clock.addAndGet(1_000_000_001L);
        get(r.ping(PingRequest.to(ip("10.0.0.3")).withTimeout(Duration.ofMillis(1))));
        assertThat(sent).hasSize(2);
        assertThat(get(r.trafficStats()).arpDrops()).isEqualTo(4);
    }
}
