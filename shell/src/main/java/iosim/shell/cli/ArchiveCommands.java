package iosim.shell.cli;

import iosim.config.model.ArchiveSettings;
import iosim.grammar.IosParser;
import iosim.shell.fs.FileUrl;
import iosim.shell.fs.FlashFileSystem;
import iosim.shell.fs.FsException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The configuration archive and replace EXEC commands: {@code archive config},
 * {@code show archive}, {@code show archive config differences | incremental-diffs},
 * {@code configure replace URL [list] [force] [ignorecase] [time N | revert trigger ...]},
 * {@code configure confirm} and {@code configure revert}. A replace applies what
 * {@link ConfigDiff#replaceCommands} lists, through a CLI session of its own, pass after pass
 * (at most five) until the running-config equals the file or a pass changes nothing more.
 */
final class ArchiveCommands {
    /** IOS stops a rollback after this many passes. */
    static final int MAX_PASSES = 5;
    private static final ScheduledExecutorService TIMERS = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "iosim-rollback-timer");
        t.setDaemon(true);
        return t;
    });

    private final CliSession session;

    ArchiveCommands(CliSession session) {
        this.session = session;
    }

    private Router router() {
        return session.router();
    }

    private void print(String text) {
        session.terminal().print(text);
    }

    private ArchiveSettings settings() {
        return router().config() instanceof RunningConfigEngine e ? e.model().system().archive() : null;
    }

    // ---- archive config ---------------------------------------------------------------------------

    void archiveConfig() {
        ArchiveSettings a = settings();
        if (a == null || a.path() == null) {
            print("%No Archive path specified. Please configure 'path' in the archive configuration mode\n");
            return;
        }
        archive(router(), a).ifPresent(this::print);
    }

    /** After {@code write memory}: archives when {@code write-memory} is configured. */
    static void afterWriteMemory(Router router) {
        if (router.config() instanceof RunningConfigEngine e) {
            ArchiveSettings a = e.model().system().archive();
            if (a != null && a.path() != null && a.writeMemory()) {
                archive(router, a);
            }
        }
    }

    /** Saves the running-config under the next archive name; the error to print, if any. */
    static Optional<String> archive(Router router, ArchiveSettings a) {
        ConfigArchive archive = router.archive();
        String name = ConfigArchive.name(a.path(), router.hostname(), router.clock().instant(), archive.nextNumber());
        FileUrl url = FileUrl.parse(name);
        if (url.kind() != FileUrl.Kind.FLASH) {
            return Optional.of("%Error opening " + url.typed() + " (No such device)\n");
        }
        byte[] text = router.writer().locked(router.config()::render).getBytes(StandardCharsets.UTF_8);
        String path;
        try {
            path = FlashFileSystem.normalize(url.path());
            router.flash().write(path, text, router.clock().instant());
        } catch (FsException e) {
            return Optional.of("%Error opening " + url.display() + " (" + e.reason().text() + ")\n");
        }
        String old = archive.saved(url.fsName() + path, a.maximum());
        if (old != null && !old.equals(url.fsName() + path)) {
            try {
                router.flash().delete(FileUrl.parse(old).path(), false);
            } catch (FsException e) {
                // already gone
            }
        }
        return Optional.empty();
    }

    /**
     * {@code time-period N}: once a minute the router is looked at and the running-config archived
     * when N minutes (of the router's clock) have passed since the last periodic archive (or since
     * the setting appeared). The task holds the router weakly and ends with it.
     */
    static void watchTimePeriod(Router router) {
        java.lang.ref.WeakReference<Router> ref = new java.lang.ref.WeakReference<>(router);
        ScheduledFuture<?>[] self = new ScheduledFuture<?>[1];
        self[0] = TIMERS.scheduleWithFixedDelay(() -> {
            Router r = ref.get();
            if (r == null) {
                self[0].cancel(false);
                return;
            }
            try {
                periodicTick(r);
            } catch (RuntimeException e) {
                // the configuration was being replaced; next minute
            }
        }, 60, 60, TimeUnit.SECONDS);
    }

    /** One look at {@code time-period} (see {@link #watchTimePeriod}); true when it archived. */
    static boolean periodicTick(Router router) {
        ArchiveSettings a = router.config() instanceof RunningConfigEngine e
                ? router.writer().locked(() -> e.model().system().archive()) : null;
        java.time.Instant now = router.clock().instant();
        if (a == null || a.path() == null || a.timePeriod() == null) {
            router.archive().periodicSince(null);
            return false;
        }
        java.time.Instant since = router.archive().periodicSince(now);
        if (java.time.Duration.between(since, now).toMinutes() < a.timePeriod()) {
            return false;
        }
        router.archive().periodicDone(now);
        return archive(router, a).isEmpty();
    }

    // ---- show archive -------------------------------------------------------------------------------

    String show(IosParser.Show_archiveContext c) {
        IosParser.Show_archive_configContext cfg = c.show_archive_config();
        if (cfg == null) {
            ArchiveSettings a = settings();
            if (a == null || a.path() == null) {
                return "Archive feature not enabled\n";
            }
            return router().archive().show(a.path(), router().hostname(), a.maximum());
        }
        FileCommands files = new FileCommands(session);
        if (cfg.show_archive_incremental() != null) {
            IosParser.Show_archive_incrementalContext inc = cfg.show_archive_incremental();
            Optional<byte[]> file = files.read(url(inc.archive_file_a().archive_file()), "%Error opening ");
            if (file.isEmpty()) {
                return "";
            }
            return ConfigDiff.incremental(running(), text(file.get()), inc.getChildCount() > 2);
        }
        IosParser.Show_archive_differencesContext d = cfg.show_archive_differences();
        FileUrl a = d.archive_file_a() == null ? FileUrl.parse("nvram:startup-config") : url(d.archive_file_a().archive_file());
        FileUrl b = d.archive_file_b() == null ? FileUrl.parse("system:running-config") : url(d.archive_file_b().archive_file());
        Optional<byte[]> ta = files.read(a, "%Error opening ");
        if (ta.isEmpty()) {
            return "";
        }
        Optional<byte[]> tb = files.read(b, "%Error opening ");
        if (tb.isEmpty()) {
            return "";
        }
        boolean ignoreCase = d.getStop().getText().equals("ignorecase");
        return ConfigDiff.differences(text(ta.get()), text(tb.get()), ignoreCase);
    }

    private static FileUrl url(IosParser.Archive_fileContext f) {
        return FileUrl.parse(f.getText());
    }

    private static String text(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }

    private String running() {
        return router().writer().locked(router().config()::render);
    }

    // ---- configure replace ---------------------------------------------------------------------------

    void replace(IosParser.Configure_replaceContext c) {
        boolean list = false;
        boolean force = false;
        boolean ignoreCase = false;
        boolean revertOnError = false;
        Integer minutes = null;
        for (IosParser.Replace_optionContext o : c.replace_option()) {
            String w = o.getStart().getText();
            list |= w.equals("list");
            force |= w.equals("force");
            ignoreCase |= w.equals("ignorecase");
            if (o.replace_time() != null) {
                minutes = Integer.parseInt(o.replace_time().replace_minutes().getText());
            }
            if (o.replace_revert() != null) {
                for (IosParser.Replace_triggerContext t : o.replace_revert().replace_trigger()) {
                    if (t.replace_minutes() != null) {
                        minutes = Integer.parseInt(t.replace_minutes().getText());
                    } else {
                        revertOnError = true;
                    }
                }
            }
        }
        if (minutes != null && (minutes < 1 || minutes > 120)) {
            session.printInvalid(c.getStop().getCharPositionInLine());
            return;
        }
        ArchiveSettings a = settings();
        if ((minutes != null || revertOnError) && (a == null || a.path() == null)) {
            print("%Please turn config archive on\n");
            return;
        }
        Optional<byte[]> file = new FileCommands(session).read(url(c.replace_target().archive_file()), "%Error opening ");
        if (file.isEmpty()) {
            return;
        }
        if (!force) {
            print("This will apply all necessary additions and deletions\n"
                    + "to replace the current running configuration with the\n"
                    + "contents of the specified configuration file, which is\n"
                    + "assumed to be a complete configuration, not a partial\n"
                    + "configuration. ");
            String answer = session.terminal().confirm("Enter Y if you are sure you want to proceed. ? [no]: ");
            String s = answer == null ? "" : answer.strip().toLowerCase(Locale.ROOT);
            if (!s.equals("y") && !s.equals("yes")) {
                return;
            }
        }
        String before = running();
        if (minutes != null || revertOnError) {
            archive(router(), a).ifPresent(this::print);
        }
        Result r = replace(router(), text(file.get()), ignoreCase);
        if (list) {
            for (int i = 0; i < r.passes().size(); i++) {
                print("!Pass " + (i + 1) + "\n!List of Commands:\n" + String.join("\n", r.passes().get(i)) + "\nend\n");
            }
            print("\n");
        }
        print("Total number of passes: " + r.passes().size() + "\n");
        if (!r.done()) {
            if (revertOnError) {
                replace(router(), before, false);
                print("Rollback aborted after " + r.passes().size()
                        + " passes\nThe original configuration has been successfully restored.\n");
                return;
            }
            print("Rollback aborted after " + r.passes().size() + " passes\n");
            for (String line : r.failed()) {
                print(line + "\n");
            }
            return;
        }
        print("Rollback Done\n");
        if (minutes != null) {
            Router router = router();
            ScheduledFuture<?> f = TIMERS.schedule(() -> revertNow(router), minutes, TimeUnit.MINUTES);
            router.archive().armRevert(before, () -> f.cancel(false));
        }
    }

    /** What a replace did: the commands of each pass, whether it reached the file, the errors of the last pass. */
    record Result(List<List<String>> passes, boolean done, List<String> failed) {}

    /** Replaces the running-config with {@code target} (no questions, no output). */
    static Result replace(Router router, String target, boolean ignoreCase) {
        List<List<String>> passes = new ArrayList<>();
        List<String> failed = List.of();
        CaptureTerminal capture = new CaptureTerminal();
        CliSession s = new CliSession(router, capture, "console");
        while (passes.size() < MAX_PASSES) {
            List<String> cmds = ConfigDiff.replaceCommands(router.writer().locked(router.config()::render), target,
                    ignoreCase);
            if (cmds.isEmpty() || !passes.isEmpty() && cmds.equals(passes.get(passes.size() - 1))) {
                return new Result(passes, cmds.isEmpty(), failed);
            }
            passes.add(cmds);
            failed = new ArrayList<>();
            s.setExecMode(iosim.config.mode.Mode.PRIV_EXEC);
            s.enterConfig();
            for (String line : cmds) {
                if (!line.startsWith(" ") || !s.mode().isConfig()) {
                    s.setExecMode(iosim.config.mode.Mode.PRIV_EXEC);
                    s.enterConfig();
                }
                capture.reset();
                for (String part : line.split("\n", -1)) {
                    if (!s.execute(part)) {
                        failed.add(line.strip());
                        failed.addAll(List.of(capture.text().split("\n")));
                    }
                }
            }
            s.setExecMode(iosim.config.mode.Mode.PRIV_EXEC);
        }
        boolean done = ConfigDiff.replaceCommands(router.writer().locked(router.config()::render), target, ignoreCase)
                .isEmpty();
        return new Result(passes, done, failed);
    }

    private static void revertNow(Router router) {
        String previous = router.archive().disarm();
        if (previous != null) {
            replace(router, previous, false);
        }
    }

    // ---- configure confirm / revert -------------------------------------------------------------------

    void confirm() {
        router().archive().disarm();
    }

    void revert(IosParser.Configure_revertContext c) {
        ConfigArchive archive = router().archive();
        String pending = archive.pendingRevert();
        if (pending == null) {
            print("%No Rollback Confirmation Pending\n");
            return;
        }
        if (c.getChild(1).getText().equals("now")) {
            revertNow(router());
        } else if (c.getStop().getText().equals("cancel")) {
            archive.disarm();
        } else {
            int minutes = Integer.parseInt(c.revert_minutes().getText());
            Router router = router();
            ScheduledFuture<?> f = TIMERS.schedule(() -> revertNow(router), minutes, TimeUnit.MINUTES);
            archive.armRevert(pending, () -> f.cancel(false));
        }
    }
}
