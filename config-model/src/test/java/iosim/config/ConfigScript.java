package iosim.config;

import iosim.config.apply.ApplyResult;
import iosim.config.apply.ConfigApplier;
import iosim.config.apply.ModeContext;
import iosim.config.mode.Mode;
import iosim.grammar.IosParser;
import iosim.grammar.cli.CommandMatcher;
import iosim.grammar.cli.MatchResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * Test driver: replays configuration lines as the CLI does (CommandMatcher on the current
 * mode's entry rule, falling through to the parent modes, mode stack, comments skipped), on a
 * fresh or given RunningConfig, and collects what IOS would print.
 */
final class ConfigScript {
    record Frame(Mode mode, ModeContext context) {}

    private static final CommandMatcher MATCHER = new CommandMatcher();

    final RunningConfig config;
    final ConfigApplier applier;
    final Deque<Frame> stack = new ArrayDeque<>();
    final List<String> errors = new ArrayList<>();
    final List<String> output = new ArrayList<>();
    final List<String> syslog = new ArrayList<>();
    ApplyResult last;

    ConfigScript() {
        this(new RunningConfig());
    }

    ConfigScript(RunningConfig config) {
        this(config, new ConfigApplier(config));
    }

    private ConfigScript(RunningConfig config, ConfigApplier applier) {
        this.config = config;
        this.applier = applier;
        stack.push(new Frame(Mode.CONFIG, ModeContext.NONE));
    }

    /** A fresh router loading a startup-config (boot semantics). */
    static ConfigScript startup() {
        RunningConfig c = new RunningConfig();
        return new ConfigScript(c, ConfigApplier.forStartupConfig(c));
    }

    /** Loads a file as a startup-config into a fresh router. */
    static ConfigScript load(Path file) throws IOException {
        ConfigScript s = startup();
        s.run(Files.readAllLines(file));
        return s;
    }

    static ConfigScript of(String... lines) {
        ConfigScript s = new ConfigScript();
        s.run(List.of(lines));
        return s;
    }

    ConfigScript run(List<String> lines) {
        int n = 0;
        for (String l : lines) {
            n++;
            String err = line(l);
            if (err != null) {
                errors.add(n + ": " + l.strip() + " -> " + err);
            }
        }
        return this;
    }

    Mode mode() {
        return stack.peek().mode();
    }

    ModeContext context() {
        return stack.peek().context();
    }

    /** Runs one line; returns null when accepted, else a description of the IOS error. */
    String line(String raw) {
        last = null;
        if (applier.isCollectingText()) {
            applier.continueText(raw);
            return null;
        }
        String line = raw.strip();
        if (line.isEmpty() || line.startsWith("!")) {
            return null;
        }
        MatchResult first = null;
        List<Frame> frames = new ArrayList<>(stack);
        for (int depth = 0; depth < frames.size(); depth++) {
            Frame f = frames.get(depth);
            MatchResult r = MATCHER.match(f.mode().entryRule(), line);
            if (first == null) {
                first = r;
            }
            if (r instanceof MatchResult.Matched m) {
                for (int i = 0; i < depth; i++) {
                    stack.pop();
                }
                return applyMatched(f, m.tree());
            }
        }
        return String.valueOf(first);
    }

    private String applyMatched(Frame f, ParserRuleContext tree) {
        ParseTree stmt = tree.getChild(0);
        if (stmt instanceof IosParser.Mode_commonContext mc) {
            if (mc.exit_cmd() != null && stack.size() > 1) {
                stack.pop();
            } else if (mc.end_cmd() != null) {
                while (stack.size() > 1) {
                    stack.pop();
                }
            }
            return null;
        }
        ApplyResult r = applier.apply(f.mode(), f.context(), tree);
        last = r;
        output.addAll(r.output());
        syslog.addAll(r.syslog());
        if (!r.accepted()) {
            return r.isInvalidInput() ? "invalid input at column " + r.errorColumn() : String.join(" / ", r.output());
        }
        if (r.nextMode() != null) {
            stack.push(new Frame(r.nextMode(), r.nextContext()));
        }
        return null;
    }
}
