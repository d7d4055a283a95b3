package iosim.shell.console;

import iosim.shell.cli.CliSession;
import iosim.shell.cli.Syslog;
import iosim.shell.cli.Terminal;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The console when stdin is not a terminal: each input line is run in order as if typed, and
 * stdout shows what a terminal would: the prompt, the line as typed, then the output. Syslog
 * messages appear after the next prompt, as on IOS ({@code Router#} then
 * {@code *Mar  3 ...: %SYS-5-CONFIG_I: ...}). A line ending in {@code ?} shows the help and
 * the prompt with the text before the {@code ?}; that text is not run. A line holding Ctrl-Z
 * (0x1A) is shown as {@code ^Z}. Questions with a default take it; {@code Password:} reads the
 * next line without echoing it.
 */
public final class StdinConsole implements Terminal {
    private static final char CTRL_Z = '\u001a';

    private final BufferedReader in;
    private final PrintStream out;
    private final List<String> pendingLogs = new ArrayList<>();
    private final Syslog.Listener logListener = this::logged;

    public StdinConsole(BufferedReader in, PrintStream out) {
        this.in = in;
        this.out = out;
    }

    private synchronized void logged(String line) {
        pendingLogs.add(line);
    }

    /** Runs every input line through the session; returns at end of input. */
    public void run(CliSession session) throws IOException {
        Syslog syslog = session.router().syslog();
        syslog.addConsoleListener(logListener);
        try {
            while (true) {
                out.print(session.prompt());
                String line = in.readLine();
                if (line == null) {
                    out.print("\n");
                    break;
                }
                runLine(session, line);
                flushLogs(session);
                if (session.ended()) {
                    out.print("\n" + session.router().hostname() + " con0 is now available\n\n\n\n\n\n"
                            + "Press RETURN to get started.\n\n\n");
                    session.restart();
                }
            }
        } finally {
            syslog.removeListener(logListener);
            out.flush();
        }
    }

    private void runLine(CliSession session, String raw) {
        String line = raw.endsWith("\r") ? raw.substring(0, raw.length() - 1) : raw;
        int z = line.indexOf(CTRL_Z);
        if (z >= 0) {
            out.print(line.substring(0, z) + "^Z\n");
            session.controlZ();
            return;
        }
        out.print(line + "\n");
        if (line.endsWith("?")) {
            String before = line.substring(0, line.length() - 1);
            session.help(before);
            out.print(session.prompt() + before + "\n");
            return;
        }
        session.execute(line);
    }

    private void flushLogs(CliSession session) {
        List<String> logs;
        synchronized (this) {
            if (pendingLogs.isEmpty()) {
                return;
            }
            logs = new ArrayList<>(pendingLogs);
            pendingLogs.clear();
        }
        out.print(session.prompt() + "\n");
        for (String l : logs) {
            out.print(l + "\n");
        }
    }

    @Override
    public void print(String text) {
        out.print(text);
    }

    @Override
    public String confirm(String question) {
        out.print(question + "\n");
        return "";
    }

    /** A dialog question: the next input line is the answer, shown after the question as typed. */
    @Override
    public String ask(String question) {
        out.print(question);
        try {
            String line = in.readLine();
            if (line == null) {
                out.print("\n");
                return null;
            }
            line = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
            out.print(line + "\n");
            return line;
        } catch (IOException e) {
            out.print("\n");
            return null;
        }
    }

    @Override
    public String readSecret(String question) {
        out.print(question);
        try {
            String line = in.readLine();
            out.print("\n");
            return line;
        } catch (IOException e) {
            out.print("\n");
            return null;
        }
    }

    @Override
    public boolean interactive() {
        return false;
    }
}
