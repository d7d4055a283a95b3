package iosim.lab;

import static org.assertj.core.api.Assertions.assertThat;

import iosim.shell.lab.LabException;
import iosim.shell.lab.RunningLab;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bad lab file gets its errors, with file and line, and nothing starts. */
class BadLabTest {
    @TempDir
    Path tmp;

    private Path lab(String yaml) throws Exception {
        Path dir = LabFixtures.defaultLab(tmp);
        Files.writeString(dir.resolve("lab.yaml"), yaml);
        return dir;
    }

    private String startFails(Path dir) {
        ByteArrayOutputStream progress = new ByteArrayOutputStream();
        try (RunningLab lab = RunningLab.start(dir, new PrintStream(progress, true))) {
            throw new AssertionError("the lab started");
        } catch (LabException e) {
            assertThat(progress.toString()).as("nothing booted").isEmpty();
            return e.getMessage();
        }
    }

    @Test
    void eachKindOfProblemIsNamedWithItsLineAndNothingStarts() throws Exception {
        int ssh = LabFixtures.freeTcpPort();
        Path dir = lab("""
                routers:
                  SITE-A: {config: SITE-A.cfg, ssh: %d}
                  ISP: {config: ISP.cfg}
                  SITE-B: {config: missing.cfg}
                links:
                  - [SITE-A Gi0/0, ISP Gi0/0]
                  - [ISP Gi0/0, SITE-B Gi0/0]
                  - [SITE-A Gi0/1, BRANCH Gi0/0]
                """.formatted(ssh));
        String file = dir.resolve("lab.yaml").toString();
        assertThat(startFails(dir)).contains(
                file + ":4: router SITE-B: startup-config file " + dir.resolve("missing.cfg") + " does not exist",
                file + ":7: interface ISP GigabitEthernet0/0 is used twice (first on line 6)",
                file + ":8: unknown router 'BRANCH' in link");
        // nothing listens on SITE-A's SSH port, no NVRAM was made
        try (ServerSocket s = new ServerSocket(ssh, 1, InetAddress.getLoopbackAddress())) {
            assertThat(s.getLocalPort()).isEqualTo(ssh);
        }
        assertThat(dir.resolve("nvram")).doesNotExist();
    }

    @Test
    void portInUse() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Path dir = lab("routers:\n  SITE-A: {config: SITE-A.cfg, ssh: " + taken.getLocalPort() + "}\n");
            assertThat(startFails(dir)).contains(":2: router SITE-A: SSH port 127.0.0.1:" + taken.getLocalPort()
                    + " is in use");
        }
    }

    @Test
    void theLauncherPrintsTheErrorsAndExitsWithTwo() throws Exception {
        Path dir = lab("routers:\n  R1: {config: SITE-A.cfg}\nlinks:\n  - [R1 Gi0/0, R2 Gi0/0]\n");
        try (IosimProcess p = new IosimProcess(List.of("lab", dir.toString()))) {
            assertThat(p.finish(60)).isEqualTo(2);
            assertThat(p.output()).contains("iosim: the lab did not start:")
                    .contains(dir.resolve("lab.yaml") + ":4: unknown router 'R2' in link")
                    .doesNotContain("Exception").doesNotContain("booted");
        }
    }
}
