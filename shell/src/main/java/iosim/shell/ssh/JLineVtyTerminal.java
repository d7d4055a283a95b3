package iosim.shell.ssh;

import iosim.shell.cli.Terminal;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.UserInterruptException;

/** The CLI's terminal on a JLine line reader (SSH shell): questions are read from the user. */
final class JLineVtyTerminal implements Terminal {
    private final LineReader reader;

    JLineVtyTerminal(LineReader reader) {
        this.reader = reader;
    }

    @Override
    public void print(String text) {
        reader.getTerminal().writer().print(text);
        reader.getTerminal().writer().flush();
    }

    @Override
    public String confirm(String question) {
        try {
            return reader.readLine(question);
        } catch (UserInterruptException | EndOfFileException e) {
            return "";
        }
    }

    @Override
    public String readSecret(String question) {
        try {
            return reader.readLine(question, '\0');
        } catch (UserInterruptException | EndOfFileException e) {
            return null;
        }
    }

    @Override
    public boolean interactive() {
        return true;
    }
}
