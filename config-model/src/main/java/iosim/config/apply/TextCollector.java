package iosim.config.apply;

import java.util.function.Consumer;

/**
 * Multi-line text after {@code banner motd c}: IOS reads raw lines until one holds the
 * delimiter again; the text (newlines kept) is then committed. Nothing changes before that.
 */
final class TextCollector {
    private String delimiter;
    private StringBuilder text;
    private Consumer<String> onDone;

    boolean active() {
        return delimiter != null;
    }

    void start(String delimiter, String firstLineRest, Consumer<String> onDone) {
        this.delimiter = delimiter;
        this.text = new StringBuilder(firstLineRest);
        this.onDone = onDone;
    }

    /** Adds one raw line; true when it closed the text (and the text was committed). */
    boolean add(String rawLine) {
        int end = rawLine.indexOf(delimiter);
        text.append('\n').append(end >= 0 ? rawLine.substring(0, end) : rawLine);
        if (end < 0) {
            return false;
        }
        Consumer<String> done = onDone;
        String result = text.toString();
        abort();
        done.accept(result);
        return true;
    }

    void abort() {
        delimiter = null;
        text = null;
        onDone = null;
    }
}
