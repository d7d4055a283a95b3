package iosim.grammar.cli;

import java.util.List;

/** Lays out {@code ?} answers as IOS prints them. Pure functions. */
public final class HelpFormatter {
    private HelpFormatter() {}

    /**
     * {@code word ?}: each entry on its own line, indented two blanks, names in a column as wide
     * as the longest name plus two, then the help; {@code <cr>} alone. Lines end with "\n".
     */
    public static String listing(List<HelpEntry> entries) {
        int width = 0;
        for (HelpEntry e : entries) {
            if (e != HelpEntry.CR) {
                width = Math.max(width, e.display().length());
            }
        }
        StringBuilder sb = new StringBuilder();
        for (HelpEntry e : entries) {
            sb.append("  ");
            if (e.help().isEmpty()) {
                sb.append(e.display());
            } else {
                sb.append(e.display()).append(" ".repeat(width + 2 - e.display().length())).append(e.help());
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** {@code word?}: the names separated by two blanks, wrapped before {@code columns}. */
    public static String words(List<String> names, int columns) {
        StringBuilder sb = new StringBuilder();
        int col = 0;
        for (String n : names) {
            if (col > 0 && col + 2 + n.length() > columns) {
                sb.append('\n');
                col = 0;
            }
            if (col > 0) {
                sb.append("  ");
                col += 2;
            }
            sb.append(n);
            col += n.length();
        }
        return sb.append('\n').toString();
    }
}
