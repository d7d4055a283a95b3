package iosim.shell.ssh;

import iosim.shell.cli.CliSession;
import iosim.shell.cli.LoginPrivilege;
import iosim.shell.cli.Router;
import iosim.shell.cli.Syslog;
import java.util.Optional;
import org.jline.keymap.KeyMap;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.Reference;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;

/**
 * An interactive vty session on a JLine terminal: the prompt, line editing and history, IOS's
 * {@code ?} (answered at once, the line typed again) and Tab (the CLI's completion), Ctrl-Z, and
 * log/debug lines once {@code terminal monitor} is on. Ends on {@code exit}/{@code logout} or
 * when the channel closes.
 */
final class VtyConsole {
    private final Router router;
    private final VtyLines.Session line;
    private final int privilege;
    private final Terminal terminal;
    private volatile boolean monitor;

    VtyConsole(Router router, VtyLines.Session line, int privilege, Terminal terminal) {
        this.router = router;
        this.line = line;
        this.privilege = privilege;
        this.terminal = terminal;
    }

    void run() {
        LineReader reader = LineReaderBuilder.builder().terminal(terminal)
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .option(LineReader.Option.HISTORY_IGNORE_DUPS, false)
                .option(LineReader.Option.BRACKETED_PASTE, false)
                .variable(LineReader.BELL_STYLE, "audible").build();
        CliSession session = new CliSession(router, new JLineVtyTerminal(reader), line.lineName());
        LoginPrivilege.start(session, privilege);
        reader.getWidgets().put("ios-help", () -> {
            String before = reader.getBuffer().toString();
            reader.getBuffer().write('?');
            reader.callWidget(LineReader.REDISPLAY);
            terminal.writer().print("\n");
            session.help(before);
            terminal.writer().flush();
            reader.getBuffer().clear();
            reader.getBuffer().write(before);
            reader.callWidget(LineReader.REDRAW_LINE);
            reader.callWidget(LineReader.REDISPLAY);
            return true;
        });
        reader.getWidgets().put("ios-complete", () -> {
            Optional<String> done = session.complete(reader.getBuffer().toString());
            if (done.isPresent()) {
                reader.getBuffer().clear();
                reader.getBuffer().write(done.get());
            } else {
                reader.callWidget(LineReader.BEEP);
            }
            return true;
        });
        reader.getWidgets().put("ios-ctrl-z", () -> {
            reader.getBuffer().clear();
            reader.getBuffer().write("\u001a");
            reader.callWidget(LineReader.ACCEPT_LINE);
            return true;
        });
        KeyMap<org.jline.reader.Binding> main = reader.getKeyMaps().get(LineReader.MAIN);
        main.bind(new Reference("ios-help"), "?");
        main.bind(new Reference("ios-complete"), "\t");
        main.bind(new Reference("ios-ctrl-z"), KeyMap.ctrl('Z'));
        Syslog.Listener logs = msg -> {
            if (monitor) {
                reader.printAbove(msg);
            }
        };
        router.syslog().addListener(logs);
        try {
            while (!session.ended()) {
                String typed;
                try {
                    typed = reader.readLine(session.prompt());
                } catch (UserInterruptException e) {
                    session.controlZ();
                    continue;
                }
                if (typed.equals("\u001a")) {
                    terminal.writer().print("^Z\n");
                    session.controlZ();
                    continue;
                }
                Boolean m = MonitorSwitch.of(session.mode(), typed);
                session.execute(typed);
                if (m != null) {
                    monitor = m;
                }
                terminal.writer().flush();
            }
        } catch (EndOfFileException e) {
            // the client closed the channel
        } catch (RuntimeException e) {
            // the channel broke (closed by exec-timeout or the client): end quietly
        } finally {
            router.syslog().removeListener(logs);
        }
    }
}
