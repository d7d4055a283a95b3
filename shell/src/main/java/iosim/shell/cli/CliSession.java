package iosim.shell.cli;

import iosim.config.apply.ApplyResult;
import iosim.config.apply.ModeContext;
import iosim.config.mode.Mode;
import iosim.grammar.IosParser;
import iosim.grammar.cli.CommandMatcher;
import iosim.grammar.cli.HelpFormatter;
import iosim.grammar.cli.HelpResult;
import iosim.grammar.cli.KeywordFilter;
import iosim.grammar.cli.MatchResult;
import iosim.grammar.cli.ValueKind;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.ParserRuleContext;

/**
 * One IOS CLI session (console or SSH line), transport-agnostic: a line in, text out through a
 * {@link Terminal}. Keeps the mode stack with each sub-mode's context, runs every line through
 * the {@link CommandMatcher} in the current mode and, for configuration modes, in the parent
 * modes (IOS's fall-through, the prompt moving up), prints IOS's errors with the caret under
 * the bad word (the prompt counts), and runs EXEC commands.
 */
public final class CliSession {
    /** One level of the mode stack: the mode and the object it edits. */
    public record Frame(Mode mode, ModeContext context) {}

    private final Router router;
    private final Terminal term;
    private final String lineName;
    private final CommandMatcher matcher = new CommandMatcher();
    private final Deque<Frame> stack = new ArrayDeque<>();
    private final History execHistory = new History();
    private final History configHistory = new History();
    private final ExecCommands exec;
    private int terminalLength = 24;
    private int terminalWidth = 80;
    private boolean ended;
    private int caretBase = -1;
    private boolean booting;

    /**
     * @param lineName who configures, for {@code %SYS-5-CONFIG_I: Configured from console by console}
     */
    public CliSession(Router router, Terminal term, String lineName) {
        this.router = router;
        this.term = term;
        this.lineName = lineName;
        this.exec = new ExecCommands(this);
        stack.push(new Frame(Mode.USER_EXEC, ModeContext.NONE));
    }

    // ---- state ----------------------------------------------------------------------------

    public Router router() {
        return router;
    }

    public Terminal terminal() {
        return term;
    }

    public Mode mode() {
        return stack.peek().mode();
    }

    /** The prompt: host name plus the mode's suffix, e.g. {@code R1(config-if)#}. */
    public String prompt() {
        return router.hostname() + mode().promptSuffix();
    }

    /** True once {@code exit}/{@code logout} ended the EXEC session. */
    public boolean ended() {
        return ended;
    }

    /** Starts a fresh EXEC session on the same line (console after logout, reload). */
    public void restart() {
        stack.clear();
        stack.push(new Frame(Mode.USER_EXEC, ModeContext.NONE));
        ended = false;
    }

    public int terminalLength() {
        return terminalLength;
    }

    public int terminalWidth() {
        return terminalWidth;
    }

    /** {@code terminal length}; also a vty console following its client's window size. */
    public void setTerminalLength(int lines) {
        terminalLength = lines;
    }

    /** {@code terminal width}; also a vty console following its client's window size. */
    public void setTerminalWidth(int columns) {
        terminalWidth = columns;
    }

    void end() {
        ended = true;
    }

    String lineName() {
        return lineName;
    }

    History history() {
        return mode().isConfig() ? configHistory : execHistory;
    }

    /** The command history of the current mode family (for the console's Up arrow). */
    public List<String> historyLines() {
        return history().lines();
    }

    /**
     * Sets the column the caret counts from (the width of what stands before the typed text);
     * negative to count from the prompt, as on a terminal. The startup-config loader uses it.
     */
    public void setCaretBase(int base) {
        caretBase = base;
    }

    /** Marks this session as the one loading the startup-config at boot. */
    void setBooting(boolean booting) {
        this.booting = booting;
    }

    /** IOS's {@code % Invalid input} with the caret under {@code column} of the typed line. */
    void printInvalid(int column) {
        term.print(CliErrors.invalid(caret(column)));
    }

