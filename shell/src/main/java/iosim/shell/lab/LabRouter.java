package iosim.shell.lab;

import iosim.shell.cli.Router;
import iosim.shell.cli.StartupConfigStore;
import iosim.shell.cli.RunningConfigEngine;
import iosim.shell.controller.RouterRuntime;
import iosim.shell.ssh.CliVtyShell;
import iosim.shell.ssh.ConfigVtyAccess;
import iosim.shell.ssh.HostKeyStore;
import iosim.shell.ssh.SshConsoleServer;
import iosim.shell.ssh.VtyConfigFollower;
import iosim.shell.ssh.VtyLines;
import io.netty.channel.EventLoop;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * One router of a running lab: the controller's {@link RouterRuntime} (CLI side, dataplane,
 * IKEv2) plus its SSH console and private NVRAM (RSA keys). Its startup-config, keys and flash:
 * live in its {@link RouterState} folder (seeded from the lab's file), which {@code write memory}
 * rewrites atomically; {@code reload} reboots this router alone from it.
 */
public final class LabRouter implements AutoCloseable {
    /** How long a failed SSH login waits before it is answered, for the first failure. */
    public static final long LOGIN_FAILURE_DELAY_MS = 1000;

    private final RouterSpec spec;
    private final RouterState state;
    private final RouterRuntime runtime;
    private final SshConsoleServer ssh;
    private final VtyConfigFollower follower;
    private List<String> bootErrors = List.of();

    private LabRouter(RouterSpec spec, RouterState state, RouterRuntime runtime, SshConsoleServer ssh,
            VtyConfigFollower follower) {
        this.spec = spec;
        this.state = state;
        this.runtime = runtime;
        this.ssh = ssh;
        this.follower = follower;
    }

    /** Builds the router (not booted: links first, then {@link #boot()}). */
    static LabRouter create(RouterSpec spec, RouterState state, EventLoop loop, Clock clock) {
        RunningConfigEngine model = new RunningConfigEngine(spec.platform());
        Router router = new Router(model, new StartupConfigStore(state.startupConfig()), clock, bootName(spec, state));
        router.setFlash(new iosim.shell.fs.FlashFileSystem(state.flash()));
        HostKeyStore keys = new HostKeyStore(state.keys());
        SshConsoleServer ssh = spec.sshPort() == 0 ? null
                : new SshConsoleServer(spec.name(), spec.sshAddress(), spec.sshPort(),
                        new ConfigVtyAccess(model::model), new CliVtyShell(() -> router), new VtyLines(clock),
                        router.syslog()::log, clock, LOGIN_FAILURE_DELAY_MS);
        if (ssh != null) {
            router.setUsers(current -> ssh.lines().showUsers(current, null));
            router.setVtyClearer(ssh::clearVty);
            router.onReload(ssh::dropSessions);
            ssh.setFlash(router::flash);
        }
        VtyConfigFollower follower = ssh == null ? null : new VtyConfigFollower(keys, ssh, router.syslog()::log);
        if (follower != null) {
            // registered before the runtime's own listener: keys are back before the controller looks
            model.onReplaced(follower::attach);
            follower.attach(model.model());
        }
        RouterRuntime runtime = new RouterRuntime(router, model, loop);
        return new LabRouter(spec, state, runtime, ssh, follower);
    }

    /**
     * How load errors name the startup-config: the lab's file while the state's copy is still that
     * file, else the state's copy (written by {@code write memory}).
     */
    private static String bootName(RouterSpec spec, RouterState state) {
        try {
            if (java.nio.file.Files.mismatch(state.startupConfig(), spec.config()) == -1L) {
                return spec.config().getFileName().toString();
            }
        } catch (IOException e) {
            // no copy (erased): the state's name
        }
        return state.startupConfig().toString();
    }

    /** What the router booted from, for the boot progress line. */
    String bootSource() {
        String name = bootName(spec, state);
        return name.equals(spec.config().getFileName().toString()) ? name
                : java.nio.file.Files.exists(state.startupConfig()) ? "its saved startup-config" : "nothing (startup-config erased)";
    }

    public RouterState state() {
        return state;
    }

    /** Boots from the startup-config; returns the load errors ({@code FILE:LINE: error}). */
    List<String> boot() {
        bootErrors = runtime.bootRouter();
        return bootErrors;
    }

    /** Starts SSH if the router has a key. */
    void startSsh() throws IOException {
        if (ssh != null) {
            ssh.refresh();
        }
    }

    public String name() {
        return spec.name();
    }

    public RouterSpec spec() {
        return spec;
    }

    public RouterRuntime runtime() {
        return runtime;
    }

    public Router router() {
        return runtime.router();
    }

    public List<String> bootErrors() {
        return bootErrors;
    }

    /** The SSH server, or null when the lab gives this router no SSH port. */
    public SshConsoleServer ssh() {
        return ssh;
    }

    /** How to reach this router's consoles, for the start-up banner. */
    public String consoleHint() {
        if (ssh == null) {
            return "no SSH port";
        }
        String where = "ssh -p " + spec.sshPort() + " USER@" + spec.sshAddress();
        return ssh.listening() ? where : where + " (once it has a key: crypto key generate rsa modulus 2048)";
    }

    @Override
    public void close() {
        if (ssh != null) {
            ssh.close();
        }
        runtime.close();
    }
}
