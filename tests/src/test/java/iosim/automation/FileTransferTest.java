package iosim.automation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files into and out of a lab router's flash: over its SSH server with real clients: OpenSSH's
 * scp in the classic protocol ({@code scp -O}, what IOS speaks) and over SFTP (OpenSSH 9's
 * default), Netmiko's file_transfer (paramiko + scp, with its dir / verify /md5 checks), and the
 * refusals: no {@code ip scp server enable}, a login below privilege 15, a path outside flash:.
 */
class FileTransferTest {
    @TempDir
    Path tmp;

    private static List<String> scp(int port, String user, String... args) {
        List<String> cmd = new ArrayList<>(List.of("sshpass", "-p", "cisco", "scp", "-q", "-P", Integer.toString(port),
                "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null", "-o", "LogLevel=ERROR",
                "-o", "PreferredAuthentications=password,keyboard-interactive", "-o", "PubkeyAuthentication=no"));
        cmd.addAll(List.of(args));
        return cmd;
    }

    private static void requireClients() {
        AutomationLab.require(Files.isExecutable(Path.of("/usr/bin/scp")), "OpenSSH's scp (apt-get install openssh-client)");
        AutomationLab.require(Files.isExecutable(Path.of("/usr/bin/sshpass")), "sshpass (apt-get install sshpass)");
    }

    @Test
    void scpAndSftpReachFlashOnlyWhenEnabledAndForPrivilege15() throws Exception {
        requireClients();
        byte[] data = new byte[300_000];
        new Random(7).nextBytes(data);
        Path local = tmp.resolve("image.bin");
        Files.write(local, data);
        try (AutomationLab lab = AutomationLab.start(tmp)) {
            Path flash = lab.lab.router("SITE-A").state().flash();
            String to = "admin@127.0.0.1:flash:/image.bin";
            AutomationLab.Result r = AutomationLab.run(scp(lab.sitePort, "admin", "-O", local.toString(), to), tmp, 60);
            assertThat(r.exit()).as("refused without ip scp server enable: " + r.out()).isNotZero();
            assertThat(flash.resolve("image.bin")).doesNotExist();
        }
        try (AutomationLab lab = AutomationLab.start(tmp.resolve("b"), "ip scp server enable")) {
            Path flash = lab.lab.router("SITE-A").state().flash();
            AutomationLab.Result r = AutomationLab.run(scp(lab.sitePort, "admin", "-O", local.toString(),
                    "admin@127.0.0.1:flash:/image.bin"), tmp, 60);
            assertThat(r.exit()).as(r.out()).isZero();
            assertThat(Files.readAllBytes(flash.resolve("image.bin"))).isEqualTo(data);

            Path back = tmp.resolve("back.bin");
            r = AutomationLab.run(scp(lab.sitePort, "admin", "-O", "admin@127.0.0.1:flash:/image.bin", back.toString()), tmp, 60);
            assertThat(r.exit()).as(r.out()).isZero();
            assertThat(Files.readAllBytes(back)).isEqualTo(data);

            r = AutomationLab.run(scp(lab.sitePort, "admin", "-s", local.toString(), "admin@127.0.0.1:flash:/sftp.bin"), tmp, 60);
            assertThat(r.exit()).as(r.out()).isZero();
            assertThat(Files.readAllBytes(flash.resolve("sftp.bin"))).isEqualTo(data);

            r = AutomationLab.run(scp(lab.sitePort, "student", "-O", local.toString(), "student@127.0.0.1:flash:/low.bin"), tmp, 60);
            assertThat(r.exit()).as("privilege 1 refused: " + r.out()).isNotZero();
            assertThat(flash.resolve("low.bin")).doesNotExist();

            r = AutomationLab.run(scp(lab.sitePort, "admin", "-O", local.toString(), "admin@127.0.0.1:nvram:/x.bin"), tmp, 60);
            assertThat(r.exit()).as("another file system refused: " + r.out()).isNotZero();
            r = AutomationLab.run(scp(lab.sitePort, "admin", "-O", local.toString(), "admin@127.0.0.1:flash:/nodir/x.bin"), tmp, 60);
            assertThat(r.exit()).as("missing directory refused: " + r.out()).isNotZero();
            assertThat(flash.resolve("nodir")).doesNotExist();
            r = AutomationLab.run(scp(lab.sitePort, "admin", "-O", local.toString(), "admin@127.0.0.1:flash:/../../escape.bin"), tmp, 60);
            assertThat(tmp.resolve("escape.bin")).doesNotExist();
            assertThat(flash.getParent().resolve("escape.bin")).doesNotExist();
            try (var files = Files.list(flash)) {
                assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".iosim-tmp"))).isEmpty();
            }
        }
    }

    @Test
    void netmikoFileTransferPutsVerifiesAndGets() throws Exception {
        AutomationLab.require(AutomationLab.python("import netmiko, scp"), "Netmiko with scp (apt-get install python3-netmiko)");
        Path script = AutomationLab.resource("netmiko_transfer.py", tmp);
        Path local = tmp.resolve("candidate.cfg");
        Files.writeString(local, "hostname SITE-A\n!\nend\n");
        try (AutomationLab lab = AutomationLab.start(tmp.resolve("lab"), "ip scp server enable")) {
            AutomationLab.Result r = AutomationLab.run(List.of(AutomationLab.python3(), script.toString(),
                    Integer.toString(lab.sitePort), "admin", "cisco", local.toString(), "candidate.cfg",
                    tmp.resolve("got.cfg").toString()), tmp, 240);
            assertThat(r.out()).as(r.out()).contains("ok connect", "ok put transferred", "ok put again: already there",
                    "ok dir lists it", "ok get transferred", "ok disconnect");
            assertThat(r.exit()).as(r.out()).isZero();
            assertThat(Files.readString(lab.lab.router("SITE-A").state().flash().resolve("candidate.cfg")))
                    .isEqualTo(Files.readString(local));
        }
    }

    @Test
    void napalmReplaceCompareCommitRollbackSequence() throws Exception {
        AutomationLab.require(AutomationLab.python("import netmiko, scp"), "Netmiko with scp (apt-get install python3-netmiko)");
        Path script = AutomationLab.resource("napalm_flow.py", tmp);
        try (AutomationLab lab = AutomationLab.start(tmp.resolve("lab"), "ip scp server enable")) {
            AutomationLab.Result r = AutomationLab.run(List.of(AutomationLab.python3(), script.toString(),
                    Integer.toString(lab.sitePort), "admin", "cisco", tmp.toString()), tmp, 300);
            assertThat(r.out()).as(r.out()).contains("ok compare_config", "ok commit_config (configure replace)",
                    "ok candidate running", "ok compare_config after commit is empty", "ok rollback", "ok rolled back",
                    "ok running equals the rollback file", "ok disconnect");
            assertThat(r.exit()).as(r.out()).isZero();
            assertThat(Files.readString(lab.lab.router("SITE-A").state().startupConfig())).contains("napalm candidate");
        }
    }
}
