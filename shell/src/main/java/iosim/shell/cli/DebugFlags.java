package iosim.shell.cli;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Which {@code debug} switches are on (read by the IKEv2/IPsec glue when it prints). */
public final class DebugFlags {
    private final Set<String> on = new LinkedHashSet<>();

    public synchronized void set(String flag, boolean enabled) {
        if (enabled) {
            on.add(flag);
        } else {
            on.remove(flag);
        }
    }

    public synchronized boolean isOn(String flag) {
        return on.contains(flag);
    }

    public synchronized void clear() {
        on.clear();
    }

    public synchronized List<String> flags() {
        return List.copyOf(on);
    }
}
