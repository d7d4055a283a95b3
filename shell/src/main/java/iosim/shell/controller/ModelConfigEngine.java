package iosim.shell.controller;

import iosim.config.RunningConfig;
import iosim.config.apply.ApplyResult;
import iosim.config.apply.ConfigApplier;
import iosim.config.apply.ModeContext;
import iosim.config.mode.Mode;
import iosim.config.model.InterfaceConfig;
import iosim.config.render.RunningConfigRenderer;
import iosim.shell.cli.ConfigEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.antlr.v4.runtime.ParserRuleContext;

/**
 * The CLI's {@link ConfigEngine} over the config-model: lines go through {@link ConfigApplier}
 * into a {@link RunningConfig}, {@code show running-config} comes from
 * {@link RunningConfigRenderer}. {@link #clear()} (reload) starts a fresh model and tells the
 * {@code replaced} listener, so the controller can follow it.
 */
public final class ModelConfigEngine implements ConfigEngine {
    private RunningConfig config;
    private ConfigApplier applier;
    private ConfigApplier bootApplier;
    private final List<Consumer<RunningConfig>> replaced = new ArrayList<>();

    public ModelConfigEngine() {
        this(new RunningConfig());
    }

    public ModelConfigEngine(RunningConfig config) {
        this.config = config;
        this.applier = new ConfigApplier(config);
        this.bootApplier = ConfigApplier.forStartupConfig(config);
    }

    /** The current model (a new one after {@link #clear()}). */
    public RunningConfig model() {
        return config;
    }

    /** Told with the new model each time {@link #clear()} replaces it. */
    public void onReplaced(Consumer<RunningConfig> l) {
        replaced.add(l);
    }

    @Override
    public ApplyResult apply(Mode mode, ModeContext context, ParserRuleContext lineTree) {
        return applier.apply(mode, context, lineTree);
    }

    /** A startup-config line (IOS boot semantics: an interface block brings the interface up). */
    public ApplyResult applyAtBoot(Mode mode, ModeContext context, ParserRuleContext lineTree) {
        return bootApplier.apply(mode, context, lineTree);
    }

    @Override
    public String render() {
        return new RunningConfigRenderer().render(config);
    }

    @Override
    public String hostname() {
        return config.hostname();
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
        config = new RunningConfig();
        applier = new ConfigApplier(config);
        bootApplier = ConfigApplier.forStartupConfig(config);
        replaced.forEach(l -> l.accept(config));
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
