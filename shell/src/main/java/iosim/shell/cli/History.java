package iosim.shell.cli;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** A command history as IOS keeps it: the last ten lines (EXEC and config modes keep one each). */
public final class History {
    public static final int SIZE = 10;
    private final Deque<String> lines = new ArrayDeque<>();

    public void add(String line) {
        String l = line.strip();
        if (l.isEmpty()) {
            return;
        }
        lines.addLast(l);
        while (lines.size() > SIZE) {
            lines.removeFirst();
        }
    }

    public List<String> lines() {
        return List.copyOf(lines);
    }

    /** {@code show history}: each line indented two blanks. */
    public String render() {
        StringBuilder sb = new StringBuilder();
        for (String l : lines) {
            sb.append("  ").append(l).append('\n');
        }
        return sb.toString();
    }
}
