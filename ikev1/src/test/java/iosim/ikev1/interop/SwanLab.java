package iosim.ikev1.interop;

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
 * Drives {@code ../shared/interop/strongswan-lab.sh} in single mode with an IKEv1 connection
 * ({@code version = 1}) written per test: charon in netns "right", our engine in netns
 * "left". Missing prerequisites skip the test with the reason, except under {@code CI=true},
 * where they fail it. Callers hold {@code /tmp/sslab.lock} (run the tests under flock).
 */
final class SwanLab {
    static final Path SCRIPT = locate();
    static final Path RIGHT_LOG = Path.of("/tmp/sslab/right/charon.log");

    private SwanLab() {}

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
            if (!run(5, "id", "-u").trim().equals("0")) {
                return "not running as root (network namespaces need root)";
            }
        } catch (IOException e) {
            return "cannot run id -u: " + e.getMessage();
        }
        if (!Files.isExecutable(Path.of("/usr/lib/ipsec/charon"))) {
            return "strongSwan charon missing (apt-get install strongswan-charon strongswan-swanctl "
                    + "libstrongswan-standard-plugins libstrongswan-extra-plugins libcharon-extra-plugins)";
        }
        if (!Files.isExecutable(Path.of("/usr/sbin/swanctl")) && !Files.isExecutable(Path.of("/usr/bin/swanctl"))) {
            return "swanctl missing (apt-get install strongswan-swanctl)";
        }
        if (!Files.isExecutable(SCRIPT)) {
            return "lab script not found at " + SCRIPT;
        }
        return null;
    }

    /** An IKEv1 connection for charon; {@code connExtra}/{@code childExtra} are swanctl.conf lines. */
    static Path conf(boolean aggressive, String connExtra, String childExtra) throws IOException {
        String c = """
                connections {
                    sut {
                        version = 1
                        aggressive = %s
                        local_addrs = @RIGHT_IP@
                        remote_addrs = @LEFT_IP@
                        proposals = @IKE_PROPOSALS@
                        encap = @ENCAP@
                        keyingtries = 1
                        %s
                        local {
                            auth = psk
                            id = @RIGHT_IP@
                        }
                        remote {
                            auth = psk
                            id = @LEFT_IP@
                        }
                        children {
                            net {
                                mode = tunnel
                                local_ts = @RIGHT_LAN@
                                remote_ts = @LEFT_LAN@
                                esp_proposals = @ESP_PROPOSALS@
                                start_action = @RIGHT_START@
                                %s
                            }
                        }
                    }
                }
                secrets {
                    ike-sut {
                        id-left = @LEFT_IP@
                        id-right = @RIGHT_IP@
                        secret = "@PSK@"
                    }
                }
                """.formatted(aggressive ? "yes" : "no", connExtra, childExtra);
        Path f = Files.createTempFile("ikev1-right", ".swanctl.conf");
        Files.writeString(f, c);
        f.toFile().deleteOnExit();
        return f;
    }

    static Path aggressiveModeSnippet() throws IOException {
        Path f = Files.createTempFile("ikev1-right", ".strongswan.conf");
        Files.writeString(f, "charon {\n    i_dont_care_about_security_and_use_aggressive_mode_psk = yes\n}\n");
        f.toFile().deleteOnExit();
        return f;
    }

    static String up(String ike, String esp, Path conf, String... extra) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(SCRIPT.toString(), "up", "--mode", "single", "--ike", ike, "--esp",
                esp, "--rt", "2.0,1.5,3", "--right-conf", conf.toString()));
        cmd.addAll(List.of(extra));
        return run(60, cmd.toArray(String[]::new));
    }

    static void down() {
        try {
            run(60, SCRIPT.toString(), "down");
        } catch (IOException ignored) {
            // best effort
        }
    }

    static String swanctl(String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(SCRIPT.toString(), "swanctl", "right"));
        cmd.addAll(List.of(args));
        return run(30, cmd.toArray(String[]::new));
    }

    static String initiateRight(int timeoutSeconds) throws IOException {
        return run(timeoutSeconds + 5, SCRIPT.toString(), "initiate", "right", "net", Integer.toString(timeoutSeconds));
    }

    static String rightLog() throws IOException {
        return Files.exists(RIGHT_LOG) ? Files.readString(RIGHT_LOG, StandardCharsets.UTF_8) : "";
    }

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
