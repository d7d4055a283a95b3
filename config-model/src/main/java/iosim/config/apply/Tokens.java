package iosim.config.apply;

import iosim.grammar.IosParser;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Reading parse trees: keywords by token type (their full IOS spelling, whatever abbreviation
 * was typed), values by their text.
 */
final class Tokens {
    private Tokens() {
    }

    /** The full spelling of a keyword token, or null for a value token. */
    static String literal(Token t) {
        String lit = IosParser.VOCABULARY.getLiteralName(t.getType());
        return lit == null ? null : lit.substring(1, lit.length() - 1);
    }

    /** The keywords directly under a rule, in order (values and sub-rules skipped). */
    static List<String> keywords(ParserRuleContext ctx) {
        List<String> out = new ArrayList<>();
        if (ctx == null || ctx.children == null) {
            return out;
        }
        for (ParseTree c : ctx.children) {
            if (c instanceof TerminalNode tn) {
                String lit = literal(tn.getSymbol());
                if (lit != null) {
                    out.add(lit);
                }
            }
        }
        return out;
    }

    /** The first keyword directly under a rule (e.g. the chosen alternative), or null. */
    static String keyword(ParserRuleContext ctx) {
        List<String> k = keywords(ctx);
        return k.isEmpty() ? null : k.get(0);
    }

    /** All keywords anywhere under a rule, in order. */
    static List<String> allKeywords(ParserRuleContext ctx) {
        List<String> out = new ArrayList<>();
        collect(ctx, out);
        return out;
    }

    private static void collect(ParseTree t, List<String> out) {
        if (t instanceof TerminalNode tn) {
            String lit = literal(tn.getSymbol());
            if (lit != null) {
                out.add(lit);
            }
            return;
        }
        for (int i = 0; i < t.getChildCount(); i++) {
            collect(t.getChild(i), out);
        }
    }

    /** True when the keyword appears directly under the rule. */
    static boolean has(ParserRuleContext ctx, String keyword) {
        return keywords(ctx).contains(keyword);
    }

    /** The text of a value rule (one value token); LINE values lose trailing blanks. */
    static String text(ParserRuleContext valueRule) {
        return valueRule == null ? null : valueRule.getStart().getText().stripTrailing();
    }

    /** The column where a rule starts in the typed line. */
    static int column(ParserRuleContext ctx) {
        return ctx.getStart().getCharPositionInLine();
    }
}
