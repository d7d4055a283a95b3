package iosim.shell.cli;

import iosim.grammar.IosParser;
import iosim.shell.fs.FileUrl;
import iosim.shell.fs.FlashFileSystem;
import iosim.shell.fs.FsException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The file-system EXEC commands over the router's {@code flash:}, NVRAM and running-config:
 * {@code copy}, {@code dir}, {@code more}, {@code delete}, {@code rename}, {@code mkdir},
 * {@code rmdir}, {@code verify /md5}, {@code show flash:}, with IOS's questions as
 * {@code file prompt} asks them (alert, the default: file names and destructive operations;
 * quiet: none; noisy: every one) and IOS's {@code %Error ... (reason)} answers.
 */
final class FileCommands {
    private final CliSession session;

    FileCommands(CliSession session) {
        this.session = session;
    }

    private Router router() {
        return session.router();
    }

    private FlashFileSystem flash() {
        return router().flash();
    }

    private void print(String text) {
        session.terminal().print(text);
    }

    private boolean quiet() {
        return "quiet".equals(router().config().filePrompt());
    }

    /** A question with a default in brackets; null when the user aborted; {@code dflt} when quiet or Enter. */
    private String askName(String question, String dflt) {
        if (quiet()) {
            return dflt;
        }
        String a = session.terminal().confirm(question + " [" + dflt + "]? ");
        if (a == null) {
            return null;
        }
        return a.strip().isEmpty() ? dflt : a.strip();
    }

    /** {@code [confirm]}: true unless the user answered no or aborted; asked only when not quiet. */
    private boolean confirm(String question) {
        if (quiet()) {
            return true;
        }
        String a = session.terminal().confirm(question);
        if (a == null) {
            return false;
        }
        String s = a.strip().toLowerCase(Locale.ROOT);
        return s.isEmpty() || s.startsWith("y");
    }

    private static String reason(FsException e) {
        return e.reason().text();
    }

    void run(IosParser.File_cmdContext c) {
        if (c.dir_cmd() != null) {
            dir(c.dir_cmd());
        } else if (c.more_cmd() != null) {
            more(url(c.more_cmd().more_target().file_target()));
        } else if (c.delete_cmd() != null) {
            delete(c.delete_cmd());
        } else if (c.rename_cmd() != null) {
            rename(FileUrl.parse(c.rename_cmd().rename_from().getText()), FileUrl.parse(c.rename_cmd().rename_to().getText()));
        } else if (c.mkdir_cmd() != null) {
            mkdir(FileUrl.parse(c.mkdir_cmd().mkdir_target().getText()));
        } else if (c.rmdir_cmd() != null) {
            rmdir(FileUrl.parse(c.rmdir_cmd().rmdir_target().getText()));
        } else if (c.verify_cmd() != null) {
            verify(c.verify_cmd());
        }
    }

    private static FileUrl url(IosParser.File_targetContext t) {
        return FileUrl.parse(t.getText());
    }

    // ---- copy ---------------------------------------------------------------------------------

    void copy(IosParser.Copy_cmdContext c) {
        FileUrl src = url(c.copy_source().file_target());
        FileUrl dst = url(c.copy_dest().file_target());
        if (src.kind() == FileUrl.Kind.FLASH && src.path().replace("/", "").isEmpty()) {
            String name = quiet() ? "" : session.terminal().confirm("Source filename []? ");
            if (name == null) {
                return;
            }
            src = src.withPath(name.strip());
        }
        if (src.kind() == FileUrl.Kind.RUNNING && dst.kind() == FileUrl.Kind.STARTUP) {
            if (askName("Destination filename", "startup-config") == null) {
                return;
            }
            save();
            return;
        }
        Instant start = router().clock().instant();
        Optional<byte[]> data = read(src, "%Error opening ");
        if (data.isEmpty()) {
            return;
        }
        switch (dst.kind()) {
            case RUNNING -> {
                if (askName("Destination filename", "running-config") == null) {
                    return;
                }
                String text = new String(data.get(), StandardCharsets.UTF_8);
                List<String> errors = new StartupConfigLoader(router()).load(src.fileName(), text);
                errors.forEach(e -> print(e + "\n"));
                router().markModified();
                print(FileText.copied(data.get().length, secondsSince(start)));
            }
            case STARTUP -> {
                if (askName("Destination filename", "startup-config") == null) {
                    return;
                }
                try {
                    router().startup().write(new String(data.get(), StandardCharsets.UTF_8));
                    print(FileText.copied(data.get().length, secondsSince(start)));
                } catch (IOException e) {
                    print("%Error opening nvram:/startup-config (I/O error)\n");
                }
            }
            case FLASH -> copyToFlash(src, dst, data.get(), start);
            case UNKNOWN -> print("%Error opening " + dst.typed() + " (No such device)\n");
            default -> print("%Error opening " + dst.display() + " (Permission denied)\n");
        }
    }

