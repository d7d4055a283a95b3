package iosim.shell.lab;

import java.io.PrintWriter;
import java.util.Optional;
import org.jline.keymap.KeyMap;
import org.jline.reader.Binding;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.Reference;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.utils.InfoCmp.Capability;

/**
 * The {@code lab>} prompt on the lab's one terminal (JLine): {@code ?} lists what may come next
 * at once, without Enter, Tab completes a unique word, history is kept between visits; Ctrl-C or
 * Ctrl-D asks before stopping the lab. The commands are {@link LabShell}'s.
 */
final class LabPrompt {
    static final String PROMPT = "lab> ";

    private final Terminal terminal;
    private final LabShell shell;
    private final LineReader reader;

    LabPrompt(Terminal terminal, LabShell shell) {
        this.terminal = terminal;
        this.shell = shell;
        org.jline.reader.impl.DefaultParser parser = new org.jline.reader.impl.DefaultParser();
        parser.setEofOnUnclosedQuote(false);
        parser.setEscapeChars(new char[0]);
        parser.setQuoteChars(new char[0]);
        reader = LineReaderBuilder.builder().terminal(terminal).parser(parser).appName("iosim-lab").build();
        reader.setOpt(LineReader.Option.DISABLE_EVENT_EXPANSION);
        reader.unsetOpt(LineReader.Option.AUTO_LIST);
        reader.unsetOpt(LineReader.Option.AUTO_MENU);
        reader.unsetOpt(LineReader.Option.BRACKETED_PASTE);
        reader.setVariable(LineReader.BELL_STYLE, "audible");
        reader.getWidgets().put("lab-help", this::help);
        reader.getWidgets().put("lab-complete", this::complete);
        for (String name : new String[] {LineReader.MAIN, LineReader.EMACS, LineReader.VIINS}) {
            KeyMap<Binding> map = reader.getKeyMaps().get(name);
            if (map != null) {
                map.bind(new Reference("lab-help"), "?");
                map.bind(new Reference("lab-complete"), "\t");
            }
        }
    }

    /**
     * Reads and runs lines until one opens a console or a shell (returned) or the lab is to stop
     * (a QUIT result).
     */
    LabShell.Result next() {
        PrintWriter w = terminal.writer();
        while (true) {
            String line;
            try {
                line = reader.readLine(PROMPT);
            } catch (UserInterruptException | EndOfFileException e) {
                if (confirmStop()) {
                    return new LabShell.Result("", LabShell.Action.QUIT, null);
                }
                continue;
            }
            LabShell.Result r;
            try {
                r = shell.execute(line);
            } catch (RuntimeException e) {
                r = LabShell.Result.text("% " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + "\n");
            }
            w.print(r.text());
            w.flush();
            if (r.action() != LabShell.Action.NONE) {
                return r;
            }
        }
    }

    /** Ctrl-C or Ctrl-D at {@code lab>}: asks first, as IOS asks before a reload. */
    private boolean confirmStop() {
        try {
            String a = reader.readLine("Stop lab " + shell.lab().spec().name() + " and all its routers? [confirm]");
            a = a.strip().toLowerCase(java.util.Locale.ROOT);
            return a.isEmpty() || a.startsWith("y");
        } catch (UserInterruptException | EndOfFileException e) {
            terminal.writer().print("\n");
            terminal.writer().flush();
            return false;
        }
    }

    private boolean help() {
        String buf = reader.getBuffer().toString();
        String before = buf.substring(0, reader.getBuffer().cursor());
        reader.printAbove(PROMPT + buf + "?\n" + shell.helpText(before));
        return true;
    }

    private boolean complete() {
        String buf = reader.getBuffer().toString();
        int cursor = reader.getBuffer().cursor();
        Optional<String> done = shell.complete(buf.substring(0, cursor));
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
}
