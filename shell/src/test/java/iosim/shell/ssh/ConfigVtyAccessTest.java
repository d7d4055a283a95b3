package iosim.shell.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import iosim.shell.cli.CliSession;
import iosim.shell.cli.LoginPrivilege;
import iosim.shell.cli.Router;
import iosim.shell.cli.RunningConfigEngine;
import iosim.shell.cli.StartupConfigStore;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SSH threads read the vty settings from a copy the router hands over after each change, never
 * from the running-config itself.
 */
class ConfigVtyAccessTest {
    @TempDir
    Path dir;

    @Test
    void loginsSeeAChangeOnceTheRouterHandsItOver() throws Exception {
        Path startup = dir.resolve("R1.cfg");
        Files.writeString(startup, "hostname R1\nusername admin privilege 15 secret cisco\nline vty 0 4\n login local\n");
        RunningConfigEngine model = new RunningConfigEngine();
        Router router = new Router(model, new StartupConfigStore(startup), Clock.systemUTC(), "R1.cfg");
        router.boot();
        ConfigVtyAccess access = new ConfigVtyAccess(model::model);
        assertThat(access.login("admin", "cisco").privilege()).isEqualTo(15);
        assertThat(access.login("guest", "guest").accepted()).isFalse();

        CliSession con = new CliSession(router, new StreamTerminal(new PrintStream(OutputStream.nullOutputStream())), "console");
        LoginPrivilege.start(con, 15);
        con.execute("configure terminal");
        con.execute("username guest secret guest");
        con.execute("end");
        assertThat(access.login("guest", "guest").accepted()).as("not handed over yet").isFalse();

        try (SshConsoleServer server = new SshConsoleServer("R1", "127.0.0.1", 0, access,
                new CliVtyShell(() -> router), new VtyLines(Clock.systemUTC()), router.syslog()::log,
                Clock.systemUTC(), 0)) {
            VtyConfigFollower follower = new VtyConfigFollower(new HostKeyStore(dir.resolve("nvram")), server,
                    router.syslog()::log);
            follower.attach(model.model());
            assertThat(access.login("guest", "guest").accepted()).isTrue();
            con.execute("configure terminal");
            con.execute("no username admin");
            con.execute("line vty 0 4");
            con.execute("exec-timeout 0 30");
            con.execute("end");
            assertThat(access.login("admin", "cisco").accepted()).as("followed at once").isFalse();
            assertThat(access.execTimeoutSeconds()).isEqualTo(30);
        }
    }
}
