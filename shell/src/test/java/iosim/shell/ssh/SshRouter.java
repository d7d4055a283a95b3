package iosim.shell.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import iosim.shell.cli.CliSession;
import iosim.shell.cli.LoginPrivilege;
import iosim.shell.cli.Router;
import iosim.shell.cli.RunningConfigEngine;
import iosim.shell.cli.StartupConfigStore;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * A router named R1 booted from {@code config} with its SSH console server on an ephemeral
 * loopback port, wired as a lab wires it (show users, clear line, the config follower), after
 * {@code crypto key generate rsa} typed on its console: SSH is listening.
 */
record SshRouter(Router router, SshConsoleServer server) implements AutoCloseable {

    static SshRouter start(Path dir, List<String> config) throws Exception {
        Path startup = dir.resolve("R1.cfg");
        Files.writeString(startup, String.join("\n", config) + "\n");
        RunningConfigEngine model = new RunningConfigEngine();
        Router router = new Router(model, new StartupConfigStore(startup), Clock.systemUTC(), "R1.cfg");
        assertThat(router.boot()).isEmpty();
        SshConsoleServer server = new SshConsoleServer("R1", "127.0.0.1", 0, new ConfigVtyAccess(model::model),
                new CliVtyShell(() -> router), new VtyLines(Clock.systemUTC()), router.syslog()::log,
                Clock.systemUTC(), 300);
        router.setUsers(current -> server.lines().showUsers(current, null));
        router.setVtyClearer(server::clearVty);
        router.onReload(server::dropSessions);
        VtyConfigFollower follower = new VtyConfigFollower(new HostKeyStore(dir.resolve("nvram")), server,
                router.syslog()::log);
        follower.attach(model.model());
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        CliSession s = new CliSession(router, new StreamTerminal(new PrintStream(b, true, StandardCharsets.UTF_8)),
                "console");
        LoginPrivilege.start(s, 15);
        for (String l : List.of("configure terminal", "crypto key generate rsa modulus 2048", "end")) {
            s.execute(l);
        }
        assertThat(server.listening()).as(b.toString(StandardCharsets.UTF_8)).isTrue();
        return new SshRouter(router, server);
    }

    @Override
    public void close() {
        server.close();
    }
}
