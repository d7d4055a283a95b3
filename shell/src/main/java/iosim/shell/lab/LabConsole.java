package iosim.shell.lab;

import iosim.shell.cli.CliSession;
import iosim.shell.console.JLineConsole;
import iosim.shell.console.StdinConsole;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.PrintWriter;
import java.util.HashMap;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import java.util.Map;

/**
 * The terminal that started a lab, as the console of one router at a time.
 * <ul>
 *   <li>Interactive (JLine, one terminal for the whole lab): Ctrl-D on an empty line or
 *       Ctrl-Shift-6 x leaves the router's console for the lab prompt ({@code lab>}, see
 *       {@link LabShell}), where a router's name opens its console again; a line {@code ~NAME}
 *       switches straight to another router.</li>
 *   <li>Stdin not a terminal: lines run on the selected router's console as in single-router
 *       mode; a line {@code ~NAME} switches to router NAME; end of input stops the lab.</li>
 * </ul>
 */
public final class LabConsole {
    /** The stdin-mode escape: a line starting with it names the router to switch to. */
    public static final String SWITCH = "~";

    private final RunningLab lab;
    private final PrintStream out;

    public LabConsole(RunningLab lab, PrintStream out) {
        this.lab = lab;
        this.out = out;
    }

    /** Stdin mode: runs lines until end of input, starting on {@code first}. */
    public void runLines(BufferedReader in, String first) throws IOException {
        SwitchingReader lines = new SwitchingReader(in);
        Map<String, CliSession> sessions = new HashMap<>();
        Map<String, StdinConsole> consoles = new HashMap<>();
        String current = first;
        while (current != null) {
            LabRouter r = lab.router(current);
            StdinConsole console = consoles.computeIfAbsent(current, n -> new StdinConsole(lines, out));
            CliSession session = sessions.computeIfAbsent(current, n -> new CliSession(r.router(), console, "console"));
            console.run(session);
            String next = lines.takeSwitch();
            while (next != null && lab.router(next) == null) {
                out.print("% No router named " + next + " in lab " + lab.spec().name() + " (" + names() + ")\n");
                console.run(session);
                next = lines.takeSwitch();
            }
            if (next != null) {
                out.print("[" + next + " console]\n");
            }
            current = next;
        }
        out.flush();
    }

    /**
     * Interactive mode: one JLine terminal for the whole lab, the router consoles on it one at a
     * time with the lab prompt between them; each router keeps its session (mode, history) while
     * another is shown.
     */
    public void runInteractive(String first) throws IOException {
        Terminal t = TerminalBuilder.builder().system(true).type(iosim.shell.console.IosTerminalType.name()).jna(false).jansi(false)
                .signalHandler(Terminal.SignalHandler.SIG_IGN).build();
        try {
            t.handle(Terminal.Signal.TSTP, Terminal.SignalHandler.SIG_IGN);
            runInteractive(t, first);
        } finally {
            t.close();
        }
    }

    /** Interactive mode on a given terminal (tests: a pty). */
    public void runInteractive(Terminal t, String first) {
        Map<String, JLineConsole> consoles = new HashMap<>();
        LabShell shell = new LabShell(lab, n -> consoles.containsKey(n) ? consoles.get(n).prompt() : null);
        LabPrompt prompt = new LabPrompt(t, shell);
        PrintWriter w = t.writer();
        String current = first;
        while (true) {
            while (current != null) {
                LabRouter r = lab.router(current);
                if (r == null) {
                    w.print("% No router named " + current + " (" + names() + ")\n");
                    break;
                }
                boolean opened = consoles.containsKey(current);
                JLineConsole c = consoles.computeIfAbsent(current,
                        n -> new JLineConsole(r.router(), r.bootErrors()).labEscapes());
                w.print("\n[" + current + " console" + (opened ? "" : "; Ctrl-D on an empty line or Ctrl-Shift-6 x:"
                        + " the lab prompt; ~NAME: another router") + "]\n");
                w.flush();
                c.run(t);
                current = c.takeSwitch();
            }
            w.print("\n");
            w.flush();
            LabShell.Result next = prompt.next();
            if (next.action() == LabShell.Action.QUIT) {
                return;
            }
            if (next.action() == LabShell.Action.CONSOLE) {
                current = next.target();
            } else if (next.action() == LabShell.Action.SHELL) {
                shell(t, lab.namespaceHost(next.target()));
            }
        }
    }

    /** {@code lab> shell HOST}: the user's shell inside the host's namespace, on this terminal. */
    private void shell(Terminal t, NetnsHost h) {
        PrintWriter w = t.writer();
        String sh = System.getenv().getOrDefault("SHELL", "/bin/bash");
        w.print("[" + h.name() + ": " + sh + " in network namespace " + h.namespace() + "; exit returns to lab>]\n");
        w.flush();
        try {
            Process p = new ProcessBuilder(h.command(java.util.List.of(sh))).inheritIO().start();
            p.waitFor();
        } catch (IOException e) {
            w.print("% cannot start a shell in " + h.namespace() + ": " + e.getMessage() + "\n");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        w.flush();
    }

    private String names() {
        return String.join(" ", lab.routers().stream().map(LabRouter::name).toList());
    }

    /** Hands lines through until one starts with {@link #SWITCH}, which ends input for now. */
    static final class SwitchingReader extends BufferedReader {
        private final BufferedReader in;
        private String pendingSwitch;

        SwitchingReader(BufferedReader in) {
            super(Reader.nullReader());
            this.in = in;
        }

        @Override
        public String readLine() throws IOException {
            if (pendingSwitch != null) {
                return null;
            }
            String line = in.readLine();
            if (line != null && line.startsWith(SWITCH)) {
                pendingSwitch = line.substring(SWITCH.length()).strip();
                return null;
            }
            return line;
        }

        /** The router named by the switch line that ended input, or null at real end of input. */
        String takeSwitch() {
            String s = pendingSwitch;
            pendingSwitch = null;
            return s;
        }
    }
}
