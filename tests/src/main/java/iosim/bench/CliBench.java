package iosim.bench;

import iosim.shell.cli.CliSession;
import iosim.shell.cli.Router;
import iosim.shell.cli.RunningConfigEngine;
import iosim.shell.cli.StartupConfigLoader;
import iosim.shell.cli.StartupConfigStore;
import iosim.shell.cli.Terminal;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Area {@code cli}: the command line's speed targets (issue 2).
 * <ul>
 *   <li>loading a generated 20 000-line startup-config (hundreds of crypto map entries and
 *       ACLs, a thousand interfaces) through the CLI session, once the JVM is warm;</li>
 *   <li>{@code ?} at the deepest position of crypto commands;</li>
 *   <li>from starting {@code iosim router} (a child JVM) to its first prompt.</li>
 * </ul>
 */
public final class CliBench implements Bench {

    @Override
    public String area() {
        return "cli";
    }

    @Override
    public List<Figure> run() throws Exception {
        List<Figure> out = new ArrayList<>();
        String config = generatedConfig();
        int lines = config.split("\n").length;
        List<String> errors = List.of();
        long[] loads = new long[8];
        long[] cpu = new long[8];
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int i = 0; i < loads.length; i++) {
            Router r = router(null);
            long c0 = mx.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            errors = new StartupConfigLoader(r).load("bench.cfg", config, true);
            loads[i] = System.nanoTime() - t0;
            cpu[i] = mx.getCurrentThreadCpuTime() - c0;
        }
        long[] warm = Arrays.copyOfRange(loads, 3, loads.length);
        out.add(new Figure("load " + lines + "-line startup-config (warm, median of 5)", median(warm) / 1e6, "ms",
                "target < 1000 ms"));
        out.add(new Figure("  same, CPU time of the loading thread (contention-free)",
                median(Arrays.copyOfRange(cpu, 3, cpu.length)) / 1e6, "ms", "target < 1000 ms"));
        out.add(new Figure("  its load errors", errors.size() / 3.0, "lines", "0 expected"));

        out.add(new Figure("? at `set security-association lifetime kilobytes ?` (crypto map, median)",
                helpMicros("crypto map M 10 ipsec-isakmp", "set security-association lifetime kilobytes ") / 1000.0,
                "ms", "target < 10 ms"));
        out.add(new Figure("? at `crypto ipsec transform-set T esp-aes 256 esp-sha256-hmac ?` (median)",
                helpMicros(null, "crypto ipsec transform-set T esp-aes 256 esp-sha256-hmac ") / 1000.0, "ms",
                "target < 10 ms"));
        out.add(new Figure("? at `match identity remote address 10.0.0.1 ?` (ikev2 profile, median)",
                helpMicros("crypto ikev2 profile P", "match identity remote address 10.0.0.1 ") / 1000.0, "ms",
                "target < 10 ms"));

        Path launcher = Files.exists(Path.of("iosim")) ? Path.of("iosim") : Path.of("..", "iosim");
        if (Files.isExecutable(launcher)) {
            warmUp(launcher);
            double[] viaLauncher = firstPromptMillis(launcher.toAbsolutePath().toString());
            out.add(new Figure("./iosim router: start to first prompt (launcher + class-data archive, best of 3)",
                    viaLauncher[0], "ms", "target < 1500 ms"));
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        double[] start = firstPromptMillis(java, "-Xshare:auto", "-cp", System.getProperty("java.class.path"),
                "iosim.shell.Main");
        out.add(new Figure("iosim router: start to first prompt (plain child JVM, no archive, best of 3)", start[0],
                "ms", "for comparison"));
        out.add(new Figure("  same, child CPU time user+sys to first prompt (best of 3)", start[1], "ms",
                "all threads, for a loaded machine"));
        return out;
    }

