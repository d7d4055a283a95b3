package iosim.grammar.cli;

import java.util.Map;

/**
 * IOS's preferred short forms that are not strictly unique (reference 1.3): when a typed word
 * is a prefix of several keywords and one of them is listed here for that word, it wins.
 */
final class AbbreviationOverrides {
    private static final Map<String, String> PREFERRED = Map.ofEntries(
            Map.entry("sh", "show"),
            Map.entry("conf", "configure"),
            Map.entry("int", "interface"),
            Map.entry("wr", "write"),
            Map.entry("en", "enable"),
            Map.entry("p", "ping"),
            Map.entry("u", "undebug"),
            Map.entry("un", "undebug"));

    private AbbreviationOverrides() {}

    /** The preferred keyword for a typed word (lower case), or null. */
    static String preferred(String lowerWord) {
        return PREFERRED.get(lowerWord);
    }
}
