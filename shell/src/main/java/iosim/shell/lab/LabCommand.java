package iosim.shell.lab;

import iosim.shell.console.JLineConsole;
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

/** {@code ./iosim lab DIR [--console NAME]}: starts a lab folder and opens a router's console. */
@Command(name = "lab", mixinStandardHelpOptions = true,
        description = "Start a lab (a folder with lab.yaml, see docs/LABS.md) and open a router's console.")
public final class LabCommand implements Callable<Integer> {
    /** The default lab, started by {@code ./iosim} with no arguments. */
    public static final Path DEFAULT_LAB = Path.of("running-configs", "seed-site-to-site");

    @Parameters(index = "0", paramLabel = "DIR", description = "The lab folder.")
    Path dir;

    @Option(names = "--console", paramLabel = "NAME",
            description = "The router whose console this terminal shows first (default: the lab's 'console:').")
    String console;

    @Override
    public Integer call() {
        return run(dir, console);
    }

    /** Starts the lab in {@code dir}, runs the consoles, stops the lab; returns the exit status. */
    public static int run(Path dir, String console) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        RunningLab lab;
        try {
            lab = RunningLab.start(dir, out);
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
            LabConsole c = new LabConsole(lab, out);
            if (JLineConsole.stdinIsTerminal()) {
                out.print("Switch consoles: Ctrl-D on an empty line, then a router's name at the lab> prompt.\n\n");
                c.runInteractive(first);
            } else {
                out.print("\n");
                c.runLines(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)), first);
            }
            return 0;
        } catch (Exception e) {
            System.err.println("iosim: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            return 1;
        }
    }
}
