package iosim.shell.console;

import iosim.shell.cli.CaptureTerminal;
import iosim.shell.cli.CliSession;
import iosim.shell.cli.LoginPrivilege;
import iosim.shell.cli.Router;
import iosim.shell.cli.Syslog;
import java.io.IOError;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jline.keymap.KeyMap;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.Reference;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Attributes;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.InfoCmp.Capability;
import org.jline.utils.NonBlockingReader;

/**
 * The interactive console (JLine 3), for the local terminal and for every SSH session alike:
 * line editing and history, {@code ?} answered at once without Enter (the help, then the line
 * redrawn), Tab completing a unique keyword, Ctrl-Z back to privileged EXEC (echoed {@code ^Z}),
 * Ctrl-C leaving configuration mode, output paged with {@code  --More-- } after
 * {@code terminal length} lines (space: a page, Enter: a line, any other key: stop), syslog
 * messages shown above the prompt while the line's {@link LogGate} is open. What differs per
 * line (greeting, privilege, window size, log gating) is in {@link ConsoleLine}.
 */
public final class JLineConsole implements iosim.shell.cli.Terminal {
    private static final String MORE = " --More-- ";

    private final Router router;
    private final List<String> bootErrors;
    private final ConsoleLine line;
    private final List<String> pendingLogs = new ArrayList<>();
    private Terminal terminal;
    private LineReader reader;
    private CliSession session;
    private boolean controlZ;
    private boolean pagingStopped;
    private int pageShown;
    private int pageLimit;
    private Size windowApplied;
    private volatile boolean atPrompt;
    private boolean labEscapes;
    private boolean escaped;
    private String switchTo;

    /** The console line on this process's terminal. */
    public JLineConsole(Router router, List<String> bootErrors) {
        this(router, bootErrors, ConsoleLine.console());
    }

    /** {@code line}'s console; {@link #run(Terminal)} runs it on a given terminal (an SSH channel's). */
    public JLineConsole(Router router, List<String> bootErrors, ConsoleLine line) {
        this.router = router;
        this.bootErrors = bootErrors;
        this.line = line;
    }

