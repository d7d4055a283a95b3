package iosim.shell.cli;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One simulated router as the CLI sees it: the running-config (through {@link ConfigEngine}),
 * NVRAM, the clock, syslog and debug switches. Sessions (console, SSH) share one router.
 */
public final class Router {
    private final ConfigEngine config;
    private final StartupConfigStore startup;
    private final Clock clock;
    private final Syslog syslog;
    private final DebugFlags debug = new DebugFlags();
    private final ConfigWriter writer = new ConfigWriter();
    private final ConfigArchive archive = new ConfigArchive();
    private final String startupName;
    private Instant bootTime;
    private boolean modified;
    private List<ConfigEngine.InterfaceView> bootInterfaces = List.of();
    private volatile LiveExec live = new LiveExec() {};
    private volatile java.util.function.UnaryOperator<String> users = SystemText::users;
    private volatile java.util.function.IntPredicate vtyClearer = n -> false;
    private final List<Runnable> booted = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final List<Runnable> reloading = new java.util.concurrent.CopyOnWriteArrayList<>();
    private volatile boolean loading;
    private volatile boolean booting;
    private volatile iosim.shell.fs.FlashFileSystem flash;

    /**
     * @param startupName how load errors name the startup-config (e.g. the file name given)
     */
    public Router(ConfigEngine config, StartupConfigStore startup, Clock clock, String startupName) {
        this.config = config;
        this.startup = startup;
        this.clock = clock;
        this.syslog = new Syslog(clock, this::uptime, config::logging);
        this.startupName = startupName;
        this.bootTime = clock.instant();
        ArchiveCommands.watchTimePeriod(this);
    }

    public ConfigEngine config() {
        return config;
    }

    /** The running-config's one writer: sessions apply lines, and show commands read, under it. */
    public ConfigWriter writer() {
        return writer;
    }

    public StartupConfigStore startup() {
        return startup;
    }

    public Clock clock() {
        return clock;
    }

    public Syslog syslog() {
        return syslog;
    }

    public DebugFlags debug() {
        return debug;
    }

    /** Where SAs, sessions, ping and traceroute come from (the controller, once wired). */
    public LiveExec live() {
        return live;
    }

    public void setLiveExec(LiveExec live) {
        this.live = live;
    }

    /** {@code show users} as seen from line {@code lineName} (the {@code *} row). */
    public String showUsers(String lineName) {
        return users.apply(lineName);
    }

    /** {@code clear line vty N}: ends the session on vty N; false when none is there. */
    public boolean clearVty(int vty) {
        return vtyClearer.test(vty);
    }

    /** What {@code clear line vty N} does: closes that SSH session, once SSH is wired. */
    public void setVtyClearer(java.util.function.IntPredicate clearer) {
        this.vtyClearer = clearer;
    }

    /** Where {@code show users} comes from: the vty lines, once SSH is wired (else the console alone). */
    public void setUsers(java.util.function.UnaryOperator<String> users) {
        this.users = users;
    }

    public String hostname() {
        return config.hostname();
    }

    public Duration uptime() {
        return Duration.between(bootTime, clock.instant());
    }

    /** True when the running-config changed since it was last saved or loaded. */
    public boolean modified() {
        return modified;
    }

    void markModified() {
        modified = true;
    }

    void markSaved() {
        modified = false;
    }

    /** The interfaces as they were right after the last boot (for the NVRAM/manual method column). */
    List<ConfigEngine.InterfaceView> bootInterfaces() {
        return bootInterfaces;
    }

    /**
     * Boots: forgets the running-config and loads the startup-config line by line through a
     * CLI session, as IOS does. Returns the load errors, each already formatted as
     * {@code FILE:LINE: <error>} lines.
     */
    /**
     * {@code reload}: what goes down with the box first ({@link #onReload} hooks: every vty session
     * is dropped, as IOS drops them), then {@link #boot()}.
     */
    public List<String> reload() {
        for (Runnable r : reloading) {
            try {
                r.run();
            } catch (RuntimeException e) {
                // a session already gone: reload anyway
            }
        }
        return boot();
    }

    /** Run by {@link #reload()} before the box boots again (SSH drops its sessions here). */
    public void onReload(Runnable r) {
        reloading.add(r);
    }

    public List<String> boot() {
        booting = true;
        try {
            List<String> errors = writer.locked(this::load);
            runBootedHooks();
            return errors;
        } finally {
            booting = false;
        }
    }

    private List<String> load() {
        config.clear();
        debug.clear();
        bootTime = clock.instant();
        List<String> errors;
        Optional<String> text;
        try {
            text = startup.read();
        } catch (IOException e) {
            text = Optional.empty();
        }
        loading = true;
        try {
            if (text.isPresent()) {
                errors = new StartupConfigLoader(this).load(startupName, text.get(), true);
            } else {
                errors = List.of();
            }
        } finally {
            loading = false;
        }
        modified = false;
        bootInterfaces = config.interfaces();
        return errors;
    }

    private void runBootedHooks() {
        for (Runnable r : booted) {
            try {
                r.run();
            } catch (RuntimeException e) {
                // the loop did not answer in time: the console comes up anyway
            }
        }
    }

    /**
     * Run at the end of every {@link #boot()} (power-on, {@code reload}) before it returns, so no
     * console shows a prompt before they finish: the controller waits there for its dataplane.
     */
    public void onBooted(Runnable r) {
        booted.add(r);
    }

    /**
     * True while {@link #boot()} loads the startup-config: followers of the running-config may
     * wait for the whole of it (an {@link #onBooted} hook) instead of acting on every line.
     */
    public boolean loading() {
        return loading;
    }

    /** True from the start of {@link #boot()} until it returns (its {@link #onBooted} hooks done). */
    public boolean booting() {
        return booting;
    }

    /**
     * The router's {@code flash:}: the one handed over with {@link #setFlash}, else a folder beside
     * the startup-config, created on the first write: {@code flash/} in a state folder (a file named
     * {@code startup-config}), else {@code NAME.flash/}.
     */
    public iosim.shell.fs.FlashFileSystem flash() {
        iosim.shell.fs.FlashFileSystem f = flash;
        if (f == null) {
            java.nio.file.Path cfg = startup.file();
            String name = cfg.getFileName().toString();
            f = new iosim.shell.fs.FlashFileSystem(cfg.resolveSibling(name.equals("startup-config") ? "flash" : name + ".flash"));
            flash = f;
        }
        return f;
    }

    /** Where {@code flash:} lives (the router's state folder). */
    public void setFlash(iosim.shell.fs.FlashFileSystem flash) {
        this.flash = flash;
    }

    /**
     * Saves the rendered running-config to NVRAM (atomically), and to the configuration archive
     * when {@code archive} says {@code write-memory}.
     */
    public void save() throws IOException {
        startup.write(writer.locked(config::render));
        modified = false;
        ArchiveCommands.afterWriteMemory(this);
    }

    /** The configuration archive's slots and a pending timed replace (kept in memory, as IOS does). */
    public ConfigArchive archive() {
        return archive;
    }
}
