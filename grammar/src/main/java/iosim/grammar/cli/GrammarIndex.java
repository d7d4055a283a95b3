package iosim.grammar.cli;

import iosim.grammar.IosParser;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.antlr.v4.runtime.Vocabulary;
import org.antlr.v4.runtime.atn.ATN;

/**
 * What the matcher needs to know about the generated grammar: which token types are keywords
 * (and their full spelling), which are value tokens, the rule names and the help catalog.
 * Immutable and shared by every {@link CommandMatcher}.
 */
final class GrammarIndex {
    static final Set<String> INTERFACE_TYPES = Set.of("GigabitEthernet", "Loopback", "Tunnel", "Virtual-Template");

    final ATN atn = IosParser._ATN;
    final String[] ruleNames = IosParser.ruleNames;
    final HelpCatalog help;
    private final String[] keywords;
    private final String[] keywordsLower;
    private final ValueKind[] values;
    private final String[] symbolic;
    private final boolean[] interfaceType;
    private final Map<String, Integer> ruleIndex = new HashMap<>();
    private final Placeholder[][] placeholders;

    GrammarIndex(HelpCatalog help) {
        this.help = help;
        Vocabulary v = IosParser.VOCABULARY;
        int max = v.getMaxTokenType();
        keywords = new String[max + 1];
        keywordsLower = new String[max + 1];
        values = new ValueKind[max + 1];
        symbolic = new String[max + 1];
        interfaceType = new boolean[max + 1];
        for (int t = 1; t <= max; t++) {
            String lit = v.getLiteralName(t);
            symbolic[t] = v.getSymbolicName(t);
            if (lit != null && lit.length() >= 2 && lit.startsWith("'") && lit.endsWith("'")) {
                keywords[t] = unescape(lit.substring(1, lit.length() - 1));
                keywordsLower[t] = lower(keywords[t]);
                interfaceType[t] = INTERFACE_TYPES.contains(keywords[t]);
            } else {
                values[t] = ValueKind.bySymbolicName(symbolic[t]);
            }
        }
        for (int i = 0; i < ruleNames.length; i++) {
            ruleIndex.put(ruleNames[i], i);
        }
        placeholders = new Placeholder[ruleNames.length][];
        for (int r = 0; r < ruleNames.length; r++) {
            placeholders[r] = new Placeholder[max + 1];
            for (int t = 1; t <= max; t++) {
                if (values[t] != null) {
                    placeholders[r][t] = help.value(ruleNames[r], symbolic[t]);
                }
            }
        }
    }

    private static String unescape(String s) {
        return s.replace("\\'", "'").replace("\\\\", "\\");
    }

    /** The keyword spelled by a token type, or null for non-keywords. */
    String keyword(int type) {
        return type > 0 && type < keywords.length ? keywords[type] : null;
    }

    /** The keyword of a token type in lower case, or null for non-keywords. */
    String keywordLower(int type) {
        return type > 0 && type < keywordsLower.length ? keywordsLower[type] : null;
    }

    /** The value kind of a token type, or null. */
    ValueKind value(int type) {
        return type > 0 && type < values.length ? values[type] : null;
    }

    String tokenName(int type) {
        return type > 0 && type < symbolic.length ? symbolic[type] : null;
    }

    boolean isInterfaceType(int type) {
        return type > 0 && type < interfaceType.length && interfaceType[type];
    }

    /** The rule index of a rule name, or -1. */
    int ruleIndex(String name) {
        Integer i = ruleIndex.get(name);
        return i == null ? -1 : i;
    }

    /** The placeholder written for a value token inside a rule, or null. */
    Placeholder placeholder(int rule, int type) {
        return placeholders[rule][type];
    }

    String keywordHelp(int rule, int type) {
        return help.keyword(ruleNames[rule], keywords[type]);
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
