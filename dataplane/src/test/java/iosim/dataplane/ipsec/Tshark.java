package iosim.dataplane.ipsec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Finds and runs tshark for tests: skipped when missing, failed when missing under CI=true. */
public final class Tshark {
    private Tshark() {}

    public static Path locate() {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
            Path p = Path.of(dir, "tshark");
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        if ("true".equals(System.getenv("CI"))) {
            throw new AssertionError("tshark is required under CI=true (apt-get install tshark)");
        }
        assumeTrue(false, "tshark not installed (apt-get install tshark)");
        return null;
    }

    /** Runs with HOME and XDG_CONFIG_HOME in {@code home} (so profiles are ours); output lines. */
    public static List<String> run(List<String> cmd, Path home) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("HOME", home.toString());
        pb.environment().put("XDG_CONFIG_HOME", home.resolve(".config").toString());
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new String(out, StandardCharsets.UTF_8).lines().filter(l -> !l.startsWith("Running as user")).toList();
    }
}
