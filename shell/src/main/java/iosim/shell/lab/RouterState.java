package iosim.shell.lab;

import java.nio.file.Path;

/**
 * Where one router keeps what a real router keeps in NVRAM and flash, so a lab's own files are
 * never written: one folder per router, with
 * <ul>
 *   <li>{@code startup-config}: read at boot, written by {@code write memory};</li>
 *   <li>{@code startup-config.private-config}: private NVRAM (the type 6 master key);</li>
 *   <li>{@code keys/}: SSH host keys and other key pairs kept across restarts;</li>
 *   <li>{@code flash/}: the router's {@code flash:} file system (captures exported there).</li>
 * </ul>
 */
public record RouterState(Path dir) {
    public RouterState {
        dir = dir.toAbsolutePath().normalize();
    }

    public Path startupConfig() {
        return dir.resolve("startup-config");
    }

    public Path privateConfig() {
        return dir.resolve("startup-config.private-config");
    }

    public Path keys() {
        return dir.resolve("keys");
    }

    public Path flash() {
        return dir.resolve("flash");
    }

    /** Marks a folder whose startup-config was seeded from a lab file (so an erase stays erased). */
    Path seededMarker() {
        return dir.resolve(".seeded-from");
    }

    /**
     * The user's state directory for iosim: {@code $XDG_STATE_HOME/iosim}, else
     * {@code ~/.local/state/iosim}.
     */
    public static Path userStateHome() {
        String xdg = System.getenv("XDG_STATE_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "iosim");
        }
        return Path.of(System.getProperty("user.home"), ".local", "state", "iosim");
    }

    /** {@code ./iosim router} without {@code --startup-config}: one blank router's state. */
    public static RouterState singleRouter(Path stateOrNull) {
        return new RouterState(stateOrNull != null ? stateOrNull : userStateHome().resolve("router"));
    }
}