    private void copyToFlash(FileUrl src, FileUrl dst, byte[] data, Instant start) {
        String dflt = dst.fileName().isEmpty() ? src.fileName() : dst.path().replaceFirst("^/+", "");
        String answer = askName("Destination filename", dflt);
        if (answer == null) {
            return;
        }
        FileUrl target = FileUrl.parse(answer.contains(":") ? answer : "flash:" + answer);
        if (target.kind() != FileUrl.Kind.FLASH) {
            print("%Error opening " + target.display() + " (Permission denied)\n");
            return;
        }
        try {
            String path = FlashFileSystem.normalize(target.path());
            Optional<FlashFileSystem.Entry> existing = flash().stat(path);
            if (existing.isPresent() && existing.get().directory()) {
                path = path.isEmpty() ? src.fileName() : path + "/" + src.fileName();
                FlashFileSystem.normalize(path);
                existing = flash().stat(path);
                target = target.withPath(path);
            }
            if (existing.isPresent() && !quiet()) {
                print("%Warning:There is a file already existing with this name \n");
                if (!confirm("Do you want to over write? [confirm]")) {
                    return;
                }
            }
            flash().write(path, data, router().clock().instant());
            print(FileText.copied(data.length, secondsSince(start)));
        } catch (FsException e) {
            print("%Error opening " + target.display() + " (" + reason(e) + ")\n");
        }
    }

    /** The bytes of a source file, or empty after printing IOS's error ({@code prefix} + name + reason). */
    Optional<byte[]> read(FileUrl src, String prefix) {
        try {
            return switch (src.kind()) {
                case RUNNING -> Optional.of(router().config().render().getBytes(StandardCharsets.UTF_8));
                case STARTUP -> {
                    Optional<String> text = router().startup().read();
                    if (text.isEmpty()) {
                        throw new FsException(FsException.Reason.NOT_FOUND);
                    }
                    yield Optional.of(text.get().getBytes(StandardCharsets.UTF_8));
                }
                case FLASH -> Optional.of(flash().read(src.path()));
                case NVRAM, SYSTEM -> throw new FsException(FsException.Reason.NOT_FOUND);
                case UNKNOWN -> {
                    print(prefix + src.typed() + " (No such device)\n");
                    yield Optional.empty();
                }
            };
        } catch (FsException e) {
            print(prefix + src.display() + " (" + reason(e) + ")\n");
        } catch (IOException e) {
            print(prefix + src.display() + " (I/O error)\n");
        }
        return Optional.empty();
    }

    private double secondsSince(Instant start) {
        return Duration.between(start, router().clock().instant()).toNanos() / 1e9;
    }

    private void save() {
        print("Building configuration...\n");
        try {
            router().save();
            print("[OK]\n");
        } catch (IOException e) {
            print("%Error writing nvram:/startup-config (I/O error)\n");
        }
    }

    // ---- dir, show flash:, more -----------------------------------------------------------------

    private void dir(IosParser.Dir_cmdContext c) {
        FileUrl u = c.dir_target() == null ? FileUrl.parse("flash:") : FileUrl.parse(c.dir_target().getText());
        boolean recursive = c.dir_option() != null && c.dir_option().getText().equals("/recursive");
        switch (u.kind()) {
            case FLASH -> dirFlash(u, recursive);
            case NVRAM, STARTUP -> print(nvramDir());
            case RUNNING, SYSTEM -> print(FileText.dir("system:/", List.of(new FileText.DirRow(1, "-rw-",
                    router().config().render().getBytes(StandardCharsets.UTF_8).length, null, "running-config")), 0, 0));
            case UNKNOWN -> print("%Error opening " + u.typed() + " (No such device)\n");
        }
    }

