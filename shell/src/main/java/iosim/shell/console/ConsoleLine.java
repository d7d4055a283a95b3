package iosim.shell.console;

/**
 * Which line a {@link JLineConsole} serves. The console line ({@code con0}) greets with
 * {@code Press RETURN to get started!}, starts in user EXEC, always shows log lines and after
 * {@code exit} waits for RETURN again; a vty line starts at the user's privilege, takes
 * {@code terminal length}/{@code width} from the client's window (SSH pty request and window
 * changes), shows log lines through its {@link LogGate}, and ends with the session.
 *
 * @param name      the line's name in {@code Configured from NAME} and {@code show users} ({@code console}, {@code vty0})
 * @param privilege the privilege the session starts with (a vty login's; 1 on the console)
 * @param vty       a vty line (SSH) rather than the console line
 * @param logs      when log and debug lines are shown
 */
public record ConsoleLine(String name, int privilege, boolean vty, LogGate logs) {
    /** The console line. */
    public static ConsoleLine console() {
        return new ConsoleLine("console", 1, false, LogGate.ALWAYS);
    }

    /** A vty line at the login's privilege. */
    public static ConsoleLine vty(String name, int privilege, LogGate logs) {
        return new ConsoleLine(name, privilege, true, logs);
    }
}
