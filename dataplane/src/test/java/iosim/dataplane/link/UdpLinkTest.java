package iosim.dataplane.link;

import static iosim.dataplane.TestLab.eth;
import static iosim.dataplane.TestLab.get;
import static iosim.dataplane.TestLab.ip;
import static org.assertj.core.api.Assertions.assertThat;

import iosim.dataplane.EthernetInterface;
import iosim.dataplane.Node;
import iosim.dataplane.PingRequest;
import iosim.dataplane.ProbeResult;
import iosim.dataplane.TestLab;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.DatagramSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class UdpLinkTest {

    private static int freePort() throws IOException {
        try (DatagramSocket s = new DatagramSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Test
    void specParses() {
        assertThat(UdpLinkSpec.parse("40001:127.0.0.1:40002"))
                .isEqualTo(new UdpLinkSpec(null, 40001, "127.0.0.1", 40002));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> UdpLinkSpec.parse("40001:127.0.0.1"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void twoRoutersInOneJvmOverUdpLoopback() throws Exception {
        try (TestLab lab = new TestLab(2)) {
            Node a = lab.node("A");
            Node b = lab.node("B");
            EthernetInterface ea = eth(a, "Gi0/0", "10.1.1.1/24");
            EthernetInterface eb = eth(b, "Gi0/0", "10.1.1.2/24");
            int pa = freePort();
            int pb = freePort();
            UdpLink la = get(UdpLink.open(ea, pa + ":127.0.0.1:" + pb));
            UdpLink lb = get(UdpLink.open(eb, pb + ":127.0.0.1:" + pa));
            assertThat(TestLab.pingUntilReply(a, "10.1.1.2", 5)).isInstanceOf(ProbeResult.Reply.class);
            assertThat(la.framesSent()).isPositive();
            assertThat(lb.framesReceived()).isPositive();
            assertThat(ea.link().describe()).startsWith("udp ");
        }
    }

    @Test
    void pingsARouterInAnotherProcess() throws Exception {
        int mine = freePort();
        int theirs = freePort();
        String java = ProcessHandle.current().info().command().orElse("java");
        String cp = System.getProperty("java.class.path");
        Process child = new ProcessBuilder(List.of(java, "-cp", cp, UdpPeerMain.class.getName(),
                theirs + ":127.0.0.1:" + mine, "10.2.2.2/24")).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (TestLab lab = new TestLab(1)) {
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            CompletableFuture<String> ready = CompletableFuture.supplyAsync(() -> {
                try {
                    return out.readLine();
                } catch (IOException e) {
                    return "error " + e;
                }
            });
            String line = ready.get(20, TimeUnit.SECONDS);
            assertThat(line).startsWith("READY ");
            Node a = lab.node("A");
            EthernetInterface ea = eth(a, "Gi0/0", "10.2.2.1/24");
            get(UdpLink.open(ea, mine + ":127.0.0.1:" + theirs));
            assertThat(TestLab.pingUntilReply(a, "10.2.2.2", 5)).isInstanceOf(ProbeResult.Reply.class);
            for (int i = 0; i < 3; i++) {
                assertThat(get(a.ping(PingRequest.to(ip("10.2.2.2")))).pingChar()).isEqualTo('!');
            }
            assertThat(get(a.arpTable()).get(1).mac().toString()).isEqualTo(line.substring("READY ".length()));
        } finally {
            child.getOutputStream().close();
            if (!child.waitFor(10, TimeUnit.SECONDS)) {
                child.destroyForcibly();
            }
        }
    }
}