    private void dirFlash(FileUrl u, boolean recursive) {
        try {
            String path = FlashFileSystem.normalize(u.path());
            FlashFileSystem.Entry e = flash().stat(path).orElseThrow(() -> new FsException(FsException.Reason.NOT_FOUND));
            FlashFileSystem fs = flash();
            if (!e.directory()) {
                print(FileText.dir("flash:/" + path, List.of(new FileText.DirRow(1, "-rw-", e.size(), e.modified(),
                        e.name())), fs.totalBytes(), fs.freeBytes()));
                return;
            }
            List<String> dirs = new ArrayList<>(List.of(path));
            StringBuilder out = new StringBuilder();
            int index = 1;
            for (int d = 0; d < dirs.size(); d++) {
                String dir = dirs.get(d);
                List<FileText.DirRow> rows = new ArrayList<>();
                for (FlashFileSystem.Entry x : fs.list(dir)) {
                    rows.add(new FileText.DirRow(index++, x.directory() ? "drw-" : "-rw-", x.size(), x.modified(), x.name()));
                    if (x.directory() && recursive) {
                        dirs.add(dir.isEmpty() ? x.name() : dir + "/" + x.name());
                    }
                }
                String text = FileText.dir("flash:/" + (dir.isEmpty() ? "" : dir + "/"), rows, fs.totalBytes(), fs.freeBytes());
                if (d < dirs.size() - 1) {
                    text = text.substring(0, text.lastIndexOf('\n', text.length() - 2) + 1); // the total once, at the end
                }
                out.append(text);
            }
            print(out.toString());
        } catch (FsException x) {
            print("%Error opening " + u.display() + " (" + reason(x) + ")\n");
        }
    }

    private String nvramDir() {
        List<FileText.DirRow> rows = new ArrayList<>();
        long used = 0;
        try {
            Optional<String> s = router().startup().read();
            if (s.isPresent()) {
                int n = s.get().getBytes(StandardCharsets.UTF_8).length;
                rows.add(new FileText.DirRow(1, "-rw-", n, null, "startup-config"));
                used += n;
            }
        } catch (IOException e) {
            // shown as absent
        }
        return FileText.dir("nvram:/", rows, SystemText.NVRAM_BYTES, SystemText.NVRAM_BYTES - used);
    }

    String showFlash() {
        try {
            FlashFileSystem fs = flash();
            List<String> paths = fs.files("");
            List<FlashFileSystem.Entry> entries = new ArrayList<>();
            for (String p : paths) {
                entries.add(fs.stat(p).orElseThrow(() -> new FsException(FsException.Reason.NOT_FOUND)));
            }
            return FileText.showFlash(paths, entries, fs.freeBytes(), fs.usedBytes());
        } catch (FsException e) {
            return "%Error opening flash:/ (" + reason(e) + ")\n";
        }
    }

    private void more(FileUrl u) {
        Optional<byte[]> data = u.kind() == FileUrl.Kind.FLASH && u.path().replace("/", "").isEmpty()
                ? Optional.empty() : read(u, "%Error opening ");
        if (u.kind() == FileUrl.Kind.FLASH && u.path().replace("/", "").isEmpty()) {
            print("%Error opening flash:/ (Is a directory)\n");
        }
        if (data.isEmpty()) {
            return;
        }
        StringBuilder b = new StringBuilder(data.get().length + 1);
        for (byte x : data.get()) {
            int v = x & 0xff;
            b.append(v == '\n' || v == '\t' || v >= 0x20 && v < 0x7f ? (char) v : v == '\r' ? "" : ".");
        }
        if (b.length() > 0 && b.charAt(b.length() - 1) != '\n') {
            b.append('\n');
        }
        print(b.toString());
    }

    // ---- delete, rename, mkdir, rmdir ---------------------------------------------------------------

    private void delete(IosParser.Delete_cmdContext c) {
        boolean force = false;
        boolean recursive = false;
        for (IosParser.Delete_optionContext o : c.delete_option()) {
            force |= o.getText().equals("/force");
            recursive |= o.getText().equals("/recursive");
        }
        FileUrl u = FileUrl.parse(c.delete_target().getText());
        if (u.kind() != FileUrl.Kind.FLASH) {
            print("%Error deleting " + u.display() + " (Permission denied)\n");
            return;
        }
        String name = force ? u.path() : askName("Delete filename", u.path().replaceFirst("^/+", ""));
        if (name == null) {
            return;
        }
        FileUrl target = FileUrl.parse(name.contains(":") ? name : "flash:" + name);
        try {
            String path = FlashFileSystem.normalize(target.path());
            FlashFileSystem.Entry e = flash().stat(path).orElseThrow(() -> new FsException(FsException.Reason.NOT_FOUND));
            if (e.directory() && !recursive) {
                throw new FsException(FsException.Reason.IS_DIRECTORY);
            }
            if (!force && !confirm("Delete flash:/" + path + (e.directory() ? "/" : "") + "? [confirm]")) {
                return;
            }
            flash().delete(path, recursive);
        } catch (FsException x) {
            print("%Error deleting " + target.display() + " (" + reason(x) + ")\n");
        }
    }

