package iosim.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The real wire (root): iperf3 TCP between two Linux hosts in network namespaces through one
 * router in a third namespace, measured side by side in one run: the Linux kernel forwarding
 * (the limit), then an iosim router process attached to the same veths with {@code --attach},
 * with the veths' offloads on (as container runtimes leave them) and off. Skipped with the
 * reason when not root or iproute2/iperf3/ethtool are missing. Namespaces are prefixed
 * {@code iowb}, iperf3 listens on port 5301; everything is removed afterwards.
 */
public final class WireBench implements Bench {
    private static final String P = "iowb";
    private static final String HOST_A = P + "A";
    private static final String ROUTER = P + "R";
    private static final String HOST_B = P + "B";
    private static final List<String> NAMESPACES = List.of(HOST_A, ROUTER, HOST_B);
    private static final int SECONDS = 5;
    private static final Pattern RECEIVED = Pattern.compile(
            "\"sum_received\"\\s*:\\s*\\{[^}]*?\"bits_per_second\"\\s*:\\s*([0-9.eE+]+)", Pattern.DOTALL);
    private static final Pattern RETRANSMITS = Pattern.compile(
            "\"sum_sent\"\\s*:\\s*\\{[^}]*?\"retransmits\"\\s*:\\s*([0-9]+)", Pattern.DOTALL);

    @Override
    public String area() {
        return "wire";
    }

    @Override
    public List<Figure> run() throws Exception {
        List<Figure> out = new ArrayList<>();
        String missing = missing();
        if (missing != null) {
            out.add(new Figure("skipped: " + missing, 0, "", "run as root with iproute2, iperf3, ethtool"));
            return out;
        }
        try {
            build();
            kernel(out);
            Process router = iosim();
            try {
                double kernel = out.get(0).value();
                for (boolean offloads : new boolean[] {true, false}) {
                    offloads(offloads);
                    if (!reachable(30)) {
                        out.add(new Figure("iosim router, offloads " + (offloads ? "on" : "off")
                                + ": PC-B not reachable", 0, "", ""));
                        continue;
                    }
                    double[] r = iperf();
                    out.add(new Figure("TCP through one iosim router, offloads " + (offloads ? "on" : "off")
                            + " (" + (long) r[1] + " retransmits)", r[0], "Mbit/s",
                            String.format(java.util.Locale.ROOT, "target >= 2000 and >= 25%% of kernel: %.1f%%",
                                    kernel > 0 ? 100 * r[0] / kernel : 0)));
                }
            } finally {
                router.destroy();
                if (!router.waitFor(10, TimeUnit.SECONDS)) {
                    router.destroyForcibly();
                }
            }
        } finally {
            teardown();
        }
        return out;
    }

    private static String missing() {
        if (!"root".equals(System.getProperty("user.name"))) {
            return "needs root (network namespaces, AF_PACKET)";
        }
        for (String tool : List.of("ip", "iperf3", "ethtool")) {
            if (!which(tool)) {
                return "needs " + tool + " (apt-get install iproute2 iperf3 ethtool)";
            }
        }
        return null;
    }

    private static void build() throws Exception {
        teardown();
        for (String ns : NAMESPACES) {
            sh("ip", "netns", "add", ns);
            sh("ip", "-n", ns, "link", "set", "lo", "up");
        }
        veth(HOST_A, "wba0", ROUTER, "wbrlan");
        veth(ROUTER, "wbrwan", HOST_B, "wbb0");
        sh("ip", "-n", HOST_A, "addr", "add", "192.168.1.10/24", "dev", "wba0");
        sh("ip", "-n", HOST_A, "route", "add", "default", "via", "192.168.1.1");
        sh("ip", "-n", HOST_B, "addr", "add", "10.0.0.10/24", "dev", "wbb0");
        sh("ip", "-n", HOST_B, "route", "add", "default", "via", "10.0.0.1");
    }

