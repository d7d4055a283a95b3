package iosim.bench;

import iosim.shell.cli.CliSession;
import iosim.shell.cli.LoginPrivilege;
import iosim.shell.cli.CaptureTerminal;
import iosim.shell.lab.LabRouter;
import iosim.shell.lab.RunningLab;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Lab start-up: the time from starting a lab to every router's console ready (all booted from
 * their startup-configs, links up), for the default lab (its SSH ports left out, so a running
 * lab on this machine does not collide) and a generated hub with 49 spokes; then, in the
 * 50-router lab, the time until all 49 spokes' tunnels to the hub are up (every spoke pings the
 * hub's LAN from its own, at once) and the heap used afterwards. Beside each wall time, the CPU
 * time the whole process used meanwhile (all threads), which moves less with the machine's load.
 */
public final class LabBench implements Bench {
    private static final int SPOKES = 49;

    @Override
    public String area() {
        return "lab";
    }

    @Override
    public List<Figure> run() throws Exception {
        List<Figure> figures = new ArrayList<>();
        Path tmp = Files.createTempDirectory("iosim-lab-bench");
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        try {
            Path def = copyDefaultLab(tmp.resolve("default"));
            long t0 = System.nanoTime();
            long c0 = cpu();
            try (RunningLab lab = RunningLab.start(def, quiet)) {
                figures.add(new Figure("default lab (3 routers): start to consoles ready, first start in this JVM",
                        ms(t0), "ms", "target < 3000 ms"));
                figures.add(new Figure("  same, process CPU time", cpuMs(c0), "ms", "-"));
            }
            t0 = System.nanoTime();
            c0 = cpu();
            try (RunningLab lab = RunningLab.start(def, quiet)) {
                figures.add(new Figure("default lab: start to consoles ready, warm JVM", ms(t0), "ms",
                        "target < 3000 ms"));
                figures.add(new Figure("  same, process CPU time", cpuMs(c0), "ms", "-"));
            }
            Path launcher = Files.exists(Path.of("iosim")) ? Path.of("iosim") : Path.of("..", "iosim");
            if (Files.isExecutable(launcher)) {
                double[] viaLauncher = launcherToPrompt(launcher.toAbsolutePath().toString(), def);
                figures.add(new Figure("./iosim lab (default lab): start to SITE-A's prompt, new JVM + class-data"
                        + " archive (best of 3)", viaLauncher[0], "ms", "target < 3000 ms"));
                figures.add(new Figure("  same, child CPU time user+sys (best of 3)", viaLauncher[1], "ms", "-"));
            }
            Path big = tmp.resolve("hub-spokes");
            new HubSpokeLab(SPOKES).write(big);
            t0 = System.nanoTime();
            c0 = cpu();
            try (RunningLab lab = RunningLab.start(big, quiet)) {
                figures.add(new Figure("hub + 49 spokes (50 routers): start to consoles ready", ms(t0), "ms",
                        "-"));
                figures.add(new Figure("  same, process CPU time", cpuMs(c0), "ms", "-"));
                long t1 = System.nanoTime();
                int up = bringTunnelsUp(lab, 60);
                figures.add(new Figure("hub + 49 spokes: start to tunnels up (" + up + " of 49 up)",
                        ms(t0), "ms", "target < 20000 ms"));
                figures.add(new Figure("  same, process CPU time", cpuMs(c0), "ms", "-"));
                figures.add(new Figure("hub + 49 spokes: first pings to all tunnels up", ms(t1), "ms", "-"));
                System.gc();
                Runtime rt = Runtime.getRuntime();
                figures.add(new Figure("hub + 49 spokes: heap used with the tunnels up (after GC)",
                        (rt.totalMemory() - rt.freeMemory()) / (1024.0 * 1024.0), "MiB", "target < 1024 MiB"));
            }
        } finally {
            try (Stream<Path> all = Files.walk(tmp)) {
                all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        return figures;
    }

    /**
     * Runs {@code ./iosim lab DIR} with piped stdin (the first router's console, line by line) and
     * waits for its first prompt, printed once every router has booted: best wall and CPU of 3
     * (after one untimed run that builds if needed and writes the class-data archive).
     */
    private static double[] launcherToPrompt(String launcher, Path lab) throws Exception {
        double best = Double.MAX_VALUE;
        double bestCpu = Double.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            Process p = new ProcessBuilder(launcher, "lab", lab.toString()).redirectErrorStream(true).start();
            long t0 = System.nanoTime();
            try {
                boolean ok = waitFor(p.getInputStream(), "SITE-A>", i == 0 ? 600_000 : 30_000);
                double wall = (System.nanoTime() - t0) / 1e6;
                double cpu = p.toHandle().info().totalCpuDuration().map(d -> d.toNanos() / 1e6).orElse(-1.0);
                if (ok && i > 0) {
                    best = Math.min(best, wall);
                    bestCpu = Math.min(bestCpu, cpu);
                }
                p.getOutputStream().close();
                p.waitFor(10, TimeUnit.SECONDS);
            } finally {
                p.destroyForcibly();
            }
        }
        return new double[] {best == Double.MAX_VALUE ? -1 : best, bestCpu == Double.MAX_VALUE ? -1 : bestCpu};
    }

    private static boolean waitFor(java.io.InputStream in, String text, long timeoutMillis) throws java.io.IOException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        StringBuilder seen = new StringBuilder();
        byte[] buf = new byte[4096];
        while (System.currentTimeMillis() < deadline) {
            int n = in.read(buf);
            if (n < 0) {
                return false;
            }
            seen.append(new String(buf, 0, n, java.nio.charset.StandardCharsets.UTF_8));
            if (seen.indexOf(text) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Every spoke pings the hub's LAN from its own until a ping gets through; returns how many did. */
    private static int bringTunnelsUp(RunningLab lab, int deadlineSeconds) throws Exception {
        List<LabRouter> spokes = lab.routers().stream().filter(r -> !r.name().equals("HUB")).toList();
        ExecutorService pool = Executors.newFixedThreadPool(spokes.size());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(deadlineSeconds);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (LabRouter s : spokes) {
                results.add(pool.submit(() -> {
                    CaptureTerminal out = new CaptureTerminal();
                    CliSession session = new CliSession(s.router(), out, "console");
                    LoginPrivilege.start(session, 15);
                    while (System.nanoTime() < deadline) {
                        out.reset();
                        session.execute("ping 10.0.0.1 source Loopback0 repeat 2 timeout 1");
                        if (out.text().indexOf('!') >= 0) {
                            return true;
                        }
                    }
                    return false;
                }));
            }
            int up = 0;
            for (Future<Boolean> f : results) {
                if (f.get(deadlineSeconds + 30L, TimeUnit.SECONDS)) {
                    up++;
                }
            }
            return up;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Path copyDefaultLab(Path dst) throws Exception {
        Path src = Path.of("running-configs", "seed-site-to-site");
        Files.createDirectories(dst);
        try (Stream<Path> files = Files.list(src)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                if (Files.isRegularFile(f)) {
                    Files.copy(f, dst.resolve(f.getFileName()));
                }
            }
        }
        String yaml = Files.readString(dst.resolve("lab.yaml")).replaceAll("(?m)^ +ssh: \\d+\\n", "");
        Files.writeString(dst.resolve("lab.yaml"), yaml);
        return dst;
    }

    /** CPU time of the whole process so far (ns), or -1 when the JVM does not tell. */
    private static long cpu() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : -1;
    }

    private static double cpuMs(long c0) {
        long c = cpu();
        return c < 0 || c0 < 0 ? -1 : (c - c0) / 1_000_000.0;
    }

        private static double ms(long t0) {
        return (System.nanoTime() - t0) / 1_000_000.0;
    }
}
