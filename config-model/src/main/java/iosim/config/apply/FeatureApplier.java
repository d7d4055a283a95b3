package iosim.config.apply;

import iosim.config.ConfigSection;
import iosim.config.RunningConfig;
import iosim.config.model.InterfaceName;
import iosim.config.model.InterfaceType;
import iosim.config.model.Ipv4;
import iosim.grammar.IosBaseVisitor;
import iosim.grammar.IosParser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/**
 * Base of the per-feature appliers: a visitor over one statement's parse tree that returns
 * an {@link ApplyResult} for the statements it knows and null for the others. Helpers parse
 * and validate values first (throwing {@link ApplyException}), so a handler only changes the
 * model once everything is known to be valid.
 */
abstract class FeatureApplier extends IosBaseVisitor<ApplyResult> {
    protected final RunningConfig config;
    protected final RunningConfig.Mutable model;
    protected final ModeContext context;

    FeatureApplier(RunningConfig config, ModeContext context) {
        this.config = config;
        this.model = config.mutable();
        this.context = context;
    }

    @Override
    protected ApplyResult aggregateResult(ApplyResult aggregate, ApplyResult next) {
        return aggregate != null ? aggregate : next;
    }

    @Override
    protected boolean shouldVisitNextChild(org.antlr.v4.runtime.tree.RuleNode node, ApplyResult current) {
        return current == null;
    }

    protected static boolean no(Token neg) {
        return neg != null;
    }

    protected void changed(ConfigSection section, String key) {
        config.fireChanged(section, key);
    }

    /** Rejects the line with a caret under the given rule's first word. */
    protected static ApplyException invalid(ParserRuleContext at) {
        return new ApplyException(ApplyResult.invalidInput(Tokens.column(at)));
    }

    protected static ApplyException rejected(String... lines) {
        return new ApplyException(ApplyResult.rejected(lines));
    }

    protected static Ipv4 ipv4(ParserRuleContext valueRule) {
        return Ipv4.parse(Tokens.text(valueRule)).orElseThrow(() -> invalid(valueRule));
    }

    /** A decimal value that must lie in [lo, hi]; otherwise the caret error. */
    protected static long number(ParserRuleContext valueRule, long lo, long hi) {
        String t = Tokens.text(valueRule);
        try {
            long v = Long.parseLong(t);
            if (v >= lo && v <= hi) {
                return v;
            }
        } catch (NumberFormatException e) {
            // fall through
        }
        throw invalid(valueRule);
    }

    protected static int intNumber(ParserRuleContext valueRule, int lo, int hi) {
        return (int) number(valueRule, lo, hi);
    }

    /** An interface name from the shared {@code interface_name} rule; checks the number form. */
    protected static InterfaceName interfaceName(IosParser.Interface_nameContext ctx) {
        InterfaceType type = InterfaceType.fromIosName(Tokens.keyword(ctx));
        ParserRuleContext numberCtx = (ParserRuleContext) ctx.getChild(1);
        String number = Tokens.text(numberCtx);
        boolean ok = switch (type) {
            case GIGABIT_ETHERNET -> number.matches("0/[0-9]+|[1-9][0-9]?"); // IOSv 0/N, C8000V N
            case LOOPBACK, TUNNEL -> number.matches("[0-9]{1,10}") && Long.parseLong(number) <= Integer.MAX_VALUE;
            case VIRTUAL_TEMPLATE -> number.matches("[0-9]{1,5}") && Long.parseLong(number) >= 1 && Long.parseLong(number) <= 65535;
        };
        if (!ok) {
            throw invalid(numberCtx);
        }
        return new InterfaceName(type, type == InterfaceType.GIGABIT_ETHERNET ? number : String.valueOf(Long.parseLong(number)));
    }
}
