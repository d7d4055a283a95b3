package iosim.shell.lab;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The lab prompt's commands ({@code lab>}), without a terminal: what a line does, what {@code ?}
 * lists and what Tab completes. The terminal side is {@link LabPrompt}; the stdin console and
 * a dashboard can drive the same commands.
 * <ul>
 *   <li>{@code routers}, {@code hosts}: the lab's nodes and their state;</li>
 *   <li>{@code console NAME} or just {@code NAME}: a router's console;</li>
 *   <li>{@code check}: whether this scenario's fault is fixed (see {@link ScenarioCheck});</li>
 *   <li>{@code capture ROUTER IF FILE}, {@code capture stop}: a pcap of any router port;</li>
 *   <li>{@code shell HOST}: a shell on a host that is a Linux network namespace;</li>
 *   <li>{@code quit}: stops the lab.</li>
 * </ul>
 */
public final class LabShell {
    /** What the prompt does after a command. */
    public enum Action { NONE, CONSOLE, SHELL, QUIT }

    /** A command's output and what happens next ({@code target}: the router or host). */
    public record Result(String text, Action action, String target) {
        static Result text(String text) {
            return new Result(text, Action.NONE, null);
        }
    }

    /** One line of {@code ?} help. */
    public record Help(String word, String text) {}

    static final Map<String, String> COMMANDS = new LinkedHashMap<>();

    static {
        COMMANDS.put("capture", "Capture a router port to a pcap file (capture ROUTER IF FILE; capture stop)");
        COMMANDS.put("check", "Check whether this scenario's fault is fixed, from the live lab");
        COMMANDS.put("console", "Open a router's console (or just type its name)");
        COMMANDS.put("help", "Describe the lab prompt's commands");
        COMMANDS.put("hosts", "List the lab's hosts");
        COMMANDS.put("quit", "Stop the lab and exit");
        COMMANDS.put("shell", "Open a shell on a host that is a Linux network namespace");
        COMMANDS.put("routers", "List the lab's routers and their state");
    }

    private final RunningLab lab;
    private final Function<String, String> consolePrompt;

    /** @param consolePrompt a router's console prompt as the trainee left it (null: not opened yet) */
    public LabShell(RunningLab lab, Function<String, String> consolePrompt) {
        this.lab = lab;
        this.consolePrompt = consolePrompt;
    }

    public RunningLab lab() {
        return lab;
    }

    /** Runs one line typed at {@code lab>}. */
    public Result execute(String line) {
        String[] w = line.strip().split("\\s+");
        if (w[0].isEmpty()) {
            return Result.text("");
        }
        if (w[0].startsWith("~")) {
            String name = w[0].substring(1);
            return name.isEmpty() ? Result.text("") : console(name);
        }
        if (lab.router(w[0]) != null && w.length == 1) {
            return console(w[0]);
        }
        String cmd = unique(w[0], COMMANDS.keySet());
        if (cmd == null) {
            if (matches(w[0], COMMANDS.keySet()).size() > 1) {
                return Result.text("% Ambiguous command:  \"" + line.strip() + "\"\n");
            }
            return Result.text("% Unknown command or router name: \"" + w[0] + "\" (? lists what the lab prompt takes)\n");
        }
        return switch (cmd) {
            case "routers" -> Result.text(routers());
            case "hosts" -> Result.text(hosts());
            case "help" -> Result.text(helpText());
            case "quit" -> new Result("", Action.QUIT, null);
            case "shell" -> w.length == 2 ? shell(w[1]) : Result.text("% Type: shell HOST (" + hostNames() + ")\n");
            case "capture" -> Result.text(lab.captures().command(w));
            case "check" -> Result.text(ScenarioCheck.forLab(lab).run(lab));
            case "console" -> w.length == 2 ? console(w[1]) : Result.text("% Type: console ROUTER (" + routerNames() + ")\n");
            default -> Result.text("");
        };
    }

    private Result console(String name) {
        if (lab.router(name) == null) {
            return Result.text("% No router named " + name + " (" + routerNames() + ")\n");
        }
        return new Result("", Action.CONSOLE, name);
    }

    private Result shell(String host) {
        if (lab.namespaceHost(host) == null) {
            return Result.text(lab.spec().hosts().stream().anyMatch(h -> h.name().equals(host))
                    ? "% " + host + " runs inside iosim; start the lab as root with --real-hosts to make it a Linux host\n"
                    : "% No host named " + host + " (" + hostNames() + ")\n");
        }
        return new Result("", Action.SHELL, host);
    }

