package iosim.shell.cli;

/**
 * Where a CLI session writes and asks: the console (stdin or JLine), an SSH channel, a test.
 * The session never touches a stream or JLine itself.
 */
public interface Terminal {

    /** Writes text exactly as given ("\n" ends lines). */
    void print(String text);

    /**
     * Asks a question that has a default answer (IOS's {@code [confirm]}, {@code [startup-config]?}).
     * A non-interactive terminal shows the question, takes the default and ends the line.
     *
     * @return the answer typed, or {@code ""} for the default
     */
    String confirm(String question);

    /**
     * Asks one question of a dialog (the extended {@code ping}'s {@code Target IP address:}) and
     * reads the answer from the next input line, even on a terminal no person types at (piped
     * input answers line by line). The default asks as {@link #confirm} does.
     *
     * @return the answer typed ({@code ""} for the default), or null when no more input exists
     */
    default String ask(String question) {
        return confirm(question);
    }

    /**
     * Asks for a secret (the {@code Password:} of {@code enable}); the answer is not echoed.
     *
     * @return the answer, or null when no more input exists
     */
    String readSecret(String question);

    /** True when a person types at this terminal (questions without defaults may be asked). */
    boolean interactive();
}
