package iosim.shell.cli;

/** IOS's error texts, exactly (reference 1.3). Pure functions. */
public final class CliErrors {
    private CliErrors() {}

    /** The caret under column {@code caretColumn} (the prompt counts), the message, a blank line. */
    public static String invalid(int caretColumn) {
        return " ".repeat(Math.max(0, caretColumn)) + "^\n% Invalid input detected at '^' marker.\n\n";
    }

    public static String incomplete() {
        return "% Incomplete command.\n\n";
    }

    /** Two blanks after the colon, the whole typed line quoted, no blank line after. */
    public static String ambiguous(String typed) {
        return "% Ambiguous command:  \"" + typed + "\"\n";
    }

    public static String unrecognized() {
        return "% Unrecognized command\n";
    }

    /** A first word that is no EXEC command is taken for a host name to Telnet to. */
    public static String unknownCommand(String word) {
        return "Translating \"" + word + "\"...domain server (255.255.255.255)\n"
                + "% Unknown command or computer name, or unable to find computer address\n";
    }
}