    /** {@code ?} after {@code before} (the line up to the cursor). */
    public List<Help> help(String before) {
        List<String> words = words(before);
        boolean fresh = before.isEmpty() || Character.isWhitespace(before.charAt(before.length() - 1));
        String partial = fresh ? "" : words.remove(words.size() - 1);
        List<Help> out = new ArrayList<>();
        if (words.isEmpty()) {
            for (Map.Entry<String, String> e : COMMANDS.entrySet()) {
                if (e.getKey().startsWith(partial.toLowerCase(Locale.ROOT))) {
                    out.add(new Help(e.getKey(), e.getValue()));
                }
            }
            for (LabRouter r : lab.routers()) {
                if (r.name().startsWith(partial)) {
                    out.add(new Help(r.name(), "Open " + r.name() + "'s console"));
                }
            }
            return out;
        }
        String cmd = unique(words.get(0), COMMANDS.keySet());
        int arg = words.size();
        if ("console".equals(cmd) && arg == 1 || "capture".equals(cmd) && arg == 1) {
            for (LabRouter r : lab.routers()) {
                if (r.name().startsWith(partial)) {
                    out.add(new Help(r.name(), "Router " + r.name()));
                }
            }
            if ("capture".equals(cmd) && "stop".startsWith(partial)) {
                out.add(new Help("stop", "Stop every capture and write its files"));
            }
        } else if ("capture".equals(cmd) && arg == 2 && lab.router(words.get(1)) != null) {
            for (String i : iosim.shell.controller.RouterRuntime.PHYSICAL) {
                if (i.toLowerCase(Locale.ROOT).startsWith(partial.toLowerCase(Locale.ROOT))) {
                    out.add(new Help(i, "Capture on this port"));
                }
            }
        } else if ("capture".equals(cmd) && arg == 3 && lab.router(words.get(1)) != null) {
            out.add(new Help("FILE", "The pcap file (keys go beside it)"));
        } else if ("shell".equals(cmd) && arg == 1) {
            for (NetnsHost h : lab.namespaceHosts()) {
                if (h.name().startsWith(partial)) {
                    out.add(new Help(h.name(), "Host " + h.name()));
                }
            }
        }
        if (out.isEmpty() && fresh) {
            out.add(new Help("<cr>", ""));
        }
        return out;
    }

    /** Tab: the line completed when the word at the cursor has one completion. */
    public Optional<String> complete(String before) {
        boolean fresh = before.isEmpty() || Character.isWhitespace(before.charAt(before.length() - 1));
        if (fresh) {
            return Optional.empty();
        }
        List<String> words = words(before);
        String partial = words.get(words.size() - 1);
        List<Help> h = help(before);
        List<String> names = h.stream().map(Help::word).filter(s -> !s.equals("FILE") && !s.equals("<cr>")).toList();
        if (names.size() != 1) {
            return Optional.empty();
        }
        return Optional.of(before.substring(0, before.length() - partial.length()) + names.get(0) + " ");
    }

    /** {@code ?}'s text. */
    public String helpText(String before) {
        StringBuilder b = new StringBuilder();
        List<Help> h = help(before);
        if (h.isEmpty()) {
            return "% Unrecognized command\n";
        }
        int width = h.stream().mapToInt(x -> x.word().length()).max().orElse(0);
        for (Help x : h) {
            b.append("  ").append(String.format("%-" + Math.max(width, 10) + "s", x.word()));
            if (!x.text().isEmpty()) {
                b.append("  ").append(x.text());
            }
            b.append('\n');
        }
        return b.toString();
    }

    private String helpText() {
        return "The lab prompt (" + lab.spec().name() + "):\n" + helpText("")
                + "At a router's console: Ctrl-D on an empty line, or Ctrl-Shift-6 then x, comes back here;\n"
                + "a line ~NAME switches straight to router NAME.\n";
    }

    /** {@code routers}: each router with its console prompt, ports up and tunnels. */
    public String routers() {
        StringBuilder b = new StringBuilder(String.format("%-12s %-10s %-18s %-9s %-8s %s%n", "Router", "State",
                "Console", "Ports up", "IKE SAs", "SSH"));
        for (LabRouter r : lab.routers()) {
            RouterStatus s = RouterStatus.of(r);
            String prompt = consolePrompt.apply(r.name());
            b.append(String.format("%-12s %-10s %-18s %-9s %-8s %s%n", r.name(), s.state(),
                    prompt == null ? "(not opened)" : prompt, s.portsUp() + "/" + s.ports(), s.ikeReady() + "/"
                            + s.ikeAll(), r.ssh() == null ? "-" : r.spec().sshPort() + (r.ssh().listening() ? "" : " (no key)")));
        }
        return b.toString();
    }

    /** {@code hosts}. */
    public String hosts() {
        if (lab.hosts().isEmpty() && lab.namespaceHosts().isEmpty()) {
            return "The lab has no hosts.\n";
        }
        StringBuilder b = new StringBuilder(String.format("%-12s %-20s %-16s %s%n", "Host", "Address", "Gateway", "Kind"));
        for (LabHost h : lab.hosts()) {
            b.append(String.format("%-12s %-20s %-16s %s%n", h.name(), h.spec().address() + "/" + h.spec().prefix(),
                    h.spec().gateway() == null ? "-" : h.spec().gateway(), "in-JVM"));
        }
        for (NetnsHost h : lab.namespaceHosts()) {
            b.append(String.format("%-12s %-20s %-16s %s%n", h.name(), h.spec().address() + "/" + h.spec().prefix(),
                    h.spec().gateway() == null ? "-" : h.spec().gateway(), "netns " + h.namespace()));
        }
        return b.toString();
    }

    String routerNames() {
        return String.join(" ", lab.routers().stream().map(LabRouter::name).toList());
    }

    private String hostNames() {
        return String.join(" ", lab.spec().hosts().stream().map(HostSpec::name).toList());
    }

    private static List<String> words(String s) {
        List<String> w = new ArrayList<>();
        for (String x : s.strip().split("\\s+")) {
            if (!x.isEmpty()) {
                w.add(x);
            }
        }
        return w;
    }

    private static List<String> matches(String word, java.util.Collection<String> keys) {
        String lw = word.toLowerCase(Locale.ROOT);
        return keys.stream().filter(k -> k.startsWith(lw)).toList();
    }

    private static String unique(String word, java.util.Collection<String> keys) {
        String lw = word.toLowerCase(Locale.ROOT);
        if (keys.contains(lw)) {
            return lw;
        }
        List<String> m = matches(word, keys);
        return m.size() == 1 ? m.get(0) : null;
    }
}