    /** The limit: the kernel forwarding between the same veths. */
    private static void kernel(List<Figure> out) throws Exception {
        sh("ip", "-n", ROUTER, "addr", "add", "192.168.1.1/24", "dev", "wbrlan");
        sh("ip", "-n", ROUTER, "addr", "add", "10.0.0.1/24", "dev", "wbrwan");
        sh("ip", "netns", "exec", ROUTER, "sysctl", "-q", "-w", "net.ipv4.ip_forward=1");
        reachable(10);
        double[] r = iperf();
        out.add(new Figure("TCP through the Linux kernel, offloads on (" + (long) r[1] + " retransmits)", r[0],
                "Mbit/s", "the limit, same veths"));
        sh("ip", "netns", "exec", ROUTER, "sysctl", "-q", "-w", "net.ipv4.ip_forward=0");
        sh("ip", "-n", ROUTER, "addr", "flush", "dev", "wbrlan");
        sh("ip", "-n", ROUTER, "addr", "flush", "dev", "wbrwan");
    }

    private static Process iosim() throws IOException {
        Path cfg = Files.createTempFile("iosim-wirebench", ".cfg");
        Files.writeString(cfg, String.join("\n", List.of("hostname WIRE", "interface GigabitEthernet0/0",
                " ip address 10.0.0.1 255.255.255.0", " no shutdown", "interface GigabitEthernet0/1",
                " ip address 192.168.1.1 255.255.255.0", " no shutdown", "end")) + "\n");
        cfg.toFile().deleteOnExit();
        List<String> cmd = new ArrayList<>(List.of("ip", "netns", "exec", ROUTER,
                ProcessHandle.current().info().command().orElse("java"), "-cp", System.getProperty("java.class.path"),
                "iosim.shell.Main", "router", "--startup-config", cfg.toString(),
                "--attach", "GigabitEthernet0/0=wbrwan", "--attach", "GigabitEthernet0/1=wbrlan"));
        // the console reads stdin: keep it open (a pipe nobody writes) and discard what it prints
        return new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static void offloads(boolean on) throws Exception {
        String v = on ? "on" : "off";
        for (String[] nsIf : new String[][] {{HOST_A, "wba0"}, {ROUTER, "wbrlan"}, {ROUTER, "wbrwan"}, {HOST_B, "wbb0"}}) {
            run(10, "ip", "netns", "exec", nsIf[0], "ethtool", "-K", nsIf[1], "tx", v, "tso", v, "gso", v, "gro", v);
        }
    }

    private static boolean reachable(int tries) throws Exception {
        for (int i = 0; i < tries; i++) {
            if (run(5, "ip", "netns", "exec", HOST_A, "ping", "-c", "1", "-W", "1", "10.0.0.10").contains(" 0% packet loss")) {
                return true;
            }
            Thread.sleep(500);
        }
        return false;
    }

    /** One iperf3 TCP run A -> B: {Mbit/s received, retransmits}. */
    private static double[] iperf() throws Exception {
        Process server = new ProcessBuilder("ip", "netns", "exec", HOST_B, "iperf3", "-s", "-1", "-p", "5301")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            Thread.sleep(500);
            String json = run(SECONDS + 30, "ip", "netns", "exec", HOST_A, "iperf3", "-c", "10.0.0.10", "-p", "5301",
                    "-t", Integer.toString(SECONDS), "-J");
            Matcher m = RECEIVED.matcher(json);
            Matcher r = RETRANSMITS.matcher(json);
            return new double[] {m.find() ? Double.parseDouble(m.group(1)) / 1e6 : 0,
                    r.find() ? Double.parseDouble(r.group(1)) : -1};
        } finally {
            server.destroy();
            server.waitFor(5, TimeUnit.SECONDS);
        }
    }

    private static void teardown() throws Exception {
        for (String ns : NAMESPACES) {
            run(10, "ip", "netns", "del", ns);
        }
    }

    private static void veth(String nsA, String ifA, String nsB, String ifB) throws Exception {
        sh("ip", "link", "add", ifA, "netns", nsA, "type", "veth", "peer", "name", ifB, "netns", nsB);
        sh("ip", "-n", nsA, "link", "set", ifA, "up");
        sh("ip", "-n", nsB, "link", "set", ifB, "up");
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
            throw new IllegalStateException(String.join(" ", cmd) + " failed: " + out);
        }
    }

    /** Runs a command (bounded) and returns what it printed, whatever its exit code. */
    private static String run(int seconds, String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
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
