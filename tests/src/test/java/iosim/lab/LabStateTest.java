package iosim.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A lab runs from its folder without changing it: write memory, a new RSA key and the type 6
 * master key all go to the state folder; the next start boots the saved state; {@code --fresh}
 * starts from the lab's files again.
 */
class LabStateTest {
    @TempDir
    Path tmp;

    @Test
    void writeMemoryGoesToTheStateFolderAndFreshRestoresTheLab() throws Exception {
        Path lab = LabFixtures.lab("psk-mismatch", tmp);
        Path state = tmp.resolve("state");
        Map<String, String> before = hashes(lab);

        try (IosimProcess p = new IosimProcess(List.of("lab", lab.toString(), "--state", state.toString()))) {
            p.type("enable", "class", "configure terminal", "hostname TRAINEE-A",
                    "crypto key generate rsa modulus 2048", "end", "write memory",
                    "~SITE-B", "enable", "class", "configure terminal", "crypto ikev2 keyring KR", " peer SITE-A",
                    "  pre-shared-key cisco123!", "end", "write memory");
            assertThat(p.await("[OK]", 60)).as(p.output()).isTrue();
            assertThat(p.awaitCount("[OK]", 2, 60)).as(p.output()).isTrue();
            assertThat(p.finish(60)).as(p.output()).isZero();
        }
        assertThat(hashes(lab)).as("the lab folder is byte-identical after write memory").isEqualTo(before);
        assertThat(Files.readString(state.resolve("SITE-A/startup-config"))).contains("hostname TRAINEE-A");
        try (Stream<Path> keys = Files.list(state.resolve("SITE-A/keys"))) {
            assertThat(keys.count()).as("the RSA key pair is kept in the state folder").isPositive();
        }

        // the next start boots the saved state
        try (IosimProcess p = new IosimProcess(List.of("lab", lab.toString(), "--state", state.toString()))) {
            p.type("show version | include uptime");
            assertThat(p.await("TRAINEE-A", 60)).as(p.output()).isTrue();
            assertThat(p.finish(60)).isZero();
            assertThat(p.output()).contains("SITE-A: booted from its saved startup-config");
        }
        // --fresh: the lab's own files again
        try (IosimProcess p = new IosimProcess(List.of("lab", lab.toString(), "--state", state.toString(), "--fresh"))) {
            p.type("show version | include uptime");
            assertThat(p.await("SITE-A uptime", 60)).as(p.output()).isTrue();
            assertThat(p.finish(60)).isZero();
            assertThat(p.output()).contains("SITE-A: booted from SITE-A.cfg").doesNotContain("TRAINEE-A");
        }
        assertThat(Files.readString(state.resolve("SITE-A/startup-config")))
                .isEqualTo(Files.readString(lab.resolve("SITE-A.cfg")));
        assertThat(Files.exists(state.resolve("SITE-A/keys"))).isFalse();
        assertThat(hashes(lab)).isEqualTo(before);
    }

    @Test
    void aRouterWithoutStartupConfigBootsBlankAndSavesToItsStateFolder() throws Exception {
        Path state = tmp.resolve("router");
        try (IosimProcess p = new IosimProcess(List.of("router", "--state", state.toString()))) {
            p.type("enable", "configure terminal", "hostname R9", "end", "write memory");
            assertThat(p.await("[OK]", 60)).as(p.output()).isTrue();
            assertThat(p.finish(60)).isZero();
            assertThat(p.output()).contains("Router>enable").contains("Router#configure terminal");
        }
        assertThat(Files.readString(state.resolve("startup-config"))).contains("hostname R9");
        try (IosimProcess p = new IosimProcess(List.of("router", "--state", state.toString(), "--fresh"))) {
            p.type("show version | include uptime");
            assertThat(p.await("Router uptime", 60)).as(p.output()).isTrue();
            assertThat(p.finish(60)).isZero();
        }
    }

    private static Map<String, String> hashes(Path dir) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                String rel = dir.relativize(f).toString();
                if (Files.isDirectory(f)) {
                    out.put(rel + "/", "dir");
                } else {
                    try {
                        out.put(rel, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                                .digest(Files.readAllBytes(f))));
                    } catch (java.security.NoSuchAlgorithmException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
        return out;
    }
}
