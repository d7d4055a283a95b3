package iosim.grammar.cli;

import java.util.regex.Pattern;

/**
 * The value tokens declared in {@code Ios.g4} and the patterns the matcher gives them. The
 * declaration order is the precedence when one word fits several kinds at one position.
 */
public enum ValueKind {
    IPV4(Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}")),
    DEC(Pattern.compile("\\d{1,10}")),
    IFNUM(Pattern.compile("\\d{1,5}(/\\d{1,5}){0,3}(\\.\\d{1,10})?")),
    WORD(Pattern.compile("\\S+")),
    /** The rest of the line, raw; it matches any word and swallows everything after it. */
    LINE(Pattern.compile("(?s).+"));

    private final Pattern pattern;

    ValueKind(Pattern pattern) {
        this.pattern = pattern;
    }

    /** True when the whole word has this kind's form (ranges are checked separately). */
    public boolean matches(String word) {
        return pattern.matcher(word).matches();
    }

    /** The kind declared under this symbolic token name, or null. */
    public static ValueKind bySymbolicName(String name) {
        if (name == null) {
            return null;
        }
        for (ValueKind k : values()) {
            if (k.name().equals(name)) {
                return k;
            }
        }
        return null;
    }
}
