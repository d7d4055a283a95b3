package iosim.config.apply;

import iosim.config.RunningConfig;
import iosim.config.mode.Mode;
import iosim.grammar.IosParser;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * Applies one parsed configuration line to the running configuration.
 *
 * <p>The caller (the CLI session) matches the typed line against the entry rule of its mode
 * ({@link Mode#entryRule()}) and passes the parse tree, the mode and the mode's
 * {@link ModeContext}. {@code mode_common} lines (exit, end, do) are the caller's business: for
 * them this returns "stay" without touching anything. The applier never throws; a line IOS
 * rejects changes nothing and comes back with {@code accepted == false}.
 */
public final class ConfigApplier {
    private final RunningConfig config;
    private final boolean startupLoad;
    private final TextCollector collector = new TextCollector();
    /** Physical interfaces whose block a startup-config load has already opened once. */
    private final java.util.Set<iosim.config.model.InterfaceName> bootSeen = new java.util.HashSet<>();

    /** An applier for lines typed at a terminal (or merged with {@code copy ... running-config}). */
    public ConfigApplier(RunningConfig config) {
        this(config, false);
    }

    private ConfigApplier(RunningConfig config, boolean startupLoad) {
        this.config = config;
        this.startupLoad = startupLoad;
    }

    /**
     * An applier for loading the startup-config at boot into a fresh {@link RunningConfig}: as
     * on IOS, a physical interface whose block appears in the file is up unless the block says
     * {@code shutdown} (the running-config never writes {@code no shutdown}); interfaces the
     * file does not mention keep their factory {@code shutdown}.
     */
    public static ConfigApplier forStartupConfig(RunningConfig config) {
        return new ConfigApplier(config, true);
    }

    /** True when this applier loads a startup-config. */
    public boolean isStartupLoad() {
        return startupLoad;
    }

    public RunningConfig config() {
        return config;
    }

    /**
     * True after a {@code banner motd c} line whose text did not end on that line: the caller
     * must then hand the following raw lines (not matched, not prompted) to
     * {@link #continueText(String)} until this turns false.
     */
    public boolean isCollectingText() {
        return collector.active();
    }

    /**
     * One raw line of multi-line banner text. The banner is set (and listeners told) when the
     * line holds the closing delimiter; until then nothing changes.
     */
    public ApplyResult continueText(String rawLine) {
        if (!collector.active()) {
            return ApplyResult.rejected();
        }
        collector.add(rawLine == null ? "" : rawLine);
        return ApplyResult.stay();
    }

    /** Drops unfinished banner text (Ctrl-C, end of a startup-config); nothing changes. */
    public void abortText() {
        collector.abort();
    }

    public ApplyResult apply(Mode mode, ModeContext context, ParserRuleContext lineTree) {
        ModeContext ctx = context == null ? ModeContext.NONE : context;
        collector.abort();
        try {
            ParserRuleContext statement = statementOf(lineTree);
            if (statement == null || statement instanceof IosParser.Mode_commonContext) {
                return ApplyResult.stay();
            }
            for (FeatureApplier applier : appliersFor(mode, ctx)) {
                ApplyResult r = applier.visit(statement);
                if (r != null) {
                    return r;
                }
            }
            return ApplyResult.invalidInput(statement.getStart().getCharPositionInLine());
        } catch (ApplyException e) {
            return e.result();
        } catch (RuntimeException e) {
            return ApplyResult.rejected("% Command rejected: internal error (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** The first rule child of the entry rule (the statement or mode_common), else null. */
    private static ParserRuleContext statementOf(ParserRuleContext lineTree) {
        if (lineTree == null || lineTree.children == null) {
            return null;
        }
        for (ParseTree c : lineTree.children) {
            if (c instanceof ParserRuleContext p) {
                return p;
            }
        }
        return null;
    }

    private List<FeatureApplier> appliersFor(Mode mode, ModeContext ctx) {
        return switch (mode) {
            case CONFIG -> List.of(new SystemApplier(config, ctx, collector), new InterfaceApplier(config, ctx, startupLoad ? bootSeen : null),
                    new IpApplier(config, ctx), new Ikev2Applier(config, ctx),
                    new RemoteAccessApplier(config, ctx), new IsakmpApplier(config, ctx),
                    new IpsecApplier(config, ctx),
                    new CryptoMapApplier(config, ctx), new PkiApplier(config, ctx, collector), new LineApplier(config, ctx),
                    new PasswordEncryptionApplier(config, ctx), new OspfApplier(config, ctx),
                    new ArchiveApplier(config, ctx));
            case INTERFACE -> List.of(new InterfaceApplier(config, ctx, startupLoad ? bootSeen : null),
                    new OspfApplier(config, ctx));
            case ROUTER_OSPF -> List.of(new OspfApplier(config, ctx));
            case ARCHIVE -> List.of(new ArchiveApplier(config, ctx));
            case IKEV2_PROPOSAL, IKEV2_POLICY -> List.of(new Ikev2Applier(config, ctx));
            case IKEV2_KEYRING, IKEV2_KEYRING_PEER -> List.of(new KeyringApplier(config, ctx));
            case IKEV2_PROFILE -> List.of(new ProfileApplier(config, ctx));
            case IPSEC_TRANSFORM_SET -> List.of(new IpsecApplier(config, ctx));
            case IPSEC_PROFILE, CRYPTO_MAP, DYNAMIC_MAP -> List.of(new IpsecSettingsApplier(config, mode, ctx));
            case ISAKMP_POLICY, KEYRING, ISAKMP_PROFILE -> List.of(new IsakmpApplier(config, ctx));
            case IKEV2_AUTHZ_POLICY -> List.of(new RemoteAccessApplier(config, ctx));
            case EXT_NACL, STD_NACL -> List.of(new AccessListEntryApplier(config, ctx));
            case LINE -> List.of(new LineApplier(config, ctx));
            case PKI_TRUSTPOINT, PKI_CERT_CHAIN -> List.of(new PkiApplier(config, ctx, collector));
            case USER_EXEC, PRIV_EXEC -> List.of();
        };
    }
}
