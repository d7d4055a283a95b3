package iosim.shell.cli;

import iosim.config.apply.ApplyResult;
import iosim.config.apply.ModeContext;
import iosim.config.mode.Mode;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;

/**
 * What the CLI needs from the running-config (the config-model module): apply one parsed line,
 * render the configuration, and a few facts the EXEC commands show. The CLI never parses or
 * edits configuration text itself.
 */
public interface ConfigEngine {

    /** One interface as the EXEC show commands see it. */
    record InterfaceView(String name, String address, String mask, boolean shutdown, String description) {}

    /**
     * Applies one matched line typed in {@code mode} (whose stack frame holds {@code context}).
     * A rejected result has not changed the running-config.
     */
    ApplyResult apply(Mode mode, ModeContext context, ParserRuleContext lineTree);

    /**
     * Applies one line of the startup-config while booting (IOS's boot semantics: a physical
     * interface whose block appears comes up unless the block says {@code shutdown}).
     */
    default ApplyResult applyAtBoot(Mode mode, ModeContext context, ParserRuleContext lineTree) {
        return apply(mode, context, lineTree);
    }

    /**
     * True while multi-line text is being read (a certificate's hex after {@code certificate ca 01}
     * up to {@code quit}, banner text): the next raw lines go to {@link #continueText}.
     */
    default boolean collectingText(boolean boot) {
        return false;
    }

    /** One raw line of the text being collected. */
    default ApplyResult continueText(boolean boot, String rawLine) {
        return ApplyResult.rejected();
    }

    /** The configuration as saved in startup-config (no "Building configuration..." header). */
    String render();

    /** The configured host name ({@code Router} by default). */
    String hostname();

    /** True when {@code enable secret}/{@code enable password} is set. */
    boolean hasEnableSecret();

    /** Checks a typed password against the enable secret. */
    boolean enableSecretMatches(String typed);

    /** The hardware this router is (IOSv-like unless the lab says otherwise). */
    default iosim.config.Platform platform() {
        return iosim.config.Platform.IOSV;
    }

    /** Forgets the whole running-config (reload). */
    void clear();

    /** The configured interfaces, in IOS order. */
    List<InterfaceView> interfaces();

    /** The logging settings (console, buffer, timestamps) the syslog applies. */
    default LogSettings logging() {
        return LogSettings.DEFAULT;
    }

    /** True when {@code ip domain-lookup} is on (the IOS default). */
    default boolean domainLookup() {
        return true;
    }

    /** {@code ip domain name}, or null. */
    default String domainName() {
        return null;
    }

    /** {@code file prompt}: alert (the default), noisy or quiet. */
    default String filePrompt() {
        return "alert";
    }
}
