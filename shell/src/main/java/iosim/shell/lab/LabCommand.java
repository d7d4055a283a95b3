package iosim.shell.lab;

import iosim.shell.console.JLineConsole;
import iosim.shell.web.WebDashboard;
import iosim.shell.web.WebOptions;
import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ./iosim lab DIR [--console NAME] [--web [PORT]]}: starts a lab folder and opens a
 * router's console; with {@code --web}, also serves the lab dashboard (loopback only unless
 * {@code --web-bind} names another address, which then needs a password).
 */
@Command(name = "lab", mixinStandardHelpOptions = true, versionProvider = iosim.shell.Version.class,
        description = "Start a lab (a folder with lab.yaml, see docs/LABS.md) and open a router's console.")
public final class LabCommand implements Callable<Integer> {
    /** The default lab, started by {@code ./iosim} with no arguments. */
    public static final Path DEFAULT_LAB = Path.of("running-configs", "seed-site-to-site");

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "The lab folder.")
    Path dir;

    @Option(names = "--list", description = "List the labs in running-configs/ with a line on each, and exit.")
    boolean list;

    @Option(names = "--console", paramLabel = "NAME",
            description = "The router whose console this terminal shows first (default: the lab's 'console:').")
    String console;

    @Option(names = "--web", arity = "0..1", paramLabel = "PORT", fallbackValue = "" + WebOptions.DEFAULT_PORT,
            description = "Serve the lab dashboard (topology, live tunnels, consoles) on this port of 127.0.0.1"
                    + " (default ${FALLBACK-VALUE}); the URL with this run's token is printed.")
    Integer webPort;

    @Option(names = "--web-bind", paramLabel = "ADDR",
            description = "Let the dashboard listen on ADDR instead of loopback (needs --web-password).")
    String webBind;

    @Option(names = "--web-password", paramLabel = "PASSWORD",
            description = "The dashboard's password off loopback (or the IOSIM_WEB_PASSWORD environment variable).")
    String webPassword;

    @Option(names = "--state", paramLabel = "DIR",
            description = "Where the routers keep startup-config, keys and flash: (default: under "
                    + "$XDG_STATE_HOME/iosim/labs, or ~/.local/state/iosim/labs). The lab folder is never written.")
    Path state;

    @Option(names = "--real-hosts", description = "Make every lab host a Linux network namespace wired to its router"
            + " port by a veth (root): real ping, ssh, curl, iperf3 through the lab (lab> shell HOST).")
    boolean realHosts;

    @Option(names = "--netns-prefix", paramLabel = "PREFIX", defaultValue = "iosim-",
            description = "With --real-hosts: the namespaces are PREFIX + host name (default ${DEFAULT-VALUE}).")
    String netnsPrefix;

    @Option(names = "--host", paramLabel = "HOST",
            description = "Run the command after -- inside HOST (implies --real-hosts), print its output, stop the lab"
                    + " and exit with its status: ./iosim lab DIR --host PC-A -- ping -c 3 10.0.0.10")
    String host;

    @Parameters(index = "1..*", arity = "0..*", paramLabel = "CMD", description = "With --host: the command.")
    java.util.List<String> command = new java.util.ArrayList<>();

    @Option(names = "--fresh", description = "Forget the saved state: every router boots from the lab's own files again.")
    boolean fresh;

    @Override
    public Integer call() throws java.io.IOException {
        if (list) {
            System.out.print(LabCatalogue.text(dir != null ? dir : DEFAULT_LAB.getParent()));
            return 0;
        }
        if (dir == null) {
            System.err.println("iosim: lab wants a lab folder (./iosim lab --list shows them)");
            return 2;
        }
        WebOptions web = null;
        if (webPort != null || webBind != null) {
            String pw = webPassword != null ? webPassword : System.getenv("IOSIM_WEB_PASSWORD");
            web = new WebOptions(webBind != null ? webBind : "127.0.0.1",
                    webPort != null ? webPort : WebOptions.DEFAULT_PORT, pw, webBind != null);
            String problem = web.problem();
            if (problem != null) {
                System.err.println("iosim: " + problem);
                return 2;
            }
        }
        if (host != null) {
            return runOnHost(dir, state, fresh, netnsPrefix, host, command);
        }
        return run(dir, console, state, fresh, web, realHosts ? netnsPrefix : null);
    }

    /** The short "what to type next" after the lab's banner. */
    static String nextSteps(RunningLab lab) {
        StringBuilder b = new StringBuilder("\nWhat to type next:\n"
                + "  RETURN, then  enable  (secret: class)      log in on the console (SSH: student or admin, password cisco)\n");
        if (java.nio.file.Files.isRegularFile(lab.spec().dir().resolve(ScenarioCheck.FILE_NAME))) {
            b.append("  this is a troubleshooting lab: its README.md says what is wrong; check at lab> grades your fix\n");
        } else if (lab.router("SITE-A") != null && lab.router("SITE-B") != null) {
            b.append("  ping 10.0.0.1 source GigabitEthernet0/1     bring the tunnel up (on SITE-A)\n"
                    + "  show crypto ipsec sa                        the packets it encrypted\n");
        }
        b.append("  the lab's guide: " + lab.spec().dir().resolve("README.md") + "\n");
        return b.toString();
    }

    /** Starts the lab in {@code dir}, runs the consoles, stops the lab; returns the exit status. */
    public static int run(Path dir, String console, Path stateDir, boolean fresh) {
        return run(dir, console, stateDir, fresh, null);
    }

    /**
     * {@link #run(Path, String, Path, boolean)} with the dashboard when {@code web} is not null; when standard
     * input is not a terminal and ends, the dashboard keeps the lab running until the process is stopped.
     */
    public static int run(Path dir, String console, Path stateDir, boolean fresh, WebOptions web) {
        return run(dir, console, stateDir, fresh, web, null);
    }

    /** {@code --host HOST -- CMD}: the lab with namespace hosts, CMD run inside HOST; its exit status. */
    static int runOnHost(Path dir, Path stateDir, boolean fresh, String prefix, String host, java.util.List<String> cmd) {
        if (cmd.isEmpty()) {
            System.err.println("iosim: --host " + host + " wants a command after --");
            return 2;
        }
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        try (RunningLab lab = RunningLab.start(LabParser.load(dir), LabState.of(dir, stateDir), fresh,
                new PrintStream(java.io.OutputStream.nullOutputStream()), prefix)) {
            NetnsHost h = lab.namespaceHost(host);
            if (h == null) {
                System.err.println("iosim: no host " + host + " in lab " + lab.spec().name());
                return 2;
            }
            Process p = new ProcessBuilder(h.command(cmd)).inheritIO().start();
            return p.waitFor();
        } catch (LabException e) {
            System.err.println("iosim: the lab did not start:");
            e.errors().forEach(err -> System.err.println("  " + err));
            return 2;
        } catch (Exception e) {
            System.err.println("iosim: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            return 1;
        }
    }

    /** As above; {@code netnsPrefix} not null makes every host a Linux network namespace. */
    public static int run(Path dir, String console, Path stateDir, boolean fresh, WebOptions web, String netnsPrefix) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        RunningLab lab;
        try {
            LabSpec spec = LabParser.load(dir);
            LabState state = LabState.of(dir, stateDir);
            out.print("Lab state: " + state.root() + (fresh ? " (fresh: from the lab's files)" : "") + "\n");
            lab = RunningLab.start(spec, state, fresh, out, netnsPrefix);
        } catch (LabException e) {
            System.err.println("iosim: the lab did not start:");
            for (LabError err : e.errors()) {
                System.err.println("  " + err);
            }
            return 2;
        }
        try (lab) {
            String first = console != null ? console : lab.spec().console();
            if (lab.router(first) == null) {
                System.err.println("iosim: --console " + first + ": no such router in lab " + lab.spec().name());
                return 2;
            }
            out.print(lab.consoles());
            out.print(nextSteps(lab));
            WebDashboard dashboard = null;
            if (web != null) {
                try {
                    dashboard = WebDashboard.start(lab, web);
                    out.print(dashboard.banner());
                } catch (java.io.IOException | IllegalArgumentException e) {
                    System.err.println("iosim: the dashboard did not start: " + e.getMessage());
                    return 2;
                }
            }
            try (WebDashboard d = dashboard) {
                return consoles(lab, first, out, d);
            }
        } catch (Exception e) {
            System.err.println("iosim: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            return 1;
        }
    }

    private static int consoles(RunningLab lab, String first, PrintStream out, WebDashboard web) throws Exception {
        LabConsole c = new LabConsole(lab, out);
        if (JLineConsole.stdinIsTerminal()) {
            out.print("Switch consoles: Ctrl-D on an empty line (or Ctrl-Shift-6 x) for the lab> prompt, then a router's name;\n"
                    + "~NAME at a router prompt switches straight to NAME. ? at lab> lists the lab commands.\n");
            c.runInteractive(first);
        } else {
            out.print("\n");
            c.runLines(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)), first);
            if (web != null) {
                out.print("\nInput ended; the lab keeps running for the dashboard until this process is stopped (Ctrl-C).\n");
                new java.util.concurrent.CountDownLatch(1).await();
            }
        }
        return 0;
    }
}