    /** True when stdin is a terminal (JDK 17: a console exists; JDK 22+: it is a terminal). */
    public static boolean stdinIsTerminal() {
        java.io.Console c = System.console();
        if (c == null) {
            return false;
        }
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(c);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    /**
     * In a lab, this console can be left for the lab prompt: Ctrl-D on an empty line, the
     * terminal-server escape chord (Ctrl-Shift-6 then x, bytes 0x1E 'x'), or a line {@code ~NAME}
     * (straight to router NAME's console; {@code ~} alone: the lab prompt). {@link #run(Terminal)}
     * then returns, and a later call resumes the same session (mode, history) where it was left.
     */
    public JLineConsole labEscapes() {
        labEscapes = true;
        return this;
    }

    /** After {@link #run(Terminal)} returned in a lab: the router a {@code ~NAME} line asked for, else null. */
    public String takeSwitch() {
        String s = switchTo;
        switchTo = null;
        return s;
    }

    /** The session's prompt as it was left ({@code SITE-A(config)#}), or null before the first run. */
    public String prompt() {
        return session == null ? null : session.prompt();
    }

    /** The terminal-server escape chord: Ctrl-Shift-6 (Ctrl-^, 0x1E) then x. */
    public static final String ESCAPE_CHORD = "\u001ex";

    /** Runs on this process's terminal until end of input (Ctrl-D on an empty line). */
    public void run() throws IOException {
        Terminal t = TerminalBuilder.builder().system(true).type(IosTerminalType.name()).jna(false).jansi(false).build();
        try {
            t.handle(Terminal.Signal.TSTP, Terminal.SignalHandler.SIG_IGN);
            run(t);
        } finally {
            t.close();
        }
    }

    /**
     * Runs on {@code t} until end of input, or (a vty line) until the session ends; does not
     * close {@code t}.
     */
    public void run(Terminal t) {
        if (session != null && t == terminal) {
            resume();
            return;
        }
        terminal = t;
        // Ctrl-Z is IOS's "end", not the shell's suspend: let it reach the line reader as a key
        Attributes attrs = terminal.getAttributes();
        attrs.setControlChar(Attributes.ControlChar.VSUSP, 0);
        terminal.setAttributes(attrs);
        org.jline.reader.impl.DefaultParser parser = new org.jline.reader.impl.DefaultParser();
        parser.setEofOnUnclosedQuote(false);
        parser.setEofOnEscapedNewLine(false);
        parser.setEscapeChars(new char[0]);
        parser.setQuoteChars(new char[0]);
        reader = LineReaderBuilder.builder().terminal(terminal).parser(parser).appName("iosim").build();
        reader.setOpt(LineReader.Option.DISABLE_EVENT_EXPANSION);
        reader.unsetOpt(LineReader.Option.AUTO_LIST);
        reader.unsetOpt(LineReader.Option.AUTO_MENU);
        reader.unsetOpt(LineReader.Option.BRACKETED_PASTE);
        reader.setVariable(LineReader.BELL_STYLE, "audible");
        reader.setVariable(LineReader.HISTORY_SIZE, 256);
        session = new CliSession(router, this, line.name());
        if (line.vty()) {
            LoginPrivilege.start(session, line.privilege());
        }
        startPage();
        bindKeys();
        Syslog.Listener listener = this::logged;
        if (line.vty()) {
            router.syslog().addMonitorListener(listener, line.logs()::open); // terminal monitor
        } else {
            router.syslog().addConsoleListener(listener); // logging console [level]
        }
        if (labEscapes) {
            reader.getWidgets().put("ios-escape", this::escapeWidget);
            for (String name : new String[] {LineReader.MAIN, LineReader.EMACS, LineReader.VIINS}) {
                KeyMap<org.jline.reader.Binding> map = reader.getKeyMaps().get(name);
                if (map != null) {
                    map.bind(new Reference("ios-escape"), ESCAPE_CHORD);
                }
            }
        }
        try {
            if (!line.vty()) {
                PrintWriter w = terminal.writer();
                for (String e : bootErrors) {
                    w.println(e);
                }
                w.print("\n\nPress RETURN to get started!\n\n\n");
                w.flush();
            }
            loop();
        } catch (IOError e) {
            // the terminal went away (an SSH channel closed under a read): the session ends
        } finally {
            router.syslog().removeListener(listener);
        }
    }

    /** Back on a console left for the lab prompt: the same session, its prompt drawn again. */
    private void resume() {
        Attributes attrs = terminal.getAttributes();
        attrs.setControlChar(Attributes.ControlChar.VSUSP, 0);
        terminal.setAttributes(attrs);
        Syslog.Listener listener = this::logged;
        router.syslog().addConsoleListener(listener);
        try {
            loop();
        } catch (IOError e) {
            // the terminal went away
        } finally {
            router.syslog().removeListener(listener);
        }
    }

    private boolean escapeWidget() {
        escaped = true;
        reader.getBuffer().clear();
        reader.callWidget(LineReader.ACCEPT_LINE);
        return true;
    }

    private void bindKeys() {
        reader.getWidgets().put("ios-help", this::helpWidget);
        reader.getWidgets().put("ios-complete", this::completeWidget);
        reader.getWidgets().put("ios-ctrl-z", this::controlZWidget);
        for (String name : new String[] {LineReader.MAIN, LineReader.EMACS, LineReader.VIINS}) {
            KeyMap<org.jline.reader.Binding> map = reader.getKeyMaps().get(name);
            if (map != null) {
                map.bind(new Reference("ios-help"), "?");
                map.bind(new Reference("ios-complete"), "\t");
                map.bind(new Reference("ios-ctrl-z"), KeyMap.ctrl('Z'));
                // arrows from a client still in keypad-transmit mode (we never switch it on)
                map.bind(new Reference(LineReader.UP_LINE_OR_HISTORY), "\033OA");
                map.bind(new Reference(LineReader.DOWN_LINE_OR_HISTORY), "\033OB");
                map.bind(new Reference(LineReader.FORWARD_CHAR), "\033OC");
                map.bind(new Reference(LineReader.BACKWARD_CHAR), "\033OD");
            }
        }
    }

    private void loop() {
        while (true) {
            String line;
            controlZ = false;
            escaped = false;
            try {
                followWindow();
                editWidth();
                atPrompt = true;
                flushLogsAbove();
                line = reader.readLine(session.prompt());
            } catch (UserInterruptException e) {
                atPrompt = false;
                if (session.mode().isConfig()) {
                    session.controlZ();
                }
                afterCommand();
                continue;
            } catch (EndOfFileException e) {
                return;
            }
            atPrompt = false;
            if (escaped) {
                return;
            }
            if (labEscapes && line.strip().startsWith("~")) {
                String name = line.strip().substring(1).strip();
                switchTo = name.isEmpty() ? null : name;
                return;
            }
            if (controlZ || line.indexOf('\u001a') >= 0) {
                session.controlZ();
            } else {
                startPage();
                this.line.logs().typed(session.mode(), line);
                session.execute(line);
                terminal.writer().flush();
            }
            afterCommand();
            if (session.ended() && this.line.vty()) {
                return;
            }
            if (session.ended()) {
                terminal.writer().print("\n" + router.hostname() + " con0 is now available\n\n\n\n\n\nPress RETURN to get started.\n\n\n");
                terminal.writer().flush();
                try {
                    reader.readLine("");
                } catch (UserInterruptException | EndOfFileException e) {
                    return;
                }
                session.restart();
            }
        }
    }

    // ---- widgets ----------------------------------------------------------------------------

    private boolean helpWidget() {
        String buf = reader.getBuffer().toString();
        String before = buf.substring(0, reader.getBuffer().cursor());
        CaptureTerminal capture = new CaptureTerminal();
        CliSession helpSession = session;
        helpSession.help(before, capture);
        reader.printAbove(session.prompt() + buf + "?\n" + capture.text());
        return true;
    }

    private boolean completeWidget() {
        String buf = reader.getBuffer().toString();
        int cursor = reader.getBuffer().cursor();
        Optional<String> done = session.complete(buf.substring(0, cursor));
        if (done.isEmpty()) {
            terminal.puts(Capability.bell);
            terminal.flush();
            return true;
        }
        String rest = buf.substring(cursor);
        reader.getBuffer().clear();
        reader.getBuffer().write(done.get() + rest);
        reader.getBuffer().cursor(done.get().length());
        return true;
    }

    private boolean controlZWidget() {
        controlZ = true;
        reader.getBuffer().clear();
        reader.getBuffer().write("^Z");
        reader.callWidget(LineReader.ACCEPT_LINE);
        return true;
    }

    // ---- output, paging, syslog ----------------------------------------------------------------

    /** A syslog line: shown at once above the prompt while the user types, else after the command. */
    private void logged(String line) {
        synchronized (this) {
            pendingLogs.add(line);
        }
        if (atPrompt) {
            flushLogsAbove();
        }
    }

    private void flushLogsAbove() {
        List<String> logs;
        synchronized (this) {
            if (pendingLogs.isEmpty()) {
                return;
            }
            logs = new ArrayList<>(pendingLogs);
            pendingLogs.clear();
        }
        reader.printAbove(String.join("\n", logs));
    }

    private void afterCommand() {
        List<String> logs;
        synchronized (this) {
            logs = new ArrayList<>(pendingLogs);
            pendingLogs.clear();
        }
        if (!logs.isEmpty()) {
            PrintWriter w = terminal.writer();
            w.print(session.prompt() + "\n");
            for (String l : logs) {
                w.print(l + "\n");
            }
            w.flush();
        }
    }

    /**
     * A vty line's {@code terminal length} and {@code width} follow the client's window: the size
     * from the SSH pty request, then each window change, applied before the next prompt.
     */
    private void followWindow() {
        if (!line.vty()) {
            return;
        }
        Size size = terminal.getSize();
        if (size == null || size.equals(windowApplied)) {
            return;
        }
        windowApplied = new Size(size.getColumns(), size.getRows());
        if (size.getRows() > 0) {
            session.setTerminalLength(size.getRows());
        }
        if (size.getColumns() > 0) {
            session.setTerminalWidth(size.getColumns());
        }
    }

    /**
     * The line editor works in {@code terminal width} columns, as IOS's does: a client that sets
     * {@code terminal width 511} (Netmiko, NAPALM) gets a long command echoed on one line, not
     * wrapped at its pty's 80 columns.
     */
    private void editWidth() {
        if (!line.vty()) {
            return; // a local console's editor follows the real window
        }
        Size size = terminal.getSize();
        int width = session.terminalWidth();
        if (size != null && width > 0 && width != size.getColumns()) {
            terminal.setSize(new Size(width, size.getRows()));
            windowApplied = new Size(width, size.getRows());
        }
    }

    /** A command starts: a fresh page, as long as the window is now. */
    private void startPage() {
        followWindow();
        pagingStopped = false;
        pageShown = 0;
        pageLimit = Math.max(1, session.terminalLength() - 1);
    }

    /**
     * Writes a command's output as it comes, pausing with {@code --More--} once a page is full
     * and more follows; after any key but space or Enter the rest of the command's output is dropped.
     */
    @Override
    public void print(String text) {
        if (pagingStopped) {
            return;
        }
        PrintWriter w = terminal.writer();
        boolean paged = session.terminalLength() > 0;
        int start = 0;
        while (start < text.length()) {
            if (paged && pageShown >= pageLimit && !more(w)) {
                pagingStopped = true;
                break;
            }
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl + 1;
            w.write(text, start, end - start);
            if (nl >= 0) {
                pageShown++;
            }
            start = end;
        }
        w.flush();
    }

    /** Shows {@code --More--} and reads a key: true to go on (space: a page, Enter: a line). */
    private boolean more(PrintWriter w) {
        w.print(MORE);
        w.flush();
        int key = readKey();
        w.print("\r" + " ".repeat(MORE.length()) + "\r");
        pageShown = 0;
        if (key == ' ') {
            pageLimit = Math.max(1, session.terminalLength() - 1);
            return true;
        }
        if (key == '\r' || key == '\n') {
            pageLimit = 1;
            return true;
        }
        return false;
    }

    private int readKey() {
        Attributes saved = terminal.enterRawMode();
        try {
            NonBlockingReader r = terminal.reader();
            return r.read();
        } catch (IOException e) {
            return 'q';
        } finally {
            terminal.setAttributes(saved);
        }
    }

    @Override
    public String confirm(String question) {
        terminal.writer().flush();
        try {
            return reader.readLine(question);
        } catch (UserInterruptException | EndOfFileException e) {
            return null;
        } finally {
            pageShown = 0;
        }
    }

    @Override
    public String readSecret(String question) {
        terminal.writer().flush();
        try {
            return reader.readLine(question, (char) 0);
        } catch (UserInterruptException | EndOfFileException e) {
            return null;
        } finally {
            pageShown = 0;
        }
    }

    @Override
    public boolean interactive() {
        return true;
    }
}
