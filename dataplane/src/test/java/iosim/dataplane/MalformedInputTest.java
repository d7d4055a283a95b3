package iosim.dataplane;

import static iosim.dataplane.TestLab.eth;
import static iosim.dataplane.TestLab.get;
import static iosim.dataplane.TestLab.ip;
import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import iosim.dataplane.packet.EthernetHeader;
import iosim.dataplane.packet.Ipv4Header;
import iosim.dataplane.packet.MacAddress;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Garbage on the wire is dropped and counted; nothing escapes the pipeline. */
class MalformedInputTest {
    private TestLab lab;
    private Node r;
    private EthernetInterface g0;
    private final AtomicInteger internalErrors = new AtomicInteger();

    @BeforeEach
    void build() {
        lab = new TestLab(1);
        r = lab.node("R");
        r.onInternalError(e -> internalErrors.incrementAndGet());
        g0 = eth(r, "Gi0/0", "10.0.0.1/24");
        g0.attach(new iosim.dataplane.link.Link() {
            public void send(ByteBuf frame) {
                frame.release();
            }

            public void close() {}

            public String describe() {
                return "sink";
            }
        });
        get(r.call(() -> null));
    }

    @AfterEach
    void tearDown() {
        lab.close();
    }

    private ByteBuf frameTo(MacAddress dst, int type, byte[] body) {
        ByteBuf f = Unpooled.buffer();
        f.writeZero(EthernetHeader.LENGTH);
        new EthernetHeader(dst, MacAddress.parse("02:00:00:00:00:99"), type).write(f, 0);
        f.writeBytes(body);
        return f;
    }

    private void deliver(ByteBuf f) {
        get(r.call(() -> {
            g0.deliverFrame(f);
            return null;
        }));
    }

    @Test
    void runtsBadHeadersAndBadChecksumsAreCountedAsInputErrors() {
        deliver(Unpooled.wrappedBuffer(new byte[5]));
        deliver(frameTo(g0.mac(), EthernetHeader.TYPE_IPV4, new byte[7]));
        ByteBuf ip = Unpooled.buffer();
        Ipv4Header.write(ip, 0, 28, 1, 0, 64, 17, ip("10.0.0.2"), ip("10.0.0.1"));
        ip.writeZero(8);
        byte[] bad = new byte[28];
        ip.getBytes(0, bad);
        bad[10] ^= 0x55;
        deliver(frameTo(g0.mac(), EthernetHeader.TYPE_IPV4, bad));
        deliver(frameTo(g0.mac(), EthernetHeader.TYPE_ARP, new byte[3]));
        deliver(frameTo(g0.mac(), 0x86dd, new byte[40]));
        InterfaceCounters.Snapshot c = get(r.counters("Gi0/0"));
        assertThat(c.inputPackets()).isEqualTo(5);
        assertThat(c.inputErrors()).isEqualTo(4);
        assertThat(c.unknownProtocolDrops()).isEqualTo(1);
        assertThat(get(r.trafficStats()).malformed()).isEqualTo(4);
        assertThat(internalErrors).hasValue(0);
    }

    @Test
    void truncatedUdpAndIcmpInsideValidIpAreDropped() {
        ByteBuf udp = Unpooled.buffer();
        Ipv4Header.write(udp, 0, 24, 1, 0, 64, 17, ip("10.0.0.2"), ip("10.0.0.1"));
        udp.writeInt(0x01f401f4);
        byte[] u = new byte[24];
        udp.getBytes(0, u);
        deliver(frameTo(g0.mac(), EthernetHeader.TYPE_IPV4, u));
        ByteBuf icmp = Unpooled.buffer();
        Ipv4Header.write(icmp, 0, 30, 1, 0, 64, 1, ip("10.0.0.2"), ip("10.0.0.1"));
        icmp.writeZero(10);
        byte[] ic = new byte[30];
        icmp.getBytes(0, ic);
        deliver(frameTo(g0.mac(), EthernetHeader.TYPE_IPV4, ic));
        assertThat(get(r.trafficStats()).malformed()).isEqualTo(2);
        assertThat(internalErrors).hasValue(0);
    }

    @Test
    void randomFramesNeverThrowAndNeverLeakIntoInternalErrors() {
        Random rnd = new Random(7);
        for (int n = 0; n < 3000; n++) {
            byte[] body = new byte[rnd.nextInt(120)];
            rnd.nextBytes(body);
            if (body.length >= 20 && rnd.nextBoolean()) {
                // make many of them look like IPv4 with a valid checksum so deeper decoders run
                ByteBuf b = Unpooled.wrappedBuffer(body);
                b.setByte(0, 0x45);
                b.setShort(2, Math.min(body.length, 20 + rnd.nextInt(100)));
                b.setShort(6, rnd.nextInt(4) == 0 ? 0x2000 : 0);
                b.setByte(9, new int[] {1, 6, 17, 50, 51, 99}[rnd.nextInt(6)]);
                b.setInt(16, rnd.nextBoolean() ? ip("10.0.0.1") : ip("10.0.1.5"));
                Ipv4Header.updateChecksum(b, 0);
            }
            MacAddress dst = rnd.nextBoolean() ? g0.mac() : MacAddress.BROADCAST;
            int type = rnd.nextInt(3) == 0 ? EthernetHeader.TYPE_ARP : EthernetHeader.TYPE_IPV4;
            r.execute(() -> g0.deliverFrame(frameTo(dst, type, body)));
        }
        get(r.call(() -> null));
        assertThat(internalErrors).hasValue(0);
        assertThat(get(r.counters("Gi0/0")).inputPackets()).isEqualTo(3000);
        assertThat(get(r.trafficStats()).malformed()).isPositive();
    }
}
