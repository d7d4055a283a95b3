package iosim.dataplane.capture;

import static iosim.dataplane.TestLab.eth;
import static iosim.dataplane.TestLab.get;
import static iosim.dataplane.TestLab.ip;
import static org.assertj.core.api.Assertions.assertThat;

import iosim.dataplane.Node;
import iosim.dataplane.PingRequest;
import iosim.dataplane.Prerequisites;
import iosim.dataplane.TestLab;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PacketCaptureTest {
    @TempDir
    Path dir;

    private Path captureSomePings() {
        Path file = dir.resolve("gi0.pcap");
        try (TestLab lab = new TestLab(1)) {
            Node a = lab.node("A");
            Node b = lab.node("B");
            TestLab.wire(eth(a, "Gi0/0", "10.3.3.1/24"), eth(b, "Gi0/0", "10.3.3.2/24"));
            PacketCapture cap = get(a.startCapture("Gi0/0", file));
            TestLab.pingUntilReply(a, "10.3.3.2", 5);
            for (int i = 0; i < 3; i++) {
                get(a.ping(PingRequest.to(ip("10.3.3.2"))));
            }
            long n = get(a.stopCapture(cap));
            assertThat(n).isGreaterThanOrEqualTo(8); // ARP request/reply, gratuitous ARP, 4 echo pairs
            assertThat(cap.isClosed()).isTrue();
        }
        return file;
    }

    @Test
    void writesAValidPcapFile() throws IOException {
        Path file = captureSomePings();
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(b.getInt(0)).isEqualTo(PcapFormat.MAGIC_MICROS);
        assertThat(b.getInt(20)).isEqualTo(PcapFormat.LINKTYPE_ETHERNET);
        int pos = PcapFormat.GLOBAL_HEADER_LENGTH;
        int records = 0;
        while (pos < b.limit()) {
            int incl = b.getInt(pos + 8);
            int orig = b.getInt(pos + 12);
            assertThat(incl).isEqualTo(orig).isGreaterThanOrEqualTo(42);
            pos += PcapFormat.RECORD_HEADER_LENGTH + incl;
            records++;
        }
        assertThat(pos).isEqualTo(b.limit());
        assertThat(records).isGreaterThanOrEqualTo(8);
    }

    @Test
    void inboundOnlyCaptureSkipsWhatTheInterfaceSends() {
        Path file = dir.resolve("in.pcap");
        try (TestLab lab = new TestLab(1)) {
            Node a = lab.node("A");
            Node b = lab.node("B");
            TestLab.wire(eth(a, "Gi0/0", "10.3.3.1/24"), eth(b, "Gi0/0", "10.3.3.2/24"));
            TestLab.pingUntilReply(a, "10.3.3.2", 5);
            PacketCapture in = get(a.startCapture("Gi0/0", file, PacketCapture.Direction.IN));
            for (int i = 0; i < 3; i++) {
                get(a.ping(PingRequest.to(ip("10.3.3.2"))));
            }
            assertThat(get(a.stopCapture(in))).isEqualTo(3); // the three echo replies only
        }
    }

    @Test
    void interfaceStatusReportsStateAndCounters() {
        try (TestLab lab = new TestLab(1)) {
            Node a = lab.node("A");
            Node b = lab.node("B");
            TestLab.wire(eth(a, "Gi0/0", "10.3.3.1/24"), eth(b, "Gi0/0", "10.3.3.2/24"));
            get(a.addLoopback("Loopback0"));
            get(a.setAdminUp("Loopback0", false));
            TestLab.pingUntilReply(a, "10.3.3.2", 5);
            var st = get(a.interfaceStatus());
            assertThat(st).extracting(x -> x.name()).containsExactly("Gi0/0", "Loopback0");
            assertThat(st.get(0).statusText()).isEqualTo("up");
            assertThat(st.get(0).link()).startsWith("wire to B");
            assertThat(st.get(0).counters().outputPackets()).isPositive();
            assertThat(st.get(1).statusText()).isEqualTo("administratively down");
            assertThat(st.get(1).protocolText()).isEqualTo("down");
        }
    }

    @Test
    void tsharkReadsTheCaptureWithoutMalformedPackets() throws Exception {
        String tshark = Prerequisites.requireCommand("tshark");
        Path file = captureSomePings();
        Process p = new ProcessBuilder(List.of(tshark, "-r", file.toString(), "-T", "fields", "-e", "_ws.col.Protocol",
                "-e", "_ws.col.Info")).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out).contains("ARP").contains("Echo (ping) request").contains("Echo (ping) reply");
        assertThat(out.toLowerCase()).doesNotContain("malformed").doesNotContain("checksum incorrect");
    }
}
