package iosim.shell.ssh;

import iosim.config.mode.Mode;
import iosim.shell.console.LogGate;

/** A vty line's log gate: closed until {@code terminal monitor}, closed again by {@code terminal no monitor}. */
final class MonitorGate implements LogGate {
    private volatile boolean monitor;

    @Override
    public boolean open() {
        return monitor;
    }

    @Override
    public void typed(Mode mode, String line) {
        Boolean m = MonitorSwitch.of(mode, line);
        if (m != null) {
            monitor = m;
        }
    }
}
