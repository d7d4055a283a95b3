package iosim.config.apply;

/**
 * The text of {@code banner motd c TEXT c}: the first character (or IOS's own {@code ^C}) is
 * the delimiter; the text runs to the next delimiter. Without a closing delimiter on the same
 * line, the text continues on the following lines.
 */
record BannerText(String delimiter, String text, boolean closed) {

    static BannerText parse(String raw) {
        String s = raw.strip();
        String delimiter = s.startsWith("^C") ? "^C" : s.substring(0, 1);
        String rest = s.substring(delimiter.length());
        int end = rest.indexOf(delimiter);
        return end >= 0 ? new BannerText(delimiter, rest.substring(0, end), true) : new BannerText(delimiter, rest, false);
    }

    /** IOS's prompt for the rest of the text. */
    String enterTextMessage() {
        return "Enter TEXT message.  End with the character '" + delimiter + "'.";
    }
}
