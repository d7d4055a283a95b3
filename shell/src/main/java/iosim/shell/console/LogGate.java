package iosim.shell.console;

import iosim.config.mode.Mode;

/**
 * Whether a vty console shows log and debug lines now: only after {@code terminal monitor}, so
 * its gate follows what is typed (the syslog asks it per message, see
 * {@link iosim.shell.cli.Syslog#addMonitorListener}). The console line's messages follow
 * {@code logging console} instead.
 */
public interface LogGate {
    /** Always open. */
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