    private int caret(int column) {
        return (caretBase >= 0 ? caretBase : prompt().length()) + column;
    }

    void setExecMode(Mode mode) {
        stack.clear();
        stack.push(new Frame(mode, ModeContext.NONE));
    }

    /** Enters global configuration from privileged EXEC. */
    void enterConfig() {
        stack.push(new Frame(Mode.CONFIG, ModeContext.NONE));
    }

    // ---- lines ----------------------------------------------------------------------------

    /**
     * Runs one typed line (without its line end). Everything it prints goes to the terminal.
     *
     * @return false when the line was rejected (IOS printed an error)
     */
    public boolean execute(String line) {
        history().add(line);
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("!")) {
            return true;
        }
        try {
            if (mode().isConfig()) {
                return runConfig(line);
            }
            return runExec(line, mode() == Mode.USER_EXEC ? PrivilegeFilter.USER_EXEC : KeywordFilter.NONE);
        } catch (RuntimeException e) {
            term.print("%Error: command failed (" + e.getClass().getSimpleName() + ")\n");
            return false;
        }
    }

    /** Ctrl-Z (and Ctrl-C in configuration modes): back to privileged EXEC. */
    public void controlZ() {
        if (mode().isConfig()) {
            leaveConfig();
        }
    }

    private boolean runExec(String line, KeywordFilter filter) {
        String first = line.strip().split("[ \t]", 2)[0];
        if (IosExecWords.ambiguous(first)) {
            term.print(CliErrors.ambiguous(line));
            return false;
        }
        MatchResult r = matcher.match(Mode.USER_EXEC.entryRule(), line, filter);
        if (r instanceof MatchResult.Matched m) {
            IosParser.Exec_lineContext tree = (IosParser.Exec_lineContext) m.tree();
            exec.run(tree.exec_command(), false);
            return true;
        }
        if (r instanceof MatchResult.Invalid inv && isFirstWord(line, inv.column())) {
            unknownExecWord(line, inv.column());
            return false;
        }
        printError(r, line);
        return false;
    }

    private static boolean isFirstWord(String line, int column) {
        return line.substring(0, column).isBlank();
    }

    /** IOS takes an unknown first EXEC word for a host name to Telnet to. */
    private void unknownExecWord(String line, int column) {
        String rest = line.substring(column);
        int end = 0;
        while (end < rest.length() && rest.charAt(end) != ' ' && rest.charAt(end) != '\t') {
            end++;
        }
        String host = rest.substring(0, end);
        String after = rest.substring(end);
        if (!after.isBlank()) {
            int second = column + end + (after.length() - after.stripLeading().length());
            term.print(CliErrors.invalid(caret(second)));
            return;
        }
        if (ValueKind.IPV4.matches(host)) {
            term.print("Trying " + host + " ... \n% Connection timed out; remote host not responding\n\n");
        } else if (router.config().domainLookup()) {
            term.print(CliErrors.unknownCommand(host));
        } else {
            term.print("% Unknown command or computer name, or unable to find computer address\n");
        }
    }

    private boolean runConfig(String line) {
        if (router.writer().locked(() -> router.config().collectingText(booting))) {
            ApplyResult r = router.writer().locked(() -> {
                router.markModified();
                return router.config().continueText(booting, line);
            });
            for (String msg : r.output()) {
                term.print(msg + "\n");
            }
            return true;
        }
        MatchResult best = null;
        int bestProgress = -1;
        int depth = 0;
        for (Iterator<Frame> it = stack.iterator(); it.hasNext(); depth++) {
            Frame f = it.next();
            if (!f.mode().isConfig()) {
                break;
            }
            MatchResult r = matcher.match(f.mode().entryRule(), line);
            if (r instanceof MatchResult.Matched m) {
                for (int i = 0; i < depth; i++) {
                    stack.pop();
                }
                return applyConfig(f, m.tree());
            }
            int progress = progress(r, line);
            if (progress > bestProgress) {
                best = r;
                bestProgress = progress;
            }
        }
        printError(best, line);
        return false;
    }

    private static int progress(MatchResult r, String line) {
        if (r instanceof MatchResult.Invalid inv) {
            return inv.column();
        }
        return line.length() + 1;
    }

    private boolean applyConfig(Frame frame, ParserRuleContext tree) {
        IosParser.Mode_commonContext common = tree.getRuleContext(IosParser.Mode_commonContext.class, 0);
        if (common != null) {
            if (common.exit_cmd() != null) {
                stack.pop();
                if (!mode().isConfig()) {
                    configExited();
                }
            } else if (common.end_cmd() != null) {
                leaveConfig();
            } else {
                exec.run(common.do_cmd().exec_command(), true);
            }
            return true;
        }
        ApplyResult o = router.writer().locked(() -> {
            ApplyResult r = booting
                    ? router.config().applyAtBoot(frame.mode(), frame.context(), tree)
                    : router.config().apply(frame.mode(), frame.context(), tree);
            if (r.accepted() && !r.isInvalidInput()) {
                router.markModified();
            }
            return r;
        });
        if (o.isInvalidInput()) {
            term.print(CliErrors.invalid(caret(o.errorColumn())));
            return false;
        }
        for (String msg : o.output()) {
            term.print(msg + "\n");
        }
        for (String msg : o.syslog()) {
            router.syslog().log(msg);
        }
        if (!o.accepted()) {
            return false;
        }
        if (o.nextMode() != null) {
            stack.push(new Frame(o.nextMode(), o.nextContext() == null ? ModeContext.NONE : o.nextContext()));
        }
        return true;
    }

    private void leaveConfig() {
        while (mode().isConfig()) {
            stack.pop();
        }
        configExited();
    }

    private void configExited() {
        router.syslog().log("%SYS-5-CONFIG_I: Configured from " + lineName + " by " + lineName);
    }

    private void printError(MatchResult r, String line) {
        if (r instanceof MatchResult.Invalid inv) {
            term.print(CliErrors.invalid(caret(inv.column())));
        } else if (r instanceof MatchResult.Incomplete) {
            term.print(CliErrors.incomplete());
        } else if (r instanceof MatchResult.Ambiguous) {
            term.print(CliErrors.ambiguous(line));
        }
    }

    // ---- help and completion ----------------------------------------------------------------

    /**
     * {@code ?} typed after {@code before}: prints the help (or IOS's error), then a blank
     * line; the console then shows the prompt with {@code before} typed again.
     */
    public void help(String before) {
        help(before, term);
    }

    /** As {@link #help(String)}, writing the answer to {@code to} (the console's line redraw). */
    public void help(String before, Terminal to) {
        Mode m = mode();
        KeywordFilter filter = m == Mode.USER_EXEC ? PrivilegeFilter.USER_EXEC : KeywordFilter.NONE;
        HelpResult h = matcher.help(m.entryRule(), before, filter);
        if (h instanceof HelpResult.Listing l) {
            to.print(HelpFormatter.listing(l.entries()) + "\n");
        } else if (h instanceof HelpResult.Words w) {
            to.print(HelpFormatter.words(w.names(), terminalWidth) + "\n");
        } else if (h instanceof HelpResult.Unrecognized) {
            to.print(CliErrors.unrecognized());
        } else if (h instanceof HelpResult.Invalid inv) {
            to.print(CliErrors.invalid(caret(inv.column())));
        } else if (h instanceof HelpResult.Ambiguous) {
            to.print(CliErrors.ambiguous(before));
        }
    }

    /** Tab: the line with its last word completed, or empty (the console rings the bell). */
    public Optional<String> complete(String line) {
        for (Frame f : stack) {
            Mode m = f.mode();
            KeywordFilter filter = m == Mode.USER_EXEC ? PrivilegeFilter.USER_EXEC : KeywordFilter.NONE;
            Optional<String> c = matcher.complete(m.entryRule(), line, filter);
            if (c.isPresent() || !m.isConfig()) {
                return c;
            }
        }
        return Optional.empty();
    }
}
