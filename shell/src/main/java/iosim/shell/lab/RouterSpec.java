package iosim.shell.lab;

import java.nio.file.Path;

/**
 * One router of a lab: its name, its startup-config file, and where its SSH console listens
 * ({@code sshPort} 0 for none), and its {@code platform:} (IOSv-like by default). {@code line} is
 * where the lab file declares it.
 */
public record RouterSpec(String name, Path config, String sshAddress, int sshPort, int line,
                         iosim.config.Platform platform) {
    /** An IOSv-like router (the default platform). */
    public RouterSpec(String name, Path config, String sshAddress, int sshPort, int line) {
        this(name, config, sshAddress, sshPort, line, iosim.config.Platform.IOSV);
    }
}
