package iosim.shell.cli;

/**
 * A terminal nobody types at that keeps what a session prints (a startup-config load's errors,
 * the text of a {@code ?} answer, a command run by a test or a benchmark). Every question takes
 * its default; a secret asked for gets no answer. Safe to print to from any thread.
 */
public final class CaptureTerminal implements Terminal {
    private final StringBuilder out = new StringBuilder();

    @Override
    public synchronized void print(String text) {
        out.append(text);
    }

    @Override
    public String confirm(String question) {
        return "";
    }

    @Override
    public String readSecret(String question) {
        return null;
    }

    @Override
    public boolean interactive() {
        return false;
    }

    /** Forgets what was printed so far. */
    public synchronized void reset() {
        out.setLength(0);
    }

    /** Everything printed since the start or the last {@link #reset}. */
    public synchronized String text() {
        return out.toString();
    }
}
