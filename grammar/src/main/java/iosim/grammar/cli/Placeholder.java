package iosim.grammar.cli;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The help of a value position: an IOS placeholder ({@code WORD}, {@code A.B.C.D},
 * {@code <1-65535>}, {@code LINE}) and its one-line description. A {@code <lo-hi>}
 * placeholder also bounds the numbers the position accepts.
 */
public record Placeholder(String display, String help, long low, long high) {
    private static final Pattern RANGE = Pattern.compile("<(\\d{1,19})-(\\d{1,19})>");

    /** Parses a help value such as {@code "<1-65535> Sequence to insert into crypto map entry"}. */
    public static Placeholder parse(String value) {
        String v = value.strip();
        int sp = v.indexOf(' ');
        String display = sp < 0 ? v : v.substring(0, sp);
        String help = sp < 0 ? "" : v.substring(sp + 1).strip();
        Matcher m = RANGE.matcher(display);
        if (m.matches()) {
            try {
                return new Placeholder(display, help, Long.parseLong(m.group(1)), Long.parseLong(m.group(2)));
            } catch (NumberFormatException e) {
                // fall through: unbounded
            }
        }
        return new Placeholder(display, help, Long.MIN_VALUE, Long.MAX_VALUE);
    }

    /** True when the placeholder bounds the accepted numbers. */
    public boolean isRange() {
        return low != Long.MIN_VALUE || high != Long.MAX_VALUE;
    }

    /** True when a decimal word lies inside the bounds (always true without bounds). */
    public boolean accepts(String decimal) {
        if (!isRange()) {
            return true;
        }
        try {
            long v = Long.parseLong(decimal);
            return v >= low && v <= high;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
