package iosim.scenario;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** Root, namespaces and strongSwan checks: a missing prerequisite skips the test, or fails it under CI=true. */
final class Prerequisites {
    static final Path LAB_SCRIPT = locate("../shared/interop/strongswan-lab.sh");

    private Prerequisites() {}

    static void require(boolean ok, String what) {
        if (ok) {
            return;
        }
        if ("true".equals(System.getenv("CI"))) {
            throw new AssertionError("prerequisite missing under CI=true: " + what);
        }
        Assumptions.abort("skipped: " + what);
    }

    static void requireStrongSwanLab() {
        require("root".equals(System.getProperty("user.name")), "needs root (network namespaces, AF_PACKET)");
        require(Files.isExecutable(Path.of("/usr/lib/ipsec/charon")), "strongSwan charon (/usr/lib/ipsec/charon)");
        require(Files.isExecutable(Path.of("/usr/sbin/swanctl")) || Files.isExecutable(Path.of("/usr/bin/swanctl")),
                "swanctl");
        require(Files.isExecutable(Path.of("/usr/sbin/ip")) || Files.isExecutable(Path.of("/usr/bin/ip"))
                || Files.isExecutable(Path.of("/sbin/ip")), "iproute2 (ip)");
        require(LAB_SCRIPT != null && Files.isRegularFile(LAB_SCRIPT), "../shared/interop/strongswan-lab.sh");
    }

    /** Finds {@code rel} relative to the project root (the directory with running-configs/). */
    static Path locate(String rel) {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isDirectory(p.resolve("running-configs"))) {
            p = p.getParent();
        }
        return p == null ? null : p.resolve(rel).normalize();
    }
}
