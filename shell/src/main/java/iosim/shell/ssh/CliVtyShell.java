package iosim.shell.ssh;

import iosim.shell.cli.CliSession;
import iosim.shell.cli.LoginPrivilege;
import iosim.shell.cli.Router;
import iosim.shell.console.ConsoleLine;
import iosim.shell.console.JLineConsole;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/**
 * The vty side of a router's CLI: every SSH session gets its own {@link CliSession} on the
 * router (shared running-config, syslog and debug switches), named after its vty line; an
 * interactive one runs in the same {@link JLineConsole} as the local terminal.
 */
public final class CliVtyShell implements VtyShell {
    private static final long BOOT_WAIT_NANOS = 120_000_000_000L;

    private final Supplier<Router> router;

    /** @param router the router (a supplier: {@code reload} may replace it) */
    public CliVtyShell(Supplier<Router> router) {
        this.router = router;
    }

    @Override
    public void interactive(VtyLines.Session line, int privilege, org.jline.terminal.Terminal terminal)
            throws IOException {
        new JLineConsole(ready(), List.of(), ConsoleLine.vty(line.lineName(), privilege, new MonitorGate()))
                .run(terminal);
    }

    /** The router once it is not booting ({@code reload}): no prompt before it is ready (bounded wait). */
    private Router ready() {
        Router r = router.get();
        long deadline = System.nanoTime() + BOOT_WAIT_NANOS;
        while (r.booting() && System.nanoTime() < deadline) {
            LockSupport.parkNanos(20_000_000L);
        }
        return r;
    }

    @Override
    public int command(VtyLines.Session line, int privilege, String command, PrintStream out) {
        CliSession s = new CliSession(ready(), new StreamTerminal(out), line.lineName());
        LoginPrivilege.start(s, privilege);
        boolean ok = true;
        for (String l : command.split("\\R|;")) {
            if (!l.isBlank() && !s.ended()) {
                ok &= s.execute(l);
            }
        }
        out.flush();
        return ok ? 0 : 1;
    }
}