    private void rename(FileUrl from, FileUrl to) {
        if (from.kind() != FileUrl.Kind.FLASH || to.kind() != FileUrl.Kind.FLASH) {
            print("%Error renaming " + from.display() + " (Permission denied)\n");
            return;
        }
        String name = askName("Destination filename", to.path().replaceFirst("^/+", ""));
        if (name == null) {
            return;
        }
        try {
            flash().rename(from.path(), FileUrl.parse(name.contains(":") ? name : "flash:" + name).path());
        } catch (FsException x) {
            print("%Error renaming " + from.display() + " (" + reason(x) + ")\n");
        }
    }

    private void mkdir(FileUrl u) {
        if (u.kind() != FileUrl.Kind.FLASH) {
            print("%Error Creating dir " + u.display() + " (Permission denied)\n");
            return;
        }
        String name = askName("Create directory filename", u.path().replaceFirst("^/+", ""));
        if (name == null) {
            return;
        }
        FileUrl target = FileUrl.parse(name.contains(":") ? name : "flash:" + name);
        try {
            flash().mkdir(target.path(), router().clock().instant());
            print("Created dir " + target.display() + "\n");
        } catch (FsException x) {
            print("%Error Creating dir " + target.display() + " (" + reason(x) + ")\n");
        }
    }

    private void rmdir(FileUrl u) {
        if (u.kind() != FileUrl.Kind.FLASH) {
            print("%Error Removing dir " + u.display() + " (Permission denied)\n");
            return;
        }
        String name = askName("Remove directory filename", u.path().replaceFirst("^/+", ""));
        if (name == null) {
            return;
        }
        FileUrl target = FileUrl.parse(name.contains(":") ? name : "flash:" + name);
        try {
            String path = FlashFileSystem.normalize(target.path());
            FlashFileSystem.Entry e = flash().stat(path).orElseThrow(() -> new FsException(FsException.Reason.NOT_FOUND));
            if (!e.directory()) {
                throw new FsException(FsException.Reason.NOT_DIRECTORY);
            }
            if (!confirm("Delete flash:/" + path + "? [confirm]")) {
                return;
            }
            flash().rmdir(path);
            print("Removed dir " + target.display() + "\n");
        } catch (FsException x) {
            print("%Error Removing dir " + target.display() + " (" + reason(x) + ")\n");
        }
    }

    // ---- verify ---------------------------------------------------------------------------------------

    private void verify(IosParser.Verify_cmdContext c) {
        FileUrl u = FileUrl.parse(c.verify_target().getText());
        String shown = u.typed();
        MessageDigest md5;
        try {
            md5 = MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            print("%Error verifying " + shown + " (I/O error)\n");
            return;
        }
        long size = 0;
        if (u.kind() == FileUrl.Kind.FLASH) {
            try (InputStream in = flash().open(u.path())) {
                byte[] buf = new byte[65536];
                StringBuilder dots = new StringBuilder();
                for (int n; (n = in.read(buf)) > 0; ) {
                    md5.update(buf, 0, n);
                    size += n;
                    dots.append('.');
                }
                print((dots.length() == 0 ? "." : dots.toString()) + "Done!\n");
            } catch (FsException e) {
                print("%Error opening " + u.display() + " (" + reason(e) + ")\n");
                return;
            } catch (IOException e) {
                print("%Error reading " + u.display() + " (I/O error)\n");
                return;
            }
        } else {
            Optional<byte[]> data = read(u, "%Error opening ");
            if (data.isEmpty()) {
                return;
            }
            md5.update(data.get());
            print(".Done!\n");
        }
        String hash = HexFormat.of().formatHex(md5.digest());
        if (c.verify_hash() == null) {
            print("verify /md5 (" + shown + ") = " + hash + "\n");
        } else if (c.verify_hash().getText().equalsIgnoreCase(hash)) {
            print("Verified (" + shown + ") = " + hash + "\n");
        } else {
            print("%Error verifying " + shown + "\nComputed signature = " + hash + "\nSubmitted signature = "
                    + c.verify_hash().getText() + "\n");
        }
    }
}
