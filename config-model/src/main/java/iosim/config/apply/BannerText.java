package iosim.config.apply;

/**
 * The text of {@code banner motd c TEXT c}: the first character (or IOS's own {@code ^C}) is
 * the delimiter; the text runs to the next delimiter, or to the end of the line.
 */
final class BannerText {
    private BannerText() {
    }

    static String parse(String raw) {
        String s = raw.strip();
        String delimiter = s.startsWith("^C") ? "^C" : s.substring(0, 1);
        String rest = s.substring(delimiter.length());
        int end = rest.indexOf(delimiter);
        return end >= 0 ? rest.substring(0, end) : rest;
    }
}
