package iosim.shell.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** write memory: atomic, the file's mode kept, and no temporary file left behind for good. */
class StartupConfigStoreTest {
    @TempDir
    Path dir;

    @Test
    void aSaveKeepsTheFileModeAndANewFileIsWorldReadable() throws Exception {
        Path cfg = dir.resolve("R1.cfg");
        StartupConfigStore store = new StartupConfigStore(cfg);
        store.write("hostname R1\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(cfg))).isEqualTo("rw-r--r--");
        Files.setPosixFilePermissions(cfg, PosixFilePermissions.fromString("rw-rw----"));
        store.write("hostname R2\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(cfg))).isEqualTo("rw-rw----");
        assertThat(store.read()).contains("hostname R2\n");
    }

    @Test
    void aWriteKilledHalfWayLeavesNoTemporaryFileForGood() throws Exception {
        Path cfg = dir.resolve("R1.cfg");
        Files.writeString(cfg, "hostname R1\n");
        Files.writeString(dir.resolve(".R1.cfg.tmp"), "hostname HALF-WRI"); // what a killed save leaves
        StartupConfigStore store = new StartupConfigStore(cfg);
        assertThat(store.read()).contains("hostname R1\n");
        store.write("hostname R3\n");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("R1.cfg");
        }
        assertThat(store.read()).contains("hostname R3\n");
    }
}
