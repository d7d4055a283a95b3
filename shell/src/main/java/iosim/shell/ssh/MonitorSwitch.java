package iosim.shell.ssh;

import iosim.config.mode.Mode;
import iosim.grammar.IosParser;
import iosim.grammar.cli.CommandMatcher;
import iosim.grammar.cli.MatchResult;

/**
 * Recognises {@code terminal monitor} / {@code terminal no monitor} (abbreviated as typed, via
 * the same grammar as the CLI) so a vty session shows log and debug lines only after it.
 */
final class MonitorSwitch {
    private static final CommandMatcher MATCHER = new CommandMatcher();

    private MonitorSwitch() {
    }

    /** TRUE for terminal monitor, FALSE for terminal no monitor, null for any other line. */
    static Boolean of(Mode mode, String line) {
        if (mode.isConfig() || !line.strip().toLowerCase(java.util.Locale.ROOT).startsWith("t")) {
            return null;
        }
        try {
            MatchResult r = MATCHER.match(Mode.USER_EXEC.entryRule(), line);
            if (r instanceof MatchResult.Matched m
                    && m.tree() instanceof IosParser.Exec_lineContext e
                    && e.exec_command() != null && e.exec_command().terminal_cmd() != null) {
                IosParser.Terminal_cmdContext t = e.exec_command().terminal_cmd();
                if (t.terminal_no() != null) {
                    return Boolean.FALSE;
                }
                if (t.terminal_length() == null && t.terminal_width() == null) {
                    return Boolean.TRUE;
                }
            }
        } catch (RuntimeException e) {
            return null;
        }
        return null;
    }
}
