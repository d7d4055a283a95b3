package iosim.shell.controller;

import iosim.config.RunningConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * IOS's private NVRAM for the one secret that is not configuration text: the type 6 master key
 * of {@code key config-key password-encrypt}. It is kept beside the startup-config, in
 * {@code <startup-config>.private-config} (one line, {@code key config-key password-encrypt KEY},
 * owner-only where the file system allows), written as soon as the key changes (IOS does not wait
 * for {@code write memory} either), and put back into every new running-config (boot, reload) so
 * type 6 keys stay usable.
 */
final class PrivateNvram {
    private static final String PREFIX = "key config-key password-encrypt ";
    private final Path file;
    private String masterKey;

    PrivateNvram(Path startupConfig) {
        this.file = startupConfig.resolveSibling(startupConfig.getFileName() + ".private-config");
        this.masterKey = read();
    }

    /** Gives a fresh running-config the saved master key. */
    void restoreInto(RunningConfig c) {
        if (masterKey != null && c.passwordEncryption().masterKey() == null) {
            c.passwordEncryption().setMasterKey(masterKey);
        }
    }

    /** Saves the running-config's master key if it changed (removes the file when the key is gone). */
    void follow(RunningConfig c) {
        String now = c.passwordEncryption().masterKey();
        if (Objects.equals(now, masterKey)) {
            return;
        }
        masterKey = now;
        try {
            if (now == null) {
                Files.deleteIfExists(file);
            } else {
                Files.writeString(file, PREFIX + now + "\n", StandardCharsets.UTF_8);
                try {
                    Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException | IOException e) {
                    // not a POSIX file system: the file keeps its default permissions
                }
            }
        } catch (IOException e) {
            // NVRAM not writable: the key lives until the next reload, as with a failed write memory
        }
    }

    private String read() {
        try {
            if (!Files.isRegularFile(file)) {
                return null;
            }
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.startsWith(PREFIX) && line.length() > PREFIX.length()) {
                    return line.substring(PREFIX.length()).strip();
                }
            }
        } catch (IOException e) {
            // unreadable private NVRAM: no master key
        }
        return null;
    }
}
