package iosim.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The seed's tunnel on a real wire, as containerlab wires it: two Linux hosts and two iosim
 * router processes, each in its own network namespace, joined by veths whose offloads are left
 * on (TSO/GSO and checksum offload, as every container runtime creates them); each router
 * attached with {@code --attach}. A TCP transfer with the hosts' default MSS must cross the
 * IKEv2/ESP tunnel whole: the routers cut GSO super-frames into wire segments, answer a DF packet
 * too big for the tunnel with ICMP "fragmentation needed" carrying the tunnel's MTU (so the
 * hosts' path-MTU discovery learns it) and fragment a DF-clear one before encrypting it.
 */
@Tag("root")
@Timeout(value = 240, unit = TimeUnit.SECONDS)
class TcpThroughTunnelWireTest {
    private static final String PREFIX = "iowt";
    private static final String HOST_A = PREFIX + "A";
    private static final String R1 = PREFIX + "R1";
    private static final String R2 = PREFIX + "R2";
    private static final String HOST_B = PREFIX + "B";
    private static final List<String> NAMESPACES = List.of(HOST_A, R1, R2, HOST_B);
    private static final int BYTES = 4 * 1024 * 1024;

    private static Path dir;
    private static RouterProcess siteA;
    private static RouterProcess siteB;

    @BeforeAll
    static void wire() throws Exception {
        Prerequisites.require("root".equals(System.getProperty("user.name")), "needs root (network namespaces, AF_PACKET)");
        Prerequisites.require(which("ip"), "iproute2 (ip)");
        Prerequisites.require(which("python3"), "python3 (the hosts' TCP sender and receiver)");
        Prerequisites.require(which("ethtool"), "ethtool (to turn the veths' offloads on explicitly)");
        teardown();
        for (String ns : NAMESPACES) {
            sh("ip", "netns", "add", ns);
            sh("ip", "-n", ns, "link", "set", "lo", "up");
        }
        veth(HOST_A, "wa0", R1, "r1lan");
        veth(R1, "r1wan", R2, "r2wan");
        veth(R2, "r2lan", HOST_B, "wb0");
        host(HOST_A, "wa0", "192.168.1.10/24", "192.168.1.1");
        host(HOST_B, "wb0", "10.0.0.10/24", "10.0.0.1");
        for (String[] hostIf : new String[][] {{HOST_A, "wa0"}, {HOST_B, "wb0"}}) {
            // what a container runtime leaves on: segmentation and checksum offload
            sh("ip", "netns", "exec", hostIf[0], "ethtool", "-K", hostIf[1], "tx", "on", "tso", "on", "gso", "on");
        }
        dir = Files.createTempDirectory("iosim-wire");
        siteA = router(R1, "seed-site-a.cfg", "203.0.113.20", "r1");
        siteB = router(R2, "seed-site-b.cfg", "203.0.113.10", "r2");
        for (RouterProcess r : List.of(siteA, siteB)) {
            r.send("enable", 60);
            r.send("terminal length 0", 10);
        }
    }

    private static RouterProcess router(String ns, String seed, String defaultGateway, String prefix) throws IOException {
        Path cfg = dir.resolve(prefix + ".cfg");
        String text = Files.readString(Prerequisites.locate("running-configs/" + seed))
                + "ip route 0.0.0.0 0.0.0.0 " + defaultGateway + "\n";
        Files.writeString(cfg, text);
        return new RouterProcess(ns, cfg, List.of("--attach", "GigabitEthernet0/0=" + prefix + "wan",
                "--attach", "GigabitEthernet0/1=" + prefix + "lan"));
    }

    @AfterAll
    static void teardown() throws Exception {
        for (RouterProcess r : new RouterProcess[] {siteA, siteB}) {
            if (r != null) {
                r.close();
            }
        }
        siteA = null;
        siteB = null;
        for (String ns : NAMESPACES) {
            run(10, "ip", "netns", "del", ns);
        }
    }

