package iosim.shell.fs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FlashFileSystemTest {
    private static final Instant T = Instant.parse("2026-03-03T09:42:13Z");

    @TempDir
    Path tmp;

    private FlashFileSystem fs(long total) {
        return new FlashFileSystem(tmp.resolve("flash"), total);
    }

    private static FsException.Reason reason(ThrowingOp op) {
        try {
            op.run();
        } catch (FsException e) {
            return e.reason();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return null;
    }

    interface ThrowingOp {
        void run() throws IOException;
    }

    /** Every file below the test folder (to prove nothing was written outside flash:). */
    private long filesOutsideFlash() throws IOException {
        try (Stream<Path> s = Files.walk(tmp)) {
            return s.filter(Files::isRegularFile).filter(p -> !p.startsWith(tmp.resolve("flash"))).count();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"..", "../x", "a/../../x", "./x", "a/./b", "x\u0000y", "x\ny", "a b", "caf\u00e9",
            "x:y", "x*y", "x?y", "x\\y", "x\"y", "x<y", "x>y", "x|y", ".iosim-tmp-1"})
    void oddNamesAreRefusedAndNothingIsTouched(String name) throws IOException {
        FlashFileSystem fs = fs(1_000_000);
        assertThat(reason(() -> fs.write(name, new byte[] {1}, T))).isEqualTo(FsException.Reason.INVALID);
        assertThat(reason(() -> fs.read(name))).isEqualTo(FsException.Reason.INVALID);
        assertThat(reason(() -> fs.delete(name, true))).isEqualTo(FsException.Reason.INVALID);
        assertThat(reason(() -> fs.mkdir(name, T))).isEqualTo(FsException.Reason.INVALID);
        assertThat(filesOutsideFlash()).isZero();
        assertThat(fs.list("")).isEmpty();
    }

    @Test
    void longNamesAreRefused() {
        FlashFileSystem fs = fs(1_000_000);
        assertThat(reason(() -> fs.write("x".repeat(128), new byte[] {1}, T))).isEqualTo(FsException.Reason.NAME_TOO_LONG);
        assertThat(reason(() -> fs.write("a/".repeat(600), new byte[] {1}, T))).isEqualTo(FsException.Reason.NAME_TOO_LONG);
    }

    @Test
    void symbolicLinksAreNeverFollowed() throws IOException {
        FlashFileSystem fs = fs(1_000_000);
        fs.mkdir("d", T);
        Path outside = Files.writeString(tmp.resolve("secret.txt"), "secret");
        Files.createSymbolicLink(tmp.resolve("flash/link"), outside);
        Files.createSymbolicLink(tmp.resolve("flash/d/up"), tmp);
        assertThat(reason(() -> fs.read("link"))).isEqualTo(FsException.Reason.INVALID);
        assertThat(reason(() -> fs.write("link", new byte[] {1}, T))).isEqualTo(FsException.Reason.INVALID);
        assertThat(reason(() -> fs.write("d/up/secret.txt", new byte[] {1}, T))).isEqualTo(FsException.Reason.INVALID);
        assertThat(reason(() -> fs.delete("d/up/secret.txt", false))).isEqualTo(FsException.Reason.INVALID);
        assertThat(fs.list("").stream().map(FlashFileSystem.Entry::name)).containsExactly("d");
        assertThat(Files.readString(outside)).isEqualTo("secret");
    }

    @Test
    void aFileThatDoesNotFitIsRefusedAndTheOldOneStays() throws IOException {
        FlashFileSystem fs = fs(1000);
        fs.write("a", new byte[600], T);
        assertThat(fs.freeBytes()).isEqualTo(400);
        assertThat(reason(() -> fs.write("b", new byte[401], T))).isEqualTo(FsException.Reason.NO_SPACE);
        fs.write("a", new byte[1000], T); // replacing counts the old size as free
        assertThat(fs.freeBytes()).isZero();
        assertThat(fs.list("").stream().map(FlashFileSystem.Entry::name)).containsExactly("a");
    }

    @Test
    void anInterruptedWriteLeavesTheOldFileAndNoTrace() throws IOException {
        FlashFileSystem fs = fs(1_000_000);
        fs.write("img.bin", "old".getBytes(StandardCharsets.US_ASCII), T);
        InputStream cut = new ByteArrayInputStream(new byte[100]); // 100 of the 5000 promised bytes
        assertThat(reason(() -> fs.write("img.bin", cut, 5000, T))).isEqualTo(FsException.Reason.IO);
        InputStream failing = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("connection reset");
            }
        };
        assertThat(reason(() -> fs.write("img.bin", failing, 10, T))).isEqualTo(FsException.Reason.IO);
        assertThat(new String(fs.read("img.bin"), StandardCharsets.US_ASCII)).isEqualTo("old");
        try (Stream<Path> s = Files.list(tmp.resolve("flash"))) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly("img.bin");
        }
    }

    @Test
    void missingParentsAndDirectoriesAnswerAsIos() throws IOException {
        FlashFileSystem fs = fs(1_000_000);
        assertThat(reason(() -> fs.write("no/x", new byte[] {1}, T))).isEqualTo(FsException.Reason.NOT_FOUND);
        fs.mkdir("d", T);
        assertThat(reason(() -> fs.mkdir("d", T))).isEqualTo(FsException.Reason.DIR_EXISTS);
        assertThat(reason(() -> fs.write("d", new byte[] {1}, T))).isEqualTo(FsException.Reason.IS_DIRECTORY);
        fs.write("d/f", new byte[] {1, 2}, T);
        assertThat(reason(() -> fs.write("d/f/g", new byte[] {1}, T))).isEqualTo(FsException.Reason.NOT_DIRECTORY);
        assertThat(reason(() -> fs.delete("d", false))).isEqualTo(FsException.Reason.IS_DIRECTORY);
        assertThat(reason(() -> fs.rmdir("d"))).isEqualTo(FsException.Reason.NOT_EMPTY);
        assertThat(reason(() -> fs.read("nothing"))).isEqualTo(FsException.Reason.NOT_FOUND);
        assertThat(fs.files("")).containsExactly("d/f");
        fs.rename("d/f", "g");
        assertThat(fs.files("")).containsExactly("g");
        assertThat(fs.stat("g").orElseThrow().modified()).isEqualTo(T);
        fs.delete("d", true);
        assertThat(fs.usedBytes()).isEqualTo(2);
    }

    @Test
    void fileUrlsDecode() {
        assertThat(FileUrl.parse("flash:/a/b.cfg")).extracting(FileUrl::kind, FileUrl::display, FileUrl::fileName)
                .containsExactly(FileUrl.Kind.FLASH, "flash:/a/b.cfg", "b.cfg");
        assertThat(FileUrl.parse("bootflash:x").display()).isEqualTo("flash:/x");
        assertThat(FileUrl.parse("x.cfg").kind()).isEqualTo(FileUrl.Kind.FLASH);
        assertThat(FileUrl.parse("nvram:startup-config").kind()).isEqualTo(FileUrl.Kind.STARTUP);
        assertThat(FileUrl.parse("system:running-config").kind()).isEqualTo(FileUrl.Kind.RUNNING);
        assertThat(FileUrl.parse("usb0:x").kind()).isEqualTo(FileUrl.Kind.UNKNOWN);
    }

    @Test
    void pendingWriteLandsOnlyOnCommitAndNeverPastItsLengthOrTheFreeSpace() throws Exception {
        FlashFileSystem fs = fs(1000);
        fs.write("keep.bin", "old".getBytes(StandardCharsets.UTF_8), Instant.EPOCH);
        assertThatThrownBy(() -> fs.openWrite("big.bin", 998, Instant.EPOCH))
                .isInstanceOfSatisfying(FsException.class, e -> assertThat(e.reason()).isEqualTo(FsException.Reason.NO_SPACE));
        try (FlashFileSystem.PendingWrite w = fs.openWrite("keep.bin", 10, Instant.EPOCH)) {
            w.write("half".getBytes(StandardCharsets.UTF_8));
        } // cut: closed without commit
        assertThat(new String(fs.read("keep.bin"), StandardCharsets.UTF_8)).isEqualTo("old");
        try (FlashFileSystem.PendingWrite w = fs.openWrite("keep.bin", 4, Instant.EPOCH)) {
            w.write("abc".getBytes(StandardCharsets.UTF_8));
            assertThatThrownBy(() -> w.write("de".getBytes(StandardCharsets.UTF_8))).isInstanceOf(FsException.class);
            assertThatThrownBy(w::commit).isInstanceOf(FsException.class); // 3 of 4 bytes
        }
        assertThat(new String(fs.read("keep.bin"), StandardCharsets.UTF_8)).isEqualTo("old");
        try (FlashFileSystem.PendingWrite w = fs.openWrite("keep.bin", 3, Instant.EPOCH)) {
            w.write("new".getBytes(StandardCharsets.UTF_8));
            w.commit();
        }
        assertThat(new String(fs.read("keep.bin"), StandardCharsets.UTF_8)).isEqualTo("new");
        try (Stream<Path> files = Files.list(fs.root())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("keep.bin");
        }
    }
}
