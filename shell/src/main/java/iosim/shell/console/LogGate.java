package iosim.shell.console;

import iosim.config.mode.Mode;

/**
 * Whether a console shows log and debug lines now. The console line always does ({@code logging
 * console}); a vty line only after {@code terminal monitor}, so its gate follows what is typed.
 */
public interface LogGate {
    /** The console line: log lines always shown. */
    LogGate ALWAYS = new LogGate() {
        @Override
        public boolean open() {
            return true;
        }
    };

    boolean open();

    /** Told each line before it runs, with the mode it runs in. */
    default void typed(Mode mode, String line) {
    }
}
