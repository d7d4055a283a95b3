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
import org.antlr.v4.runtime.ParserRuleContext;

/**
 * {@link ConfigEngine} over the config-model: typed lines through {@link ConfigApplier}, boot
 * lines through {@link ConfigApplier#forStartupConfig}, text from {@link RunningConfigRenderer}.
 * {@link #clear()} starts a fresh {@link RunningConfig} (see {@link #model()}).
 */
public final class RunningConfigEngine implements ConfigEngine {
    private final RunningConfigRenderer renderer = new RunningConfigRenderer();
    private RunningConfig config;
    private ConfigApplier typed;
    private ConfigApplier boot;

    public RunningConfigEngine() {
        clear();
    }

    /** The current model (a new object after each {@link #clear()}). */
    public RunningConfig model() {
        return config;
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
    public String render() {
        return renderer.render(config);
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
        typed = new ConfigApplier(config);
        boot = ConfigApplier.forStartupConfig(config);
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
