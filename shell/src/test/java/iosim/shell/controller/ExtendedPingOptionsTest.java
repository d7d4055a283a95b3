package iosim.shell.controller;

import static org.assertj.core.api.Assertions.assertThat;

import iosim.shell.cli.PingSpec;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The extended ping's type of service, data pattern and reply-data validation reach the
 * dataplane: the echoes go out and come back with the pattern, and validation passes.
 */
class ExtendedPingOptionsTest {
    @TempDir
    Path tmp;
    LabFixture lab;

    @AfterEach
    void down() {
        if (lab != null) {
            lab.close();
        }
    }

    private RouterRuntime siteA() {
        lab = new LabFixture(tmp);
        RouterRuntime a = lab.boot("SITE-A", "seed-site-to-site/SITE-A.cfg");
        lab.boot("ISP", "seed-site-to-site/ISP.cfg");
        lab.link("SITE-A", "GigabitEthernet0/0", "ISP", "GigabitEthernet0/0");
        lab.settle();
        assertThat(lab.prime("SITE-A", "203.0.113.1")).isTrue();
        return a;
    }

    /** An echo reply from {@code from} to SITE-A's 203.0.113.10 carrying 0xABCD data (not what was sent). */
    private static io.netty.buffer.ByteBuf forgedReply(iosim.dataplane.Node n, int from, int seq) {
        int size = 100;
        io.netty.buffer.ByteBuf b = n.allocatePacket(size);
        iosim.dataplane.packet.Ipv4Header.write(b, 0, size, seq, 0, 64, iosim.dataplane.packet.Ipv4Header.PROTO_ICMP,
                from, iosim.dataplane.ipsec.Ipv4Addresses.parse("203.0.113.10"));
        int ic = b.writerIndex();
        b.writeByte(iosim.dataplane.packet.IcmpHeader.ECHO_REPLY);
        b.writeByte(0);
        b.writeShort(0);
        b.writeShort((n.name().hashCode() & 0x7fff) | 1); // the node's echo identifier
        b.writeShort(seq);
        for (int i = 28; i < size; i += 2) {
            b.writeByte(0xab);
            b.writeByte(0xcd);
        }
        iosim.dataplane.packet.IcmpHeader.fillChecksum(b, ic, size - 20);
        return b;
    }

    @Test
    void aReplyWithOtherDataIsBadDataWhenValidated() throws Exception {
        RouterRuntime a = siteA();
        int nobody = iosim.dataplane.ipsec.Ipv4Addresses.parse("203.0.113.99"); // dies in ARP: only the forgery answers
        StringBuilder out = new StringBuilder();
        var ping = java.util.concurrent.CompletableFuture.runAsync(() -> a.exec().ping(
                new PingSpec("203.0.113.99", 1, 100, 100, 1, 5, null, false, 0, true, 0x1234, false), out::append));
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
        while (!ping.isDone() && System.nanoTime() < deadline) {
            for (int seq = 1; seq <= 64; seq++) {
                a.node().injectIpv4(a.node().iface("GigabitEthernet0/0"), forgedReply(a.node(), nobody, seq));
            }
            a.onLoop(() -> null);
        }
        ping.get(10, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(out.toString()).contains("Reply data will be validated\n").contains("\n?\n")
                .contains("Success rate is 0 percent (0/1)\n1 replies with bad data\n");
    }

    @Test
    void typeOfServicePatternAndValidatedReplies() {
        RouterRuntime a = siteA();

        StringBuilder out = new StringBuilder();
        a.exec().ping(new PingSpec("203.0.113.1", 5, 100, 100, 1, 2, null, false, 0xb8, true, 0x1234, false),
                out::append);
        assertThat(out.toString()).contains("Reply data will be validated\n").contains("\n!!!!!\n")
                .contains("Success rate is 100 percent (5/5)").doesNotContain("bad data");

        StringBuilder verbose = new StringBuilder();
        a.exec().ping(new PingSpec("203.0.113.1", 2, 36, 37, 1, 2, null, false, 0, true, 0x0000, true),
                verbose::append);
        assertThat(verbose.toString()).contains("Reply to request 0 (").contains("Reply to request 3 (")
                .contains("Success rate is 100 percent (4/4)").doesNotContain("bad data");
    }
}
