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
        switch (this) {
            case DEC:
                return isDigits(word, 10);
            case WORD:
            case LINE:
                return !word.isEmpty() && (this == LINE || noBlank(word));
            case IPV4:
                if (word.isEmpty() || !Character.isDigit(word.charAt(0)) || word.length() > 15) {
                    return false;
                }
                return pattern.matcher(word).matches();
            default:
                if (word.isEmpty() || !Character.isDigit(word.charAt(0))) {
                    return false;
                }
                return pattern.matcher(word).matches();
        }
    }

    private static boolean isDigits(String w, int maxLength) {
        if (w.isEmpty() || w.length() > maxLength) {
            return false;
        }
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean noBlank(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (Character.isWhitespace(w.charAt(i))) {
                return false;
            }
        }
        return true;
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
