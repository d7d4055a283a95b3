package iosim.grammar.cli;

/** One line of {@code ?} help: the keyword or placeholder, and its description. */
public record HelpEntry(String display, String help) {
    /** The entry printed when the command may end here. */
    public static final HelpEntry CR = new HelpEntry("<cr>", "");
}
