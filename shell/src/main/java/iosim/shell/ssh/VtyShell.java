package iosim.shell.ssh;

import java.io.IOException;
import java.io.PrintStream;

/** What runs on a vty once SSH has authenticated the user: the router's CLI. */
public interface VtyShell {

    /**
     * An interactive session (SSH shell request): the same console as the local terminal, on
     * the channel's JLine terminal. Returns when the user logs out or the channel closes.
     */
    void interactive(VtyLines.Session line, int privilege, org.jline.terminal.Terminal terminal) throws IOException;

    /** One command (SSH exec request), its output to {@code out}; returns the exit status. */
    int command(VtyLines.Session line, int privilege, String command, PrintStream out);
}
