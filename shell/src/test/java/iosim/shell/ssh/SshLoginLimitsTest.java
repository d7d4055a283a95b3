package iosim.shell.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import iosim.shell.cli.CliSession;
import iosim.shell.cli.LoginPrivilege;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.future.AuthFuture;
import org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Logins as IOS limits them: {@code ip ssh authentication-retries} per connection, {@code ip ssh
 * time-out} to log in, {@code login block-for} quiet mode, and {@code reload} dropping every vty.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SshLoginLimitsTest {
    @TempDir
    static Path dir;
    static SshRouter r1;
    static SshClient client;

    @BeforeAll
    static void start() throws Exception {
        r1 = SshRouter.start(dir, List.of("hostname R1", "username admin privilege 15 secret cisco",
                "enable secret class", "ip domain-name lab.example", "ip ssh version 2", "line vty 0 4",
                " login local", " transport input ssh"));
        client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);
        client.start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (client != null) {
            client.stop();
        }
        if (r1 != null) {
            r1.close();
        }
    }

    static String console(String... lines) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        CliSession s = new CliSession(r1.router(), new StreamTerminal(new PrintStream(b, true, StandardCharsets.UTF_8)),
                "con0");
        LoginPrivilege.start(s, 15);
        for (String l : lines) {
            s.execute(l);
        }
        return b.toString(StandardCharsets.UTF_8);
    }

    /** Tries {@code passwords} in turn on one connection; returns whether one was accepted. */
    static boolean login(String... passwords) throws Exception {
        try (ClientSession s = client.connect("admin", "127.0.0.1", r1.server().boundPort()).verify(5, TimeUnit.SECONDS)
                .getSession()) {
            for (String p : passwords) {
                s.addPasswordIdentity(p);
            }
            AuthFuture f = s.auth();
            assertThat(f.await(30, TimeUnit.SECONDS)).isTrue();
            if (!f.isSuccess()) {
                // the router hangs up by itself once the retries are used up
                s.waitFor(EnumSet.of(ClientSession.ClientSessionEvent.CLOSED), 10_000);
            }
            return f.isSuccess();
        } catch (java.io.IOException e) {
            return false; // refused before authentication (quiet mode)
        }
    }

    static long failures() {
        return r1.router().syslog().lines().stream().filter(l -> l.contains("%SEC_LOGIN-4-LOGIN_FAILED")).count();
    }

    @Test
    @Order(1)
    void showIpSshAndTheRunningConfigLines() {
        String out = console("configure terminal", "ip ssh time-out 60", "ip ssh authentication-retries 2", "end",
                "show ip ssh", "show running-config | include ip ssh");
        assertThat(out).contains("SSH Enabled - version 2.0\n");
        assertThat(out).contains("Authentication timeout: 60 secs; Authentication retries: 2\n");
        assertThat(out).contains("IOS Keys in SECSH format(ssh-rsa, base64 encoded): R1.lab.example\nssh-rsa AAAA");
        assertThat(out).contains("ip ssh time-out 60\nip ssh authentication-retries 2\nip ssh version 2\n");
        out = console("configure terminal", "no ip ssh time-out", "no ip ssh authentication-retries", "end",
                "show ip ssh", "show running-config | include ip ssh");
        assertThat(out).contains("Authentication timeout: 120 secs; Authentication retries: 3\n");
        assertThat(out).doesNotContain("ip ssh time-out").doesNotContain("ip ssh authentication-retries");
    }

    @Test
    @Order(2)
    void retriesCloseTheConnection() throws Exception {
        long before = failures();
        assertThat(login("w1", "w2", "w3", "w4", "w5")).isFalse();
        assertThat(failures() - before).isEqualTo(3); // the default: 3 failures, then the router hangs up
        console("configure terminal", "ip ssh authentication-retries 1", "end");
        before = failures();
        assertThat(login("w1", "w2", "cisco")).isFalse();
        assertThat(failures() - before).isEqualTo(1);
        console("configure terminal", "no ip ssh authentication-retries", "end");
        assertThat(login("w1", "cisco")).isTrue();
    }

    @Test
    @Order(3)
    void aConnectionThatDoesNotLogInInTimeIsClosed() throws Exception {
        console("configure terminal", "ip ssh time-out 1", "end");
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), r1.server().boundPort())) {
            s.setSoTimeout(15_000);
            InputStream in = s.getInputStream();
            long t0 = System.nanoTime();
            while (in.read() != -1) {
                // the server's version string, then nothing: the client never answers
            }
            assertThat(System.nanoTime() - t0).isGreaterThan(500_000_000L);
        } finally {
            console("configure terminal", "no ip ssh time-out", "end");
        }
    }

    @Test
    @Order(4)
    void loginBlockForEntersQuietModeAndLeavesIt() throws Exception {
        String cfg = console("configure terminal", "login block-for 60 attempts 2 within 30", "end",
                "show running-config | include login block");
        assertThat(cfg).contains("login block-for 60 attempts 2 within 30\n");
        assertThat(login("x1", "x2")).isFalse();
        assertThat(r1.router().syslog().lines()).anyMatch(l -> l.matches(
                ".*%SEC_LOGIN-1-QUIET_MODE_ON: Still timeleft for watching failures is \\d+ secs, \\[user: admin\\] "
                        + "\\[Source: 127\\.0\\.0\\.1\\] \\[localport: \\d+\\] \\[Reason: Login Authentication Failed\\] "
                        + "\\[ACL: sl_def_acl\\] at .*"));
        assertThat(login("cisco")).isFalse(); // quiet mode: even the right password is refused
        console("configure terminal", "no login block-for", "end");
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (r1.router().syslog().lines().stream().noneMatch(l -> l.contains("%SEC_LOGIN-5-QUIET_MODE_OFF"))
                && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(r1.router().syslog().lines()).anyMatch(l -> l.contains(
                "%SEC_LOGIN-5-QUIET_MODE_OFF: Quiet Mode is OFF, because block period timed out at "));
        assertThat(login("cisco")).isTrue();
    }

    @Test
    @Order(5)
    void reloadDropsEverySshSession() throws Exception {
        OpenSsh.require();
        CompletableFuture<OpenSsh.Result> session = CompletableFuture.supplyAsync(() -> {
            try {
                return OpenSsh.run(r1.server().boundPort(), "admin", "cisco", null, "show clock\r", true, 30);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (r1.server().lines().sessions().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(r1.server().lines().sessions()).hasSize(1);
        Thread.sleep(1500); // the session has typed its command
        r1.router().reload();
        OpenSsh.Result r = session.get(20, TimeUnit.SECONDS); // ends without the client typing exit
        assertThat(r.out()).contains("R1#show clock");
    }
}
