package iosim.dataplane;

import static iosim.dataplane.TestLab.eth;
import static iosim.dataplane.TestLab.get;
import static iosim.dataplane.TestLab.ip;
import static org.assertj.core.api.Assertions.assertThat;

import iosim.dataplane.capture.PacketCapture;
import iosim.dataplane.ipsec.Tshark;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The GRE iosim puts on the wire, as Wireshark's dissector reads it (the kernel here has no GRE,
 * so a third party checks the format instead of a peer): keyed, checksummed GRE carrying the
 * ping, and the keepalive whose payload is the reply GRE packet.
 */
class GreWireFormatTest {

    @Test
    void tsharkDissectsKeyedChecksummedGreAndKeepalives(@TempDir Path dir) throws Exception {
        Path tshark = Tshark.locate();
        Path pcap = dir.resolve("gre.pcap");
        try (TestLab lab = new TestLab(2)) {
            Node r1 = lab.node("R1");
            Node r2 = lab.node("R2");
            TestLab.wire(eth(r1, "Gi0/0", "192.0.2.1/24"), eth(r2, "Gi0/0", "192.0.2.2/24"));
            GreSettings s = new GreSettings(true, 12345, true, 1, 3);
            for (Node n : List.of(r1, r2)) {
                boolean one = n == r1;
                get(n.addTunnel("Tunnel0"));
                get(n.setGre("Tunnel0", s));
                get(n.setMtu("Tunnel0", 1468));
                get(n.setAddress("Tunnel0", ip(one ? "10.9.9.1" : "10.9.9.2"), 30));
                get(n.setTunnelEndpoints("Tunnel0", ip(one ? "192.0.2.1" : "192.0.2.2"), ip(one ? "192.0.2.2" : "192.0.2.1")));
                get(n.setAdminUp("Tunnel0", true));
            }
            assertThat(TestLab.pingUntilReply(r1, "10.9.9.2", 5)).isInstanceOf(ProbeResult.Reply.class);
            PacketCapture c = get(r1.startCapture("Gi0/0", pcap));
            assertThat(TestLab.pingUntilReply(r1, "10.9.9.2", 3)).isInstanceOf(ProbeResult.Reply.class);
            TunnelInterface t = (TunnelInterface) r1.iface("Tunnel0");
            long answered = t.keepalivesAnswered();
            for (int i = 0; i < 60 && t.keepalivesAnswered() <= answered; i++) {
                Thread.sleep(50);           // a keepalive every second: sent, reflected, answered
            }
            get(r1.stopCapture(c));
        }
        List<String> lines = Tshark.run(List.of(tshark.toString(), "-r", pcap.toString(), 
                "-T", "fields", "-E", "separator=|", "-e", "ip.src", "-e", "ip.dst", "-e", "ip.proto", "-e", "gre.flags.checksum",
                "-e", "gre.flags.key", "-e", "gre.key", "-e", "gre.proto", "-e", "gre.checksum.status", "-e", "icmp.type"),
                dir);
        // the echo out and the reply in, each GRE (47) with C and K set, key 12345 (0x3039), IPv4 inside, checksum verified good (status 1)
        assertThat(lines).anyMatch(l -> l.matches("192\\.0\\.2\\.1,10\\.9\\.9\\.1\\|192\\.0\\.2\\.2,10\\.9\\.9\\.2\\|47,1\\|"
                + "(1|True)\\|(1|True)\\|0x00003039\\|0x0800\\|1\\|8"));
        assertThat(lines).anyMatch(l -> l.matches("192\\.0\\.2\\.2,10\\.9\\.9\\.2\\|192\\.0\\.2\\.1,10\\.9\\.9\\.1\\|47,1\\|"
                + "(1|True)\\|(1|True)\\|0x00003039\\|0x0800\\|1\\|0"));
        // the keepalive: GRE carrying an IPv4 GRE packet from the peer back to us, protocol type 0
        assertThat(lines).anyMatch(l -> l.startsWith("192.0.2.1,192.0.2.2|192.0.2.2,192.0.2.1|47,47|")
                && l.contains("0x0800,0x0000"));
    }
}
