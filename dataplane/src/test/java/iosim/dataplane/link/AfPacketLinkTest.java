package iosim.dataplane.link;

import static iosim.dataplane.TestLab.eth;
import static iosim.dataplane.TestLab.get;
import static iosim.dataplane.TestLab.ip;
import static org.assertj.core.api.Assertions.assertThat;

import iosim.dataplane.EthernetInterface;
import iosim.dataplane.Node;
import iosim.dataplane.Prerequisites;
import iosim.dataplane.ProbeResult;
import iosim.dataplane.TestLab;
import iosim.dataplane.UdpSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.LinkedBlockingQueue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The router attached with a packet socket to one end of a veth pair in the root namespace;
 * the other end lives in a network namespace this test creates, where the kernel pings it.
 */
@Tag("root")
class AfPacketLinkTest {
    private String ip;
    private String ns;
    private String hostEnd;
    private String nsEnd;
    private final List<String> cleanup = new ArrayList<>();

    private static String run(List<String> cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(20, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("timed out: " + cmd);
        }
        if (p.exitValue() != 0) {
            throw new AssertionError(cmd + " failed (" + p.exitValue() + "): " + out);
        }
        return out;
    }

    @BeforeEach
    void createNamespace() throws Exception {
        Prerequisites.requireRoot();
        ip = Prerequisites.requireCommand("ip");
        Prerequisites.requireCommand("ping");
        String id = Integer.toHexString(ThreadLocalRandom.current().nextInt(0x100000, 0xffffff));
        ns = "iosimtest-" + id;
        hostEnd = "iost" + id + "h";
        nsEnd = "iost" + id + "n";
        run(List.of(ip, "netns", "add", ns));
        cleanup.add(ns);
        run(List.of(ip, "link", "add", hostEnd, "type", "veth", "peer", "name", nsEnd));
        run(List.of(ip, "link", "set", nsEnd, "netns", ns));
        run(List.of(ip, "link", "set", hostEnd, "up"));
        run(List.of(ip, "-n", ns, "addr", "add", "10.77.0.2/24", "dev", nsEnd));
        run(List.of(ip, "-n", ns, "link", "set", nsEnd, "up"));
        run(List.of(ip, "-n", ns, "link", "set", "lo", "up"));
    }

    @AfterEach
    void deleteNamespace() throws Exception {
        if (ns != null && cleanup.contains(ns)) {
            new ProcessBuilder(ip, "link", "del", hostEnd).redirectErrorStream(true).start().waitFor(10,
                    TimeUnit.SECONDS);
            run(List.of(ip, "netns", "del", ns));
        }
    }

    @Test
    void kernelInANamespacePingsTheRouterAndTheRouterPingsBackAndReceivesUdp() throws Exception {
        try (TestLab lab = new TestLab(1)) {
            Node r = lab.node("R");
            EthernetInterface g0 = eth(r, "GigabitEthernet0/0", "10.77.0.1/24");
            AfPacketLink link = AfPacketLink.open(g0, hostEnd);
            get(r.call(() -> null));
            LinkedBlockingQueue<String> udp = new LinkedBlockingQueue<>();
            UdpSocket s = get(r.bindUdp(0, 5000, d -> udp.add(d.payload().toString(StandardCharsets.US_ASCII))));

            String out = run(List.of(ip, "netns", "exec", ns, "ping", "-c", "3", "-i", "0.2", "-W", "2",
                    "10.77.0.1"));
            assertThat(out).contains("3 received");

            assertThat(TestLab.pingUntilReply(r, "10.77.0.2", 5)).isInstanceOf(ProbeResult.Reply.class);
            assertThat(get(r.arpTable())).extracting(e -> e.address()).contains(ip("10.77.0.2"));

            run(List.of(ip, "netns", "exec", ns, "bash", "-c", "echo hello-router > /dev/udp/10.77.0.1/5000"));
            assertThat(udp.poll(5, TimeUnit.SECONDS)).isEqualTo("hello-router\n");
            assertThat(link.framesReceived()).isPositive();
            assertThat(link.framesSent()).isPositive();
            assertThat(link.errors()).isZero();
            s.close();
        }
    }
}
