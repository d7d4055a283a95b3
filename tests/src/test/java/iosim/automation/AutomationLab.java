package iosim.automation;

import iosim.shell.lab.LabConsole;
import iosim.shell.lab.RunningLab;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * The default lab (a copy, SSH ports free on this machine) with SITE-A's SSH console open (an
 * RSA key generated on its console, as a user does), for automation clients run as child
 * processes; and the prerequisite check (skip, or fail under CI=true).
 */
final class AutomationLab implements AutoCloseable {
    final Path dir;
    final RunningLab lab;
    final int sitePort;

    private AutomationLab(Path dir, RunningLab lab, int sitePort) {
        this.dir = dir;
        this.lab = lab;
        this.sitePort = sitePort;
    }

    static void require(boolean ok, String what) {
        if (ok) {
            return;
        }
        if ("true".equals(System.getenv("CI"))) {
            throw new AssertionError("prerequisite missing under CI=true: " + what);
        }
        Assumptions.abort("skipped: " + what);
    }

    /** Debian's Python (its packages: python3-netmiko, ansible), not one earlier on PATH. */
    static String python3() {
        return Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";
    }

    /** True when {@code python3 -c CODE} exits 0 (a module can be imported). */
    static boolean python(String code) {
        try {
            Process p = new ProcessBuilder(python3(), "-c", code).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    static AutomationLab start(Path into) throws Exception {
        return start(into, new String[0]);
    }

    /** As {@link #start(Path)}, with more global configuration lines typed on SITE-A's console. */
    static AutomationLab start(Path into, String... configLines) throws Exception {
        Path root = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        if (!Files.isDirectory(root.resolve("running-configs"))) {
            root = root.getParent();
        }
        Path src = root.resolve("running-configs/seed-site-to-site");
        Path dst = into.resolve("lab");
        Files.createDirectories(dst);
        try (Stream<Path> files = Files.list(src)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                if (Files.isRegularFile(f)) {
                    Files.copy(f, dst.resolve(f.getFileName()));
                }
            }
        }
        String yaml = Files.readString(dst.resolve("lab.yaml"));
        int sitePort = 0;
        for (String port : new String[] {"2201", "2202", "2203"}) {
            int free = freePort();
            sitePort = sitePort == 0 ? free : sitePort;
            yaml = yaml.replace("ssh: " + port, "ssh: " + free);
        }
        Files.writeString(dst.resolve("lab.yaml"), yaml);
        RunningLab lab = RunningLab.start(dst, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        List<String> lines = new ArrayList<>(List.of("enable", "class", "configure terminal",
                "crypto key generate rsa modulus 2048"));
        lines.addAll(List.of(configLines));
        lines.add("end");
        String typed = String.join("\n", lines) + "\n\n";
        new LabConsole(lab, new PrintStream(console, true, StandardCharsets.UTF_8))
                .runLines(new BufferedReader(new StringReader(typed)), "SITE-A");
        return new AutomationLab(dst, lab, sitePort);
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /** Runs {@code cmd} (bounded); the exit status and everything it printed. */
    static Result run(List<String> cmd, Path cwd, long seconds, String... env) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(new ArrayList<>(cmd)).redirectErrorStream(true).directory(cwd.toFile());
        for (int i = 0; i + 1 < env.length; i += 2) {
            pb.environment().put(env[i], env[i + 1]);
        }
        Process p = pb.start();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Thread pump = new Thread(() -> {
            try (InputStream in = p.getInputStream()) {
                in.transferTo(out);
            } catch (IOException e) {
                // the process ended
            }
        });
        pump.start();
        if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            p.waitFor(10, TimeUnit.SECONDS);
            pump.join(5000);
            return new Result(-1, out.toString(StandardCharsets.UTF_8) + "\n[timed out after " + seconds + " s]");
        }
        pump.join(5000);
        return new Result(p.exitValue(), out.toString(StandardCharsets.UTF_8));
    }

    record Result(int exit, String out) {}

    /** A test resource copied to a file (child processes need a path). */
    static Path resource(String name, Path into) throws IOException {
        try (InputStream in = AutomationLab.class.getResourceAsStream("/automation/" + name)) {
            Path f = into.resolve(name);
            Files.copy(in, f);
            return f;
        }
    }

    @Override
    public void close() {
        lab.close();
    }
}
