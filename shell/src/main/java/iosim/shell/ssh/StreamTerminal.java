package iosim.shell.ssh;

import iosim.shell.cli.Terminal;
import java.io.PrintStream;

/** The CLI's terminal for an SSH exec request: output only; questions take their defaults. */
final class StreamTerminal implements Terminal {
    private final PrintStream out;

    StreamTerminal(PrintStream out) {
        this.out = out;
    }

    @Override
    public void print(String text) {
        out.print(text);
        out.flush();
    }

    @Override
    public String confirm(String question) {
        out.print(question + "\n");
        return "";
    }

    @Override
    public String readSecret(String question) {
        out.print(question + "\n");
        return null;
    }

    @Override
    public boolean interactive() {
        return false;
    }
}
