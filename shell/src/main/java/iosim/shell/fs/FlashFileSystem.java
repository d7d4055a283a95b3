package iosim.shell.fs;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A router's {@code flash:} file system over a folder of the host (the root handed to the
 * router). Paths are IOS paths relative to the root ({@code ""} is the root, {@code dir/file});
 * every one is checked before the host is touched: no {@code .} or {@code ..} component, only
 * printable ASCII without {@code \ : * ? " < > |}, components of at most 127 characters, and no
 * symbolic link is followed, so nothing outside the root is ever read or written. Writes are
 * atomic (a hidden temporary file in the same folder, forced to disk, then moved over the old
 * one), so a failed or interrupted write leaves the old file or none, never half a file. The
 * file system has a fixed size ({@link #totalBytes()}); a write that does not fit fails with
 * {@link FsException.Reason#NO_SPACE}. Not thread-safe beyond what the host's file system gives.
 */
public final class FlashFileSystem {
    /** The size of an ISR G2's compact flash, as {@code dir flash:} reports it. */
    public static final long DEFAULT_TOTAL_BYTES = 256_487_424L;
    /** The largest file {@link #read} returns whole (configuration files, {@code more}). */
    public static final int MAX_READ_BYTES = 16 * 1024 * 1024;
    private static final String TEMP_PREFIX = ".iosim-tmp-";
    private static final int MAX_COMPONENT = 127;
    private static final int MAX_PATH = 1023;

    /** One directory entry. */
    public record Entry(String name, boolean directory, long size, Instant modified) {}

    private final Path root;
    private final long totalBytes;

    public FlashFileSystem(Path root) {
        this(root, DEFAULT_TOTAL_BYTES);
    }

    public FlashFileSystem(Path root, long totalBytes) {
        this.root = root.toAbsolutePath().normalize();
        this.totalBytes = totalBytes;
    }

    /** The host folder (tests, SCP). */
    public Path root() {
        return root;
    }

    public long totalBytes() {
        return totalBytes;
    }

    /** Bytes in files (directories count 0). */
    public long usedBytes() {
        if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
            return 0;
        }
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .filter(p -> !p.getFileName().toString().startsWith(TEMP_PREFIX))
                    .mapToLong(p -> {
                        try {
                            return Files.size(p);
                        } catch (IOException e) {
                            return 0;
                        }
                    }).sum();
        } catch (IOException | java.io.UncheckedIOException e) {
            return 0;
        }
    }

    public long freeBytes() {
        return Math.max(0, totalBytes - usedBytes());
    }

    /**
     * Checks an IOS path and returns it normalised ({@code /a//b/} to {@code a/b}).
     *
     * @throws FsException INVALID for {@code .}, {@code ..} or a forbidden byte, NAME_TOO_LONG
     */
    public static String normalize(String path) throws FsException {
        if (path.length() > MAX_PATH) {
            throw new FsException(FsException.Reason.NAME_TOO_LONG);
        }
        List<String> parts = new ArrayList<>();
        for (String part : path.split("/")) {
            if (part.isEmpty()) {
                continue;
            }
            if (part.equals(".") || part.equals("..") || part.startsWith(TEMP_PREFIX)) {
                throw new FsException(FsException.Reason.INVALID);
            }
            if (part.length() > MAX_COMPONENT) {
                throw new FsException(FsException.Reason.NAME_TOO_LONG);
            }
            for (int i = 0; i < part.length(); i++) {
                char c = part.charAt(i);
                if (c <= 0x20 || c >= 0x7f || "\\:*?\"<>|".indexOf(c) >= 0) {
                    throw new FsException(FsException.Reason.INVALID);
                }
            }
            parts.add(part);
        }
        return String.join("/", parts);
    }

    /** The host path of a checked IOS path; no component on the way may be a symbolic link. */
    private Path host(String path) throws FsException {
        String p = normalize(path);
        Path h = root;
        if (p.isEmpty()) {
            return h;
        }
        for (String part : p.split("/")) {
            h = h.resolve(part);
            if (Files.isSymbolicLink(h)) {
                throw new FsException(FsException.Reason.INVALID);
            }
        }
        if (!h.normalize().startsWith(root)) {
            throw new FsException(FsException.Reason.INVALID);
        }
        return h;
    }

    /** The entry at {@code path}, if any ({@code ""}: the root, a directory even before the first write). */
    public Optional<Entry> stat(String path) throws FsException {
        Path h = host(path);
        if (h.equals(root)) {
            return Optional.of(new Entry("", true, 0, Instant.EPOCH));
        }
        try {
            BasicFileAttributes a = Files.readAttributes(h, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return Optional.of(new Entry(h.getFileName().toString(), a.isDirectory(),
                    a.isDirectory() ? 0 : a.size(), a.lastModifiedTime().toInstant()));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (java.nio.file.FileSystemException e) {
            if (String.valueOf(e.getReason()).contains("Not a directory")) {
                return Optional.empty(); // a file on the way: the parent check names it
            }
            throw new FsException(FsException.Reason.IO);
        } catch (IOException e) {
            throw new FsException(FsException.Reason.IO);
        }
    }

    /** A directory's entries, by name. */
    public List<Entry> list(String dir) throws FsException {
        Path h = host(dir);
        Entry self = stat(dir).orElseThrow(() -> new FsException(FsException.Reason.NOT_FOUND));
        if (!self.directory()) {
            throw new FsException(FsException.Reason.NOT_DIRECTORY);
        }
        if (!Files.isDirectory(h)) {
            return List.of(); // the root before anything was written
        }
        List<Entry> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(h)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                String name = p.getFileName().toString();
                if (name.startsWith(TEMP_PREFIX) || Files.isSymbolicLink(p)) {
                    continue;
                }
                try {
                    normalize(name);
                } catch (FsException bad) {
                    continue; // a host file IOS could not name
                }
                BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                out.add(new Entry(name, a.isDirectory(), a.isDirectory() ? 0 : a.size(),
                        a.lastModifiedTime().toInstant()));
            }
        } catch (IOException e) {
            throw new FsException(FsException.Reason.IO);
        }
        out.sort(Comparator.comparing(Entry::name));
        return out;
    }

    /** Every file below {@code dir}, as paths relative to it, depth first by name. */
    public List<String> files(String dir) throws FsException {
        List<String> out = new ArrayList<>();
        String base = normalize(dir);
        for (Entry e : list(base)) {
            String p = base.isEmpty() ? e.name() : base + "/" + e.name();
            if (e.directory()) {
                for (String f : files(p)) {
                    out.add(e.name() + "/" + f);
                }
            } else {
                out.add(e.name());
            }
        }
        return out;
    }

    /** A whole file (at most {@link #MAX_READ_BYTES}). */
    public byte[] read(String path) throws FsException {
        Entry e = stat(path).orElseThrow(() -> new FsException(FsException.Reason.NOT_FOUND));
        if (e.directory()) {
            throw new FsException(FsException.Reason.IS_DIRECTORY);
        }
        if (e.size() > MAX_READ_BYTES) {
            throw new FsException(FsException.Reason.TOO_BIG);
        }
        try {
            return Files.readAllBytes(host(path));
        } catch (NoSuchFileException e2) {
            throw new FsException(FsException.Reason.NOT_FOUND);
        } catch (IOException e2) {
            throw new FsException(FsException.Reason.IO);
        }
    }

    /** Opens a file for streaming (copies, checksums, SCP). */
    public InputStream open(String path) throws FsException {
        Entry e = stat(path).orElseThrow(() -> new FsException(FsException.Reason.NOT_FOUND));
        if (e.directory()) {
            throw new FsException(FsException.Reason.IS_DIRECTORY);
        }
        try {
            return Files.newInputStream(host(path), LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e2) {
            throw new FsException(FsException.Reason.IO);
        }
    }

    /** Writes a whole file atomically. */
    public void write(String path, byte[] data, Instant modified) throws FsException {
        write(path, new java.io.ByteArrayInputStream(data), data.length, modified);
    }

    /**
     * Writes {@code length} bytes from {@code in} as the file {@code path}, atomically: the old
     * file (if any) stays until all bytes have arrived and reached the disk. Fails without a trace
     * when the stream ends early, the bytes do not fit, the parent is missing or is a file.
     */
    public void write(String path, InputStream in, long length, Instant modified) throws FsException {
        try (PendingWrite w = openWrite(path, length, modified)) {
            byte[] buf = new byte[65536];
            long copied = 0;
            while (copied < length) {
                int n = in.read(buf, 0, (int) Math.min(buf.length, length - copied));
                if (n < 0) {
                    throw new FsException(FsException.Reason.IO); // the sender stopped early
                }
                w.write(buf, 0, n);
                copied += n;
            }
            w.commit();
        } catch (FsException e) {
            throw e;
        } catch (IOException e) {
            throw new FsException(FsException.Reason.IO);
        }
    }

    /**
     * Starts writing the file {@code path} of exactly {@code length} bytes (SCP, SFTP, copies):
     * the bytes go to a hidden temporary file beside it; {@link PendingWrite#commit()} moves it
     * over the old file once all have arrived, {@link PendingWrite#close()} without a commit
     * throws it away. Checked first: the name, the parent, and the free space.
     */
    public PendingWrite openWrite(String path, long length, Instant modified) throws FsException {
        String p = normalize(path);
        if (p.isEmpty()) {
            throw new FsException(FsException.Reason.IS_DIRECTORY);
        }
        Path h = host(p);
        Optional<Entry> old = stat(p);
        if (old.isPresent() && old.get().directory()) {
            throw new FsException(FsException.Reason.IS_DIRECTORY);
        }
        int slash = p.lastIndexOf('/');
        if (slash > 0) {
            Entry parent = stat(p.substring(0, slash)).orElseThrow(() -> new FsException(FsException.Reason.NOT_FOUND));
            if (!parent.directory()) {
                throw new FsException(FsException.Reason.NOT_DIRECTORY);
            }
        }
        if (length < 0 || length - old.map(Entry::size).orElse(0L) > freeBytes()) {
            throw new FsException(FsException.Reason.NO_SPACE);
        }
        try {
            Files.createDirectories(root);
            FileTime parentTime = Files.getLastModifiedTime(h.getParent());
            Path tmp = Files.createTempFile(h.getParent(), TEMP_PREFIX, "");
            return new PendingWrite(h, tmp, length, modified, parentTime);
        } catch (IOException e) {
            throw new FsException(FsException.Reason.IO);
        }
    }

    /** A file being written: at most its announced length, then {@link #commit()}; closing without it discards. */
    public static final class PendingWrite extends java.io.OutputStream {
        private final Path target;
        private final Path tmp;
        private final long length;
        private final Instant modified;
        private final FileTime parentTime;
        private final java.io.OutputStream out;
        private long written;
        private boolean finished;

        private PendingWrite(Path target, Path tmp, long length, Instant modified, FileTime parentTime)
                throws IOException {
            this.parentTime = parentTime;
            this.target = target;
            this.tmp = tmp;
            this.length = length;
            this.modified = modified;
            this.out = Files.newOutputStream(tmp, StandardOpenOption.WRITE, StandardOpenOption.SYNC);
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (finished || written + len > length) {
                throw new FsException(FsException.Reason.TOO_BIG);
            }
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                throw new FsException(e.getMessage() != null && e.getMessage().contains("No space")
                        ? FsException.Reason.NO_SPACE : FsException.Reason.IO);
            }
            written += len;
        }

        /** Moves the complete file into place (fails, keeping the old file, when bytes are missing). */
        public void commit() throws FsException {
            if (finished) {
                return;
            }
            try {
                out.close();
                if (written != length) {
                    throw new FsException(FsException.Reason.IO);
                }
                Files.setLastModifiedTime(tmp, FileTime.from(modified));
                try {
                    Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
                }
                finished = true;
                keepTime(target.getParent(), parentTime);
            } catch (FsException e) {
                throw e;
            } catch (IOException e) {
                throw new FsException(FsException.Reason.IO);
            } finally {
                if (!finished) {
                    discard();
                }
            }
        }

        /** Without a {@link #commit()}: throws the partial file away, the old one stays. */
        @Override
        public void close() {
            if (!finished) {
                discard();
            }
        }

        private void discard() {
            finished = true;
            try {
                out.close();
            } catch (IOException ignored) {
                // removed below anyway
            }
            try {
                Files.deleteIfExists(tmp);
                keepTime(target.getParent(), parentTime);
            } catch (IOException ignored) {
                // nothing more to do
            }
        }
    }

    /** Deletes a file, or a directory with everything in it when {@code recursive}. */
    public void delete(String path, boolean recursive) throws FsException {
        String p = normalize(path);
        Entry e = stat(p).orElseThrow(() -> new FsException(FsException.Reason.NOT_FOUND));
        if (p.isEmpty()) {
            throw new FsException(FsException.Reason.INVALID);
        }
        if (e.directory() && !recursive) {
            throw new FsException(FsException.Reason.IS_DIRECTORY);
        }
        try {
            if (e.directory()) {
                for (Entry child : list(p)) {
                    delete(p + "/" + child.name(), true);
                }
            }
            Path h = host(p);
            FileTime parentTime = Files.getLastModifiedTime(h.getParent());
            Files.delete(h);
            keepTime(h.getParent(), parentTime);
        } catch (NoSuchFileException x) {
            throw new FsException(FsException.Reason.NOT_FOUND);
        } catch (FsException x) {
            throw x;
        } catch (IOException x) {
            throw new FsException(FsException.Reason.IO);
        }
    }

    /** Renames (moves) within flash:; the target must not be a directory. */
    public void rename(String from, String to) throws FsException {
        String f = normalize(from);
        String t = normalize(to);
        stat(f).orElseThrow(() -> new FsException(FsException.Reason.NOT_FOUND));
        if (f.isEmpty() || t.isEmpty()) {
            throw new FsException(FsException.Reason.INVALID);
        }
        Optional<Entry> target = stat(t);
        if (target.isPresent() && target.get().directory()) {
            throw new FsException(FsException.Reason.IS_DIRECTORY);
        }
        try {
            Path from0 = host(f).getParent();
            Path to0 = host(t).getParent();
            FileTime fromTime = Files.getLastModifiedTime(from0);
            FileTime toTime = Files.getLastModifiedTime(to0);
            Files.move(host(f), host(t), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            keepTime(from0, fromTime);
            keepTime(to0, toTime);
        } catch (NoSuchFileException x) {
            throw new FsException(FsException.Reason.NOT_FOUND);
        } catch (IOException x) {
            throw new FsException(FsException.Reason.IO);
        }
    }

    public void mkdir(String path, Instant modified) throws FsException {
        String p = normalize(path);
        if (p.isEmpty() || stat(p).isPresent()) {
            throw new FsException(FsException.Reason.DIR_EXISTS);
        }
        try {
            Files.createDirectories(root);
            Path h = host(p);
            FileTime parentTime = Files.getLastModifiedTime(h.getParent());
            Files.createDirectory(h);
            Files.setLastModifiedTime(h, FileTime.from(modified));
            keepTime(h.getParent(), parentTime);
        } catch (FileAlreadyExistsException x) {
            throw new FsException(FsException.Reason.DIR_EXISTS);
        } catch (NoSuchFileException x) {
            throw new FsException(FsException.Reason.NOT_FOUND);
        } catch (IOException x) {
            throw new FsException(FsException.Reason.IO);
        }
    }

    public void rmdir(String path) throws FsException {
        String p = normalize(path);
        Entry e = stat(p).orElseThrow(() -> new FsException(FsException.Reason.NOT_FOUND));
        if (p.isEmpty()) {
            throw new FsException(FsException.Reason.INVALID);
        }
        if (!e.directory()) {
            throw new FsException(FsException.Reason.NOT_DIRECTORY);
        }
        try {
            Path h = host(p);
            FileTime parentTime = Files.getLastModifiedTime(h.getParent());
            Files.delete(h);
            keepTime(h.getParent(), parentTime);
        } catch (DirectoryNotEmptyException x) {
            throw new FsException(FsException.Reason.NOT_EMPTY);
        } catch (IOException x) {
            throw new FsException(FsException.Reason.IO);
        }
    }

    /** A directory's date is when it was made (as {@code dir} shows it), not its last change. */
    private static void keepTime(Path dir, FileTime time) throws IOException {
        Files.setLastModifiedTime(dir, time);
    }
}
