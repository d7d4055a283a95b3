package iosim.shell;

import iosim.shell.cli.CliSession;
import iosim.shell.cli.Router;
import iosim.shell.console.JLineConsole;
import iosim.shell.console.StdinConsole;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Entry point of the launcher ({@code ./iosim}).
 * <ul>
 *   <li>{@code ./iosim}: the default lab {@code running-configs/seed-site-to-site} (SITE-A, ISP,
 *       SITE-B), the terminal on SITE-A's console ({@code --console NAME} for another);
 *       {@code ./iosim lab DIR}: any lab folder (see {@code docs/LABS.md});</li>
 *   <li>{@code ./iosim router --startup-config FILE}: one router; FILE is its startup-config
 *       (loaded at boot, written by {@code write memory}).</li>
 * </ul>
 * The console is interactive (JLine) on a terminal, line by line otherwise.
 */
@Command(name = "iosim", mixinStandardHelpOptions = true, versionProvider = Version.class, subcommands = {Main.RouterCommand.class, iosim.shell.lab.LabCommand.class},
        description = "Cisco-IOS-style router simulator.")
public final class Main implements Callable<Integer> {
    static final Path DEFAULT_SEED = Path.of("running-configs", "seed-site-a.cfg");
    static final Path DEFAULT_NVRAM = Path.of("nvram", "site-a", "startup-config");

    public static void main(String[] args) {
        int code = new CommandLine(new Main()).setExecutionExceptionHandler((e, cmd, parse) -> {
            System.err.println("iosim: " + e.getMessage());
            return 1;
        }).execute(args);
        System.exit(code);
    }

    @Option(names = "--console", paramLabel = "NAME",
            description = "With no subcommand: the default lab's router whose console this terminal shows first.")
    String console;

    @Option(names = "--state", paramLabel = "DIR",
            description = "With no subcommand: where the default lab's routers keep their state.")
    Path state;

    @Option(names = "--fresh", description = "With no subcommand: start the default lab from its own files again.")
    boolean fresh;

    /** {@code ./iosim}: the default lab (running-configs/seed-site-to-site), SITE-A's console. */
    @Override
    public Integer call() throws Exception {
        return iosim.shell.lab.LabCommand.run(iosim.shell.lab.LabCommand.DEFAULT_LAB, console, state, fresh);
    }

    /** {@code ./iosim router --startup-config FILE}. */
    @Command(name = "router", mixinStandardHelpOptions = true, versionProvider = Version.class, description = "Run one router on this console.")
    static final class RouterCommand implements Callable<Integer> {
        @Option(names = "--startup-config", paramLabel = "FILE",
                description = "The router's startup-config (loaded at boot, written by write memory). Without it the "
                        + "router boots blank and keeps its startup-config in its state folder.")
        Path startupConfig;

        @Option(names = "--state", paramLabel = "DIR",
                description = "Without --startup-config: the router's state folder (default "
                        + "$XDG_STATE_HOME/iosim/router, or ~/.local/state/iosim/router).")
        Path state;

        @Option(names = "--fresh", description = "Without --startup-config: erase the state folder first (a factory-fresh router).")
        boolean fresh;

        @Option(names = "--clock", hidden = true, paramLabel = "INSTANT",
                description = "Freeze the clock at this instant (tests), e.g. 2026-03-03T09:42:13.507Z.")
        Instant clock;

        @Option(names = "--attach", paramLabel = "IF=LINUXIF",
                description = "Attach a router interface to a Linux interface at layer 2 (AF_PACKET, root), "
                        + "e.g. GigabitEthernet0/0=veth-l. Repeatable.")
        List<String> attach = List.of();

        @Option(names = "--link", paramLabel = "IF=udp:LPORT:HOST:RPORT",
                description = "Join a router interface to another iosim process over UDP, "
                        + "e.g. GigabitEthernet0/0=udp:40001:127.0.0.1:40002. Repeatable.")
        List<String> link = List.of();

        @Option(names = "--platform", paramLabel = "NAME", defaultValue = "iosv",
                description = "The router's hardware: iosv (IOS 15.9, GigabitEthernet0/0-0/3; the default) "
                        + "or c8000v (IOS XE 17.9, GigabitEthernet1-4).")
        String platform;

        @Override
        public Integer call() throws Exception {
            java.util.Optional<iosim.config.Platform> p = iosim.config.Platform.byName(platform);
            if (p.isEmpty()) {
                System.err.println("iosim: --platform wants one of " + iosim.config.Platform.names() + ": " + platform);
                return 2;
            }
            Path file = startupConfig;
            if (file == null) {
                iosim.shell.lab.RouterState rs = iosim.shell.lab.RouterState.singleRouter(state);
                if (fresh) {
                    iosim.shell.lab.LabState.erase(rs);
                }
                Files.createDirectories(rs.dir());
                file = rs.startupConfig();
                System.err.println("iosim: router state in " + rs.dir()
                        + (Files.exists(file) ? "" : " (no startup-config: a blank router)"));
            }
            return runRouter(file, clock, attach, link, p.get());
        }
    }

    static int runRouter(Path startupConfig, Instant fixedClock, List<String> attach) throws Exception {
        return runRouter(startupConfig, fixedClock, attach, List.of());
    }

    static int runRouter(Path startupConfig, Instant fixedClock, List<String> attach, List<String> link)
            throws Exception {
        return runRouter(startupConfig, fixedClock, attach, link, iosim.config.Platform.IOSV);
    }

    static int runRouter(Path startupConfig, Instant fixedClock, List<String> attach, List<String> link,
                         iosim.config.Platform platform) throws Exception {
        Clock clock = fixedClock == null ? Clock.systemUTC() : Clock.fixed(fixedClock, ZoneOffset.UTC);
        io.netty.channel.EventLoopGroup group = new io.netty.channel.MultiThreadIoEventLoopGroup(1,
                io.netty.channel.nio.NioIoHandler.newFactory());
        try (iosim.shell.controller.RouterRuntime rt = iosim.shell.controller.RouterRuntime.create(startupConfig,
                group, clock, platform)) {
            for (String a : attach) {
                int eq = a.indexOf('=');
                if (eq < 0 || rt.ethernet(a.substring(0, eq)) == null) {
                    System.err.println("iosim: --attach wants IF=LINUXIF with IF one of the router's GigabitEthernet "
                            + "interfaces: " + a);
                    return 2;
                }
                iosim.dataplane.link.AfPacketLink.open(rt.ethernet(a.substring(0, eq)), a.substring(eq + 1));
            }
            try {
                iosim.shell.lab.LinkOption.open(rt, link);
            } catch (IllegalArgumentException e) {
                System.err.println("iosim: " + e.getMessage());
                return 2;
            }
            return runConsole(rt.router(), rt::bootRouter);
        } finally {
            group.shutdownGracefully(0, 1, java.util.concurrent.TimeUnit.SECONDS);
        }
    }

    static int runConsole(Router router) throws Exception {
        return runConsole(router, router::boot);
    }

    /** @param boot boots the router (a live router: through the controller, which reconciles after the load) */
    static int runConsole(Router router, java.util.function.Supplier<List<String>> boot) throws Exception {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false, StandardCharsets.UTF_8);
        List<String> errors = boot.get();
        if (JLineConsole.stdinIsTerminal()) {
            new JLineConsole(router, errors).run();
            return 0;
        }
        for (String e : errors) {
            out.print(e + "\n");
        }
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        StdinConsole console = new StdinConsole(in, out);
        console.run(new CliSession(router, console, "console"));
        out.flush();
        return 0;
    }
}
