package iosim.shell.lab;

import java.nio.file.Path;

/**
 * One router of a lab: its name, its startup-config file, and where its SSH console listens
 * ({@code sshPort} 0 for none). {@code line} is where the lab file declares it.
 */
public record RouterSpec(String name, Path config, String sshAddress, int sshPort, int line) {
}
