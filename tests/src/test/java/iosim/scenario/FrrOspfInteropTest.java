package iosim.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The router against FRR's ospfd on a broadcast link: the router runs in netns {@code osp-r}
 * attached to veth {@code osp-i} (AF_PACKET, it owns 10.91.0.1/24 and Loopback0 10.91.9.1),
 * FRR's zebra and ospfd run in netns {@code osp-f} on {@code osp-v} (10.91.0.2/24, lo
 * 10.92.2.2/32). Timers hello 1 / dead 4 on both sides so the wait is short.
 */
@Tag("root")
class FrrOspfInteropTest {
    private static final Path ZEBRA = Path.of("/usr/lib/frr/zebra");
    private static final Path OSPFD = Path.of("/usr/lib/frr/ospfd");

    @TempDir
    Path tmp;
    RouterProcess router;
    final List<Process> frr = new ArrayList<>();

    private static void requireFrr() {
        Prerequisites.require("root".equals(System.getProperty("user.name")), "needs root (network namespaces, AF_PACKET)");
        Prerequisites.require(Files.isExecutable(ZEBRA) && Files.isExecutable(OSPFD), "FRR (Debian package frr: "
                + ZEBRA + ", " + OSPFD + ")");
        Prerequisites.require(Files.isExecutable(Path.of("/usr/sbin/ip")) || Files.isExecutable(Path.of("/usr/bin/ip"))
                || Files.isExecutable(Path.of("/sbin/ip")), "iproute2 (ip)");
    }

