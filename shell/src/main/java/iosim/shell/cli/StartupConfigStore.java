package iosim.shell.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * The router's NVRAM: one startup-config file. Saving is atomic: the text goes to a temporary
 * file in the same directory, is forced to disk, then moved over the old file, so a crash
 * leaves either the old or the new startup-config, never a partial one. The temporary file has
 * one fixed name ({@code .NAME.tmp}) so a write killed half-way leaves nothing behind for good:
 * the next store on that file removes it. The saved file keeps its permissions (a new one is
 * {@code rw-r--r--}).
 */
public final class StartupConfigStore {
    private final Path file;

    public StartupConfigStore(Path file) {
        this.file = file.toAbsolutePath();
        try {
            Files.deleteIfExists(tmp());
        } catch (IOException | RuntimeException e) {
            // a leftover we cannot remove is overwritten by the next write
        }
    }

    private Path tmp() {
        return file.resolveSibling("." + file.getFileName() + ".tmp");
    }

    public Path file() {
        return file;
    }

    /** The saved text, or empty when nothing is saved (erased or never written). */
    public Optional<String> read() throws IOException {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
    }

    /** Replaces the saved text atomically. */
    public void write(String text) throws IOException {
        Path dir = file.getParent();
        Files.createDirectories(dir);
        Path tmp = tmp();
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE, StandardOpenOption.SYNC);
            keepMode(tmp);
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Gives the new file the old one's permissions (rw-r--r-- when there was none). */
    private void keepMode(Path tmp) throws IOException {
        if (!tmp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        java.util.Set<java.nio.file.attribute.PosixFilePermission> mode = Files.isRegularFile(file)
                ? Files.getPosixFilePermissions(file)
                : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(tmp, mode);
    }

    /** Removes the saved text ({@code erase startup-config}). */
    public void erase() throws IOException {
        Files.deleteIfExists(file);
    }
}
