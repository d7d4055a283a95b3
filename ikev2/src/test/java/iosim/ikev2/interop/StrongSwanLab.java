package iosim.ikev2.interop;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Drives {@code ../shared/interop/strongswan-lab.sh} (single mode: charon in netns "right",
 * our engine in netns "left"). Missing prerequisites skip the test with the reason, except
 * under {@code CI=true}, where they fail it.
 */
final class StrongSwanLab {
    static final Path SCRIPT = locate();
    static final Path RIGHT_LOG = Path.of("/tmp/sslab/right/charon.log");

    private StrongSwanLab() {}

    private static Path locate() {
        String env = System.getenv("IOSIM_SSLAB");
        if (env != null) {
            return Path.of(env);
        }
        Path p = Path.of("").toAbsolutePath();
        for (int i = 0; i < 5 && p != null; i++, p = p.getParent()) {
            Path c = p.resolve("../shared/interop/strongswan-lab.sh").normalize();
            if (Files.isExecutable(c)) {
                return c;
            }
        }
        return Path.of("/work/shared/interop/strongswan-lab.sh");
    }

    /** Skips (or under CI=true fails) unless root, netns, charon, swanctl and the lab script are there. */
    static void requirePrerequisites() {
        String missing = missingPrerequisite();
        if (missing == null) {
            return;
        }
        if ("true".equals(System.getenv("CI"))) {
            fail("strongSwan interop prerequisite missing under CI=true: " + missing);
        }
        Assumptions.abort("skipped: " + missing);
    }

    static String missingPrerequisite() {
        try {
            String uid = run(5, "id", "-u").trim();
            if (!uid.equals("0")) {
                return "not running as root (network namespaces need root)";
            }
        } catch (IOException e) {
            return "cannot run id -u: " + e.getMessage();
        }
        if (!Files.isExecutable(Path.of("/usr/lib/ipsec/charon"))) {
            return "strongSwan charon missing (apt-get install strongswan-charon strongswan-swanctl "
                    + "libstrongswan-standard-plugins libstrongswan-extra-plugins libcharon-extra-plugins)";
        }
        if (!onPath("swanctl")) {
            return "swanctl missing (apt-get install strongswan-swanctl)";
        }
        if (!onPath("ip")) {
            return "iproute2 (ip) missing";
        }
        if (!Files.isExecutable(SCRIPT)) {
            return "lab script not found at " + SCRIPT;
        }
        return null;
    }

    private static boolean onPath(String exe) {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/sbin:/usr/bin:/sbin:/bin").split(":")) {
            if (Files.isExecutable(Path.of(dir, exe))) {
                return true;
            }
        }
        return Files.isExecutable(Path.of("/usr/sbin", exe));
    }

    static String up(String ike, String esp, String... extra) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(SCRIPT.toString(), "up", "--mode", "single", "--ike", ike, "--esp",
                esp, "--rt", "2.0,1.5,3"));
        cmd.addAll(List.of(extra));
        return run(60, cmd.toArray(String[]::new));
    }

    static void down() {
        try {
            run(60, SCRIPT.toString(), "down");
        } catch (IOException ignored) {
            // best effort in cleanup
        }
    }

    static String swanctl(String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(SCRIPT.toString(), "swanctl", "right"));
        cmd.addAll(List.of(args));
        return run(30, cmd.toArray(String[]::new));
    }

    /** strongSwan initiates towards us (child "net"). */
    static String initiateRight(int timeoutSeconds) throws IOException {
        return run(timeoutSeconds + 5, SCRIPT.toString(), "initiate", "right", "net", Integer.toString(timeoutSeconds));
    }

    static String rightLog() throws IOException {
        return Files.exists(RIGHT_LOG) ? Files.readString(RIGHT_LOG, StandardCharsets.UTF_8) : "";
    }

    /** Runs a command, returns stdout+stderr; never hangs longer than {@code timeoutSeconds}. */
    static String run(int timeoutSeconds, String... cmd) throws IOException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        try {
            p.getOutputStream().close();
            byte[][] out = new byte[1][];
            Thread reader = new Thread(() -> {
                try {
                    out[0] = p.getInputStream().readAllBytes();
                } catch (IOException e) {
                    out[0] = new byte[0];
                }
            });
            reader.start();
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
            reader.join(2000);
            return out[0] == null ? "" : new String(out[0], StandardCharsets.UTF_8);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
            throw new IOException("interrupted", e);
        }
    }
}
