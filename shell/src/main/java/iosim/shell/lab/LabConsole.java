package iosim.shell.lab;

import iosim.shell.cli.CliSession;
import iosim.shell.console.JLineConsole;
import iosim.shell.console.StdinConsole;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.util.HashMap;
import java.util.Map;

/**
 * The terminal that started a lab, as the console of one router at a time.
 * <ul>
 *   <li>Interactive (JLine): Ctrl-D on an empty line leaves the router's console for the lab
 *       prompt ({@code lab>}), where a router's name opens its console, {@code ?} lists them
 *       and {@code quit} stops the lab.</li>
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

    /** Interactive mode: the router consoles on this terminal, with the lab prompt between them. */
    public void runInteractive(String first) throws IOException {
        String current = first;
        java.io.Console con = System.console();
        while (current != null) {
            LabRouter r = lab.router(current);
            out.print("[" + current + " console; Ctrl-D on an empty line for the lab prompt]\n");
            out.flush();
            new JLineConsole(r.router(), r.bootErrors()).run();
            current = null;
            while (current == null) {
                String typed = con == null ? null : con.readLine("lab> ");
                if (typed == null || typed.strip().equals("quit") || typed.strip().equals("exit")) {
                    return;
                }
                String name = typed.strip();
                if (name.isEmpty() || name.equals("?")) {
                    out.print("Routers: " + names() + "; quit stops the lab\n" + lab.consoles());
                } else if (lab.router(name) == null) {
                    out.print("% No router named " + name + " (" + names() + ")\n");
                } else {
                    current = name;
                }
                out.flush();
            }
        }
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