    /** One untimed run of the launcher: it builds if needed and writes its class-data archive. */
    private static void warmUp(Path launcher) throws Exception {
        Process p = new ProcessBuilder(launcher.toAbsolutePath().toString(), "router", "--startup-config",
                seedConfig().toString()).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        p.getOutputStream().close();
        if (!p.waitFor(600, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
    }

    private static Path seedConfig() {
        Path cfg = Path.of("running-configs", "seed-site-a.cfg");
        return Files.exists(cfg) ? cfg : Path.of("..", "running-configs", "seed-site-a.cfg");
    }

    private static Router router(Path nvram) throws IOException {
        Path file = nvram != null ? nvram : Files.createTempFile("iosim-bench", ".cfg");
        if (nvram == null) {
            Files.deleteIfExists(file);
        }
        return new Router(new RunningConfigEngine(), new StartupConfigStore(file), Clock.systemUTC(), "bench.cfg");
    }

    /** Median microseconds of {@code ?} after {@code before}, in the mode {@code enter} opens. */
    private static double helpMicros(String enter, String before) throws IOException {
        Router r = router(null);
        NullTerminal t = new NullTerminal();
        CliSession s = new CliSession(r, t, "console");
        s.execute("enable");
        s.execute("configure terminal");
        if (enter != null) {
            s.execute(enter);
        }
        for (int i = 0; i < 2000; i++) {
            s.help(before);
        }
        long[] runs = new long[501];
        for (int i = 0; i < runs.length; i++) {
            long t0 = System.nanoTime();
            s.help(before);
            runs[i] = System.nanoTime() - t0;
        }
        if (t.chars == 0) {
            throw new IllegalStateException("no help printed for " + before);
        }
        return median(runs) / 1e3;
    }

    /** Starts {@code iosim.shell.Main router} in a child JVM and waits for its first prompt. */
    private static double[] firstPromptMillis(String... command) throws Exception {
        Path nvram = Files.createTempFile("iosim-bench-start", ".cfg");
        Files.copy(seedConfig(), nvram, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        double best = Double.MAX_VALUE;
        double bestCpu = Double.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            List<String> cmd = new ArrayList<>(List.of(command));
            cmd.addAll(List.of("router", "--startup-config", nvram.toString()));
            ProcessBuilder pb = new ProcessBuilder(cmd);
            pb.redirectErrorStream(true);
            long t0 = System.nanoTime();
            Process p = pb.start();
            try {
                if (waitFor(p.getInputStream(), "Router>", 20_000)) {
                    best = Math.min(best, (System.nanoTime() - t0) / 1e6);
                    bestCpu = Math.min(bestCpu, p.toHandle().info().totalCpuDuration()
                            .map(d -> d.toNanos() / 1e6).orElse(-1.0));
                }
                p.getOutputStream().close();
                p.waitFor(5, TimeUnit.SECONDS);
            } finally {
                p.destroyForcibly();
            }
        }
        Files.deleteIfExists(nvram);
        return new double[] {best == Double.MAX_VALUE ? -1 : best, bestCpu == Double.MAX_VALUE ? -1 : bestCpu};
    }

    private static boolean waitFor(InputStream in, String text, long timeoutMillis) throws IOException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        StringBuilder seen = new StringBuilder();
        byte[] buf = new byte[4096];
        while (System.currentTimeMillis() < deadline) {
            int n = in.read(buf);
            if (n < 0) {
                return false;
            }
            seen.append(new String(buf, 0, n, StandardCharsets.UTF_8));
            if (seen.indexOf(text) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static double median(long[] v) {
        long[] c = v.clone();
        Arrays.sort(c);
        return c[c.length / 2];
    }

    /** About 20 000 lines: 500 loopbacks, 500 tunnels, 300 ACLs, 400 crypto map entries, IKEv2/IPsec objects, routes. */
    static String generatedConfig() {
        StringBuilder sb = new StringBuilder();
        sb.append("hostname BENCH\n");
        for (int i = 0; i < 200; i++) {
            sb.append("crypto ikev2 proposal PROP-").append(i).append('\n')
                    .append(" encryption aes-cbc-256\n integrity sha256\n group 14\n");
            sb.append("crypto ikev2 policy POL-").append(i).append('\n').append(" proposal PROP-").append(i).append('\n');
            sb.append("crypto ikev2 keyring KR-").append(i).append('\n').append(" peer P").append(i).append('\n')
                    .append("  address 198.51.").append(i / 200).append('.').append(i % 200 + 1).append('\n')
                    .append("  pre-shared-key key-").append(i).append('\n');
            sb.append("crypto ikev2 profile PROF-").append(i).append('\n')
                    .append(" match identity remote address 198.51.").append(i / 200).append('.').append(i % 200 + 1).append('\n')
                    .append(" authentication remote pre-share\n authentication local pre-share\n")
                    .append(" keyring local KR-").append(i).append('\n');
            sb.append("crypto ipsec transform-set TS-").append(i).append(" esp-aes 256 esp-sha256-hmac\n mode tunnel\n");
            sb.append("crypto ipsec profile IPP-").append(i).append('\n')
                    .append(" set transform-set TS-").append(i).append('\n')
                    .append(" set ikev2-profile PROF-").append(i).append('\n');
        }
        for (int a = 0; a < 300; a++) {
            sb.append("ip access-list extended ACL-").append(a).append('\n');
            for (int e = 0; e < 20; e++) {
                sb.append(" permit ip 10.").append(a / 250).append('.').append(a % 250).append('.').append(0)
                        .append(" 0.0.0.255 172.16.").append(e).append(".0 0.0.0.255\n");
            }
        }
        for (int m = 0; m < 400; m++) {
            sb.append("crypto map CMAP ").append(m + 1).append(" ipsec-isakmp\n")
                    .append(" set peer 203.0.").append(m / 250).append('.').append(m % 250 + 1).append('\n')
                    .append(" set transform-set TS-").append(m % 200).append('\n')
                    .append(" set ikev2-profile PROF-").append(m % 200).append('\n')
                    .append(" set pfs group14\n")
                    .append(" match address ACL-").append(m % 300).append('\n');
        }
        for (int i = 0; i < 500; i++) {
            sb.append("interface Loopback").append(i).append('\n')
                    .append(" description loopback number ").append(i).append('\n')
                    .append(" ip address 10.200.").append(i / 250).append('.').append(i % 250 + 1).append(" 255.255.255.255\n");
        }
        for (int i = 0; i < 500; i++) {
            sb.append("interface Tunnel").append(i).append('\n')
                    .append(" ip address 172.31.").append(i / 64).append('.').append((i % 64) * 4 + 1).append(" 255.255.255.252\n")
                    .append(" tunnel source GigabitEthernet0/0\n tunnel mode ipsec ipv4\n")
                    .append(" tunnel destination 198.51.").append(i / 200).append('.').append(i % 200 + 1).append('\n')
                    .append(" tunnel protection ipsec profile IPP-").append(i % 200).append('\n');
        }
        sb.append("interface GigabitEthernet0/0\n ip address 203.0.113.10 255.255.255.0\n crypto map CMAP\n");
        long have = sb.chars().filter(c -> c == '\n').count();
        for (int routes = 0; have + routes < 20_000; routes++) {
            sb.append("ip route 10.").append(100 + routes / 250).append('.').append(routes % 250).append(".0 255.255.255.0 203.0.113.1\n");
        }
        return sb.toString();
    }

    /** Counts what the session prints, to be sure the help answered. */
    private static final class NullTerminal implements Terminal {
        long chars;

        @Override
        public void print(String text) {
            chars += text.length();
        }

        @Override
        public String confirm(String question) {
            return "";
        }

        @Override
        public String readSecret(String question) {
            return null;
        }

        @Override
        public boolean interactive() {
            return false;
        }
    }
}
