package iosim.dataplane;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * Checks for root and external tools. A missing prerequisite skips the test with the reason,
 * except under {@code CI=true}, where it fails it.
 */
public final class Prerequisites {
    private Prerequisites() {}

    private static void missing(String reason) {
        if ("true".equals(System.getenv("CI"))) {
            fail("CI=true and prerequisite missing: " + reason);
        }
        Assumptions.abort(reason);
    }

    public static boolean isRoot() {
        try {
            Process p = new ProcessBuilder("id", "-u").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes()).trim();
            return p.waitFor() == 0 && out.equals("0");
        } catch (Exception e) {
            return false;
        }
    }

    public static void requireRoot() {
        if (!isRoot()) {
            missing("needs root (network namespaces, packet sockets)");
        }
    }

    /** Requires an executable on the PATH (or at an absolute path); returns its path. */
    public static String requireCommand(String name) {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
            Path p = Path.of(dir, name);
            if (Files.isExecutable(p)) {
                return p.toString();
            }
        }
        for (String dir : new String[] {"/usr/sbin", "/sbin", "/usr/bin", "/bin"}) {
            Path p = Path.of(dir, name);
            if (Files.isExecutable(p)) {
                return p.toString();
            }
        }
        missing(name + " is not installed");
        return null;
    }
}