    @AfterEach
    void down() throws Exception {
        try {
            if (router != null) {
                router.close();
            }
        } finally {
            for (Process p : frr) {
                p.destroy();
                if (!p.waitFor(5, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            }
            if ("root".equals(System.getProperty("user.name"))) {
                sh(false, "ip netns del osp-r", "ip netns del osp-f");
            }
        }
    }

    /** Namespaces, veth, FRR with {@code ifaceLines} under interface osp-v; the router with {@code ifaceConfig}. */
    private void start(String frrIfaceLines, String routerIfaceLines) throws Exception {
        requireFrr();
        sh(false, "ip netns del osp-r", "ip netns del osp-f");
        sh(true, "ip netns add osp-r", "ip netns add osp-f",
                "ip link add osp-i netns osp-r type veth peer name osp-v netns osp-f",
                "ip -n osp-r link set lo up", "ip -n osp-r link set osp-i up",
                "ip -n osp-f link set lo up", "ip -n osp-f link set osp-v up",
                "ip -n osp-f addr add 10.91.0.2/24 dev osp-v", "ip -n osp-f addr add 10.92.2.2/32 dev lo",
                "ip netns exec osp-r sysctl -qw net.ipv6.conf.osp-i.disable_ipv6=1");
        Path conf = tmp.resolve("frr");
        Files.createDirectories(conf);
        Files.writeString(conf.resolve("zebra.conf"), "hostname frr-zebra\n");
        Files.writeString(conf.resolve("ospfd.conf"), String.join("\n", "hostname frr-ospfd",
                "interface osp-v", " ip ospf hello-interval 1", " ip ospf dead-interval 4", frrIfaceLines,
                "router ospf", " ospf router-id 10.92.2.2", " network 10.91.0.0/24 area 0", " network 10.92.2.2/32 area 0",
                ""));
        // the daemons drop to user frr (root is not in frrvty): they must reach their directory
        sh(true, "chmod 755 " + tmp, "chown -R frr:frr " + conf);
        String zsock = conf.resolve("zserv.api").toString();
        frr.add(daemon(ZEBRA, "-f", conf.resolve("zebra.conf").toString(), "-z", zsock, "-i",
                conf.resolve("zebra.pid").toString(), "--vty_socket", conf.toString(), "-u", "frr", "-g", "frr"));
        Thread.sleep(500);
        frr.add(daemon(OSPFD, "-f", conf.resolve("ospfd.conf").toString(), "-z", zsock, "-i",
                conf.resolve("ospfd.pid").toString(), "--vty_socket", conf.toString(), "-u", "frr", "-g", "frr"));
        Path cfg = tmp.resolve("R1.cfg");
        Files.writeString(cfg, String.join("\n", "hostname R1", "interface Loopback0",
                " ip address 10.91.9.1 255.255.255.255", "interface GigabitEthernet0/0",
                " ip address 10.91.0.1 255.255.255.0", " ip ospf hello-interval 1", " ip ospf dead-interval 4",
                routerIfaceLines, " no shutdown", "router ospf 1", " router-id 10.91.9.1",
                " network 10.91.0.0 0.0.0.255 area 0", " network 10.91.9.1 0.0.0.0 area 0", "end", ""));
        router = new RouterProcess("osp-r", cfg, List.of("--attach", "GigabitEthernet0/0=osp-i"));
        router.send("enable", 60);
        router.send("terminal length 0", 10);
    }

    private Process daemon(Path bin, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of("ip", "netns", "exec", "osp-f", bin.toString()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(tmp.resolve(bin.getFileName() + ".log")
                .toFile()).start();
    }

    /** Polls {@code command} on the router until its output contains {@code text} (at most {@code seconds}). */
    private String await(String command, String text, int seconds) throws Exception {
        String out = "";
        for (int i = 0; i < seconds * 2; i++) {
            out = router.send(command, 10);
            if (out.contains(text)) {
                return out;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("'" + text + "' not in '" + command + "' after " + seconds + " s:\n" + out
                + "\nospfd log:\n" + Files.readString(tmp.resolve("ospfd.log")));
    }

    private static String kernelRoute(String prefix) throws Exception {
        return sh(true, "ip -n osp-f route show " + prefix);
    }

    @Test
    void fullAdjacencyDrElectionRoutesBothWaysAndTraffic() throws Exception {
        start("", "");
        String nbr = await("show ip ospf neighbor", "FULL/DR", 30);
        // equal priority: the higher router ID (FRR's 10.92.2.2) is DR, the router BDR
        assertThat(nbr).contains("10.92.2.2").contains("FULL/DR").contains("10.91.0.2");
        assertThat(router.send("show ip ospf interface brief", 10)).contains("BDR   1/1");
        String route = await("show ip route ospf", "10.92.2.2", 20);
        assertThat(route).contains("O        10.92.2.2 [110/").contains("via 10.91.0.2");
        String k = "";
        for (int i = 0; i < 40 && !k.contains("10.91.9.1"); i++) {
            Thread.sleep(500);
            k = kernelRoute("10.91.9.1");
        }
        assertThat(k).as("FRR installed the router's loopback").contains("10.91.9.1").contains("via 10.91.0.1 dev osp-v proto ospf");
        String ping = router.send("ping 10.92.2.2 source Loopback0", 30);
        assertThat(ping).containsPattern("Success rate is (80|100) percent");
        assertThat(router.send("show ip ospf database", 10)).contains("10.92.2.2       10.92.2.2")
                .contains("Net Link States (Area 0)");
    }

    @Test
    void md5AuthenticationFormsTheAdjacency() throws Exception {
        start(" ip ospf authentication message-digest\n ip ospf message-digest-key 1 md5 s3cret",
                " ip ospf authentication message-digest\n ip ospf message-digest-key 1 md5 s3cret");
        await("show ip ospf neighbor", "FULL/", 30);
        await("show ip route ospf", "10.92.2.2", 20);
        assertThat(router.send("show ip ospf interface GigabitEthernet0/0", 10))
                .contains("Cryptographic authentication enabled").contains("Youngest key id is 1");
    }

    @Test
    void helloIntervalMismatchNeverReachesFull() throws Exception {
        start("", " ip ospf hello-interval 2");
        Thread.sleep(10_000);
        assertThat(router.send("show ip ospf neighbor", 10)).doesNotContain("10.92.2.2");
        assertThat(kernelRoute("10.91.9.1")).doesNotContain("proto ospf");
    }

    private static String sh(boolean check, String... commands) throws IOException, InterruptedException {
        StringBuilder all = new StringBuilder();
        for (String c : commands) {
            Process p = new ProcessBuilder("sh", "-c", c).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError(c + " timed out");
            }
            if (check && p.exitValue() != 0) {
                throw new AssertionError(c + " failed: " + out);
            }
            all.append(out);
        }
        return all.toString();
    }
}
