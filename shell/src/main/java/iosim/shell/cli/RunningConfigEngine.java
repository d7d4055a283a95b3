package iosim.shell.cli;

import iosim.config.RunningConfig;
import iosim.config.apply.ApplyResult;
import iosim.config.apply.ConfigApplier;
import iosim.config.apply.ModeContext;
import iosim.config.mode.Mode;
import iosim.config.model.InterfaceConfig;
import iosim.config.render.RunningConfigRenderer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.antlr.v4.runtime.ParserRuleContext;

/**
 * {@link ConfigEngine} over the config-model: typed lines through {@link ConfigApplier}, boot
 * lines through {@link ConfigApplier#forStartupConfig}, text from {@link RunningConfigRenderer}.
 * {@link #clear()} (reload) starts a fresh {@link RunningConfig} (see {@link #model()}) and tells
 * the {@link #onReplaced} listeners, so the controller can follow it.
 */
public final class RunningConfigEngine implements ConfigEngine {
    private final RunningConfigRenderer renderer = new RunningConfigRenderer();
    private RunningConfig config;
    private ConfigApplier typed;
    private ConfigApplier boot;
    private final List<Consumer<RunningConfig>> replaced = new ArrayList<>();

    public RunningConfigEngine() {
        this(new RunningConfig());
    }

    /** An empty configuration of a router of {@code platform}. */
    public RunningConfigEngine(iosim.config.Platform platform) {
        this(new RunningConfig(platform));
    }

    public RunningConfigEngine(RunningConfig config) {
        use(config);
    }

    /** The current model (a new object after each {@link #clear()}). */
    public RunningConfig model() {
        return config;
    }

    /** Told with the new model each time {@link #clear()} replaces it. */
    public void onReplaced(Consumer<RunningConfig> listener) {
        replaced.add(listener);
    }

    @Override
    public ApplyResult apply(Mode mode, ModeContext context, ParserRuleContext lineTree) {
        return typed.apply(mode, context, lineTree);
    }

    @Override
    public ApplyResult applyAtBoot(Mode mode, ModeContext context, ParserRuleContext lineTree) {
        return boot.apply(mode, context, lineTree);
    }

    @Override
    public boolean collectingText(boolean atBoot) {
        return (atBoot ? boot : typed).isCollectingText();
    }

    @Override
    public ApplyResult continueText(boolean atBoot, String rawLine) {
        return (atBoot ? boot : typed).continueText(rawLine);
    }

    @Override
    public String render() {
        return renderer.render(config);
    }

    @Override
    public LogSettings logging() {
        iosim.config.model.SystemSettings s = config.system();
        iosim.config.model.LoggingBuffered b = s.loggingBuffered();
        iosim.config.model.LoggingConsole c = s.loggingConsole();
        return new LogSettings(c.enabled(), c.level(), b.enabled(), b.size(), b.level(), stamp(s.timestampsLog()),
                stamp(s.timestampsDebug()));
    }

    private static LogSettings.Stamp stamp(iosim.config.model.Timestamps t) {
        if (t == null) {
            return null;
        }
        return !t.datetime() ? LogSettings.Stamp.UPTIME : t.msec() ? LogSettings.Stamp.DATETIME_MSEC : LogSettings.Stamp.DATETIME;
    }

    @Override
    public iosim.config.Platform platform() {
        return config.platform();
    }

    @Override
    public String hostname() {
        return config.hostname();
    }

    @Override
    public String domainName() {
        return config.system().domainName();
    }

    @Override
    public String filePrompt() {
        return config.system().filePrompt();
    }

    @Override
    public boolean hasEnableSecret() {
        return config.hasEnableSecret();
    }

    @Override
    public boolean enableSecretMatches(String typed) {
        return config.checkEnableSecret(typed);
    }

    @Override
    public void clear() {
        use(new RunningConfig(config.platform()));
        replaced.forEach(l -> l.accept(config));
    }

    private void use(RunningConfig model) {
        config = model;
        typed = new ConfigApplier(model);
        boot = ConfigApplier.forStartupConfig(model);
    }

    @Override
    public List<InterfaceView> interfaces() {
        List<InterfaceView> out = new ArrayList<>();
        for (InterfaceConfig i : config.interfaces().values()) {
            out.add(new InterfaceView(i.name().toString(),
                    i.address() == null ? null : i.address().address().toString(),
                    i.address() == null ? null : i.address().mask().toString(), i.shutdown(), i.description()));
        }
        return out;
    }
}