    @Test
    void fullSizeTcpCrossesTheTunnelWithOffloadsOn() throws Exception {
        // bring the tunnel up (the first packets are lost to ARP and IKE, as on IOS)
        boolean up = false;
        for (int i = 0; i < 10 && !up; i++) {
            up = run(10, "ip", "netns", "exec", HOST_A, "ping", "-c", "1", "-W", "2", "10.0.0.10").contains(" 0% packet loss");
        }
        assertThat(up).as("ping PC-A -> PC-B through the tunnel").isTrue();

        // DF set and too big for the tunnel: ICMP fragmentation needed with the tunnel's MTU
        String df = run(20, "ip", "netns", "exec", HOST_A, "ping", "-c", "2", "-W", "2", "-M", "do", "-s", "1472", "10.0.0.10");
        assertThat(df).contains("mtu");
        assertThat(df).containsPattern("mtu ?=? ?1438");
        // DF clear: fragmented before encryption, reassembled by PC-B, answered
        String big = run(30, "ip", "netns", "exec", HOST_A, "ping", "-c", "3", "-W", "3", "-M", "dont", "-s", "3000", "10.0.0.10");
        assertThat(big).containsPattern(" [1-3] received");

        // a 4 MiB TCP transfer with the hosts' default MSS; the receiver prints the SHA-256 it got
        String receiver = "import socket,hashlib,sys\n"
                + "s=socket.socket();s.setsockopt(socket.SOL_SOCKET,socket.SO_REUSEADDR,1);s.bind(('10.0.0.10',5399));s.listen(1)\n"
                + "s.settimeout(90);c,_=s.accept();c.settimeout(60);h=hashlib.sha256();n=0\n"
                + "while True:\n d=c.recv(65536)\n if not d: break\n h.update(d);n+=len(d)\n"
                + "print(n,h.hexdigest());sys.stdout.flush()\n";
        String sender = "import socket,hashlib,os,time\n"
                + "data=os.urandom(" + BYTES + ");print(len(data),hashlib.sha256(data).hexdigest())\n"
                + "for i in range(50):\n try:\n  c=socket.create_connection(('10.0.0.10',5399),timeout=5);break\n"
                + " except OSError: time.sleep(0.2)\n"
                + "c.settimeout(60);c.sendall(data);c.shutdown(socket.SHUT_WR);c.recv(1);c.close()\n";
        Process rx = new ProcessBuilder("ip", "netns", "exec", HOST_B, "python3", "-c", receiver).redirectErrorStream(true).start();
        String sent = run(120, "ip", "netns", "exec", HOST_A, "python3", "-c", sender).strip();
        boolean done = rx.waitFor(60, TimeUnit.SECONDS);
        if (!done) {
            rx.destroyForcibly();
        }
        String got = new String(rx.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(done).as("receiver finished; sender said: " + sent).isTrue();
        assertThat(got).as("bytes and SHA-256 received").isEqualTo(sent);
        assertThat(sent).startsWith(BYTES + " ");

        String sa = siteA.send("show crypto ipsec sa", 20);
        assertThat(sa).contains("plaintext mtu 1438");
        assertThat(sa).doesNotContain("#pkts encaps: 0,");
    }

    private static void veth(String nsA, String ifA, String nsB, String ifB) throws Exception {
        sh("ip", "link", "add", ifA, "netns", nsA, "type", "veth", "peer", "name", ifB, "netns", nsB);
        sh("ip", "-n", nsA, "link", "set", ifA, "up");
        sh("ip", "-n", nsB, "link", "set", ifB, "up");
    }

    private static void host(String ns, String ifName, String cidr, String gateway) throws Exception {
        sh("ip", "-n", ns, "addr", "add", cidr, "dev", ifName);
        sh("ip", "-n", ns, "route", "add", "default", "via", gateway);
    }

    private static boolean which(String tool) {
        for (String d : new String[] {"/usr/sbin/", "/usr/bin/", "/sbin/", "/bin/"}) {
            if (Files.isExecutable(Path.of(d + tool))) {
                return true;
            }
        }
        return false;
    }

    private static void sh(String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(20, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new AssertionError(String.join(" ", cmd) + " failed: " + out);
        }
    }

    /** Runs a command (bounded) and returns what it printed, whatever its exit code. */
    private static String run(int seconds, String... cmd) throws Exception {
        Process p = new ProcessBuilder(new ArrayList<>(List.of(cmd))).redirectErrorStream(true).start();
        byte[][] out = new byte[1][];
        Thread t = new Thread(() -> {
            try {
                out[0] = p.getInputStream().readAllBytes();
            } catch (IOException e) {
                out[0] = new byte[0];
            }
        });
        t.start();
        if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        t.join(5000);
        return out[0] == null ? "" : new String(out[0], StandardCharsets.UTF_8);
    }
}
