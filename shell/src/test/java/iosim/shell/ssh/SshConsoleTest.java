package iosim.shell.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import iosim.shell.cli.CliSession;
import iosim.shell.cli.Router;
import iosim.shell.cli.StartupConfigStore;
import iosim.shell.cli.RunningConfigEngine;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/** A router's SSH console driven by the real OpenSSH client. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SshConsoleTest {
    @TempDir
    static Path dir;

    static RunningConfigEngine model;
    static Router router;
    static SshConsoleServer server;
    static VtyConfigFollower follower;
    static HostKeyStore keys;
    static int port;

    @BeforeAll
    static void router() throws Exception {
        OpenSsh.require();
        Path startup = dir.resolve("R1.cfg");
        Files.writeString(startup, String.join("\n", List.of(
                "hostname R1",
                "username admin privilege 15 secret cisco",
                "username guest secret guest",
                "enable secret class",
                "ip domain-name lab.example",
                "ip ssh version 2",
                "line vty 0 4",
                " login local",
                " transport input ssh",
                " exec-timeout 0 3")) + "\n");
        model = new RunningConfigEngine();
        router = new Router(model, new StartupConfigStore(startup), Clock.systemUTC(), "R1.cfg");
        assertThat(router.boot()).isEmpty();
        keys = new HostKeyStore(dir.resolve("nvram"));
        try (java.net.ServerSocket probe = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort(); // a fixed port, so a client can knock before a key exists
        }
        server = new SshConsoleServer("R1", "127.0.0.1", port, new ConfigVtyAccess(model::model), new CliVtyShell(() -> router),
                new VtyLines(Clock.systemUTC()), router.syslog()::log, Clock.systemUTC(), 300);
        follower = new VtyConfigFollower(keys, server, router.syslog()::log);
        follower.attach(model.model());
        follower.refresh();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    static String console(String... lines) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        CliSession s = new CliSession(router, new StreamTerminal(new PrintStream(b, true, StandardCharsets.UTF_8)),
                "con0");
        iosim.shell.cli.LoginPrivilege.start(s, 15);
        for (String l : lines) {
            s.execute(l);
        }
        return b.toString(StandardCharsets.UTF_8);
    }

    /** The server frees a vty line just after the client sees the end: poll, bounded. */
    static boolean noSessionsWithin(int seconds) {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (!server.lines().sessions().isEmpty()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            java.util.concurrent.locks.LockSupport.parkNanos(10_000_000L);
        }
        return true;
    }

    @Test
    @Order(1)
    void noSshBeforeAKeyExists() throws Exception {
        assertThat(server.listening()).isFalse();
        assertThat(keys.load()).isEmpty();
        OpenSsh.Result r = OpenSsh.run(port, "admin", "cisco", "show version", null, false, 20);
        assertThat(r.exit()).isNotZero();
        assertThat(r.out()).contains("Connection refused").doesNotContain("Cisco IOS");
    }

    @Test
    @Order(2)
    void keyGenerationStartsSshAndIsSaved() {
        console("configure terminal", "crypto key generate rsa modulus 2048", "end");
        assertThat(server.listening()).isTrue();
        assertThat(server.boundPort()).isEqualTo(port);
        assertThat(keys.load()).extracting(k -> k.label()).containsExactly("R1.lab.example");
    }

    @Test
    @Order(3)
    void execRequestReturnsTheShowOutput() throws Exception {
        OpenSsh.Result r = OpenSsh.run(server.boundPort(), "admin", "cisco", "show running-config | include hostname",
                null, false, 20);
        assertThat(r.out()).contains("hostname R1");
        assertThat(r.exit()).isZero();
    }

    @Test
    @Order(4)
    void wrongPasswordIsRefusedAndLogged() throws Exception {
        long t0 = System.nanoTime();
        OpenSsh.Result r = OpenSsh.run(server.boundPort(), "admin", "wrong", "show version", null, false, 20);
        assertThat(r.exit()).isNotZero();
        assertThat(r.out()).doesNotContain("Cisco IOS");
        assertThat(System.nanoTime() - t0).isGreaterThanOrEqualTo(300_000_000L); // answered late
        assertThat(router.syslog().lines()).anyMatch(l -> l.contains(
                "%SEC_LOGIN-4-LOGIN_FAILED: Login failed [user: admin] [Source: 127.0.0.1] [localport: "
                        + server.boundPort() + "] [Reason: Login Authentication Failed] at "));
        OpenSsh.Result nobody = OpenSsh.run(server.boundPort(), "nobody", "cisco", "show version", null, false, 20);
        assertThat(nobody.exit()).isNotZero();
    }

    @Test
    @Order(5)
    void privilegedExecOnlyAfterEnableWithTheSecret() throws Exception {
        OpenSsh.Result exec = OpenSsh.run(server.boundPort(), "guest", "guest", "show running-config", null, false, 20);
        assertThat(exec.out()).contains("% Invalid input detected at '^' marker.").doesNotContain("hostname R1");

        OpenSsh.Result shell = OpenSsh.run(server.boundPort(), "guest", "guest", null,
                "enable\rwrong\rwrong\rwrong\renable\rclass\rshow running-config | include hostname\rexit\r", true, 20);
        String out = shell.out();
        assertThat(out).contains("R1>enable");
        assertThat(out).contains("% Bad secrets");
        assertThat(out).contains("R1#show running-config | include hostname");
        assertThat(out.indexOf("hostname R1")).isGreaterThan(out.indexOf("R1#show running-config"));
    }

    @Test
    @Order(6)
    void privilege15LandsInPrivilegedExec() throws Exception {
        OpenSsh.Result r = OpenSsh.run(server.boundPort(), "admin", "cisco", null, "show users\rexit\r", true, 20);
        assertThat(r.out()).contains("R1#show users").contains("R1#exit");
        assertThat(noSessionsWithin(5)).isTrue(); // the vty line was freed
    }

    @Test
    @Order(7)
    void execTimeoutEndsAnIdleSession() throws Exception {
        long t0 = System.nanoTime();
        // stdin stays open and silent: the router closes the session after exec-timeout 0 3
        OpenSsh.Result r = OpenSsh.run(server.boundPort(), "admin", "cisco", null, "", true, 20);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertThat(r.out()).contains("R1#");
        assertThat(ms).isGreaterThanOrEqualTo(2500);
        assertThat(noSessionsWithin(5)).isTrue();
    }

    @Test
    @Order(8)
    void transportInputWithoutSshClosesTheConnection() throws Exception {
        console("configure terminal", "line vty 0 4", "transport input telnet", "end");
        try {
            OpenSsh.Result r = OpenSsh.run(server.boundPort(), "admin", "cisco", "show version", null, false, 20);
            assertThat(r.exit()).isNotZero();
            assertThat(r.out()).doesNotContain("Cisco IOS");
        } finally {
            console("configure terminal", "line vty 0 4", "transport input ssh", "end");
        }
    }

    @Test
    @Order(9)
    void keyIsRestoredAfterReloadAndZeroizeStopsSsh() throws Exception {
        var before = model.model().cryptoKeys().get("R1.lab.example").keyPair().getPublic();
        router.boot(); // reload: a fresh running-config
        follower.attach(model.model());
        follower.refresh();
        assertThat(model.model().cryptoKeys().get("R1.lab.example").keyPair().getPublic()).isEqualTo(before);
        assertThat(server.listening()).isTrue();
        console("configure terminal", "crypto key zeroize rsa", "yes", "end");
        assertThat(server.listening()).isFalse();
        assertThat(keys.load()).isEmpty();
    }
}
