package iosim.transcript;

import java.util.ArrayList;
import java.util.List;

/**
 * A transcript file: the exact terminal session (prompt + typed line + output) and, optionally,
 * the startup-config the router boots from and the secrets typed at {@code Password:} (which a
 * terminal does not echo). Layout:
 *
 * <pre>
 * --- startup-config        (optional section)
 * hostname R1
 * --- secrets               (optional section, one per line, in order)
 * s3cret
 * --- session               (the section header may be left out when it is the only one)
 * R1&gt;enable
 * ...
 * </pre>
 *
 * The router boots from the startup-config (stored as {@code startup-config}, so load errors
 * read {@code startup-config:LINE: ...}) with the clock frozen at 2026-03-03 09:42:13.507 UTC.
 */
record Transcript(String name, String startupConfig, List<String> secrets, String session) {

    static Transcript parse(String name, String text) {
        if (!text.startsWith("--- ")) {
            return new Transcript(name, null, List.of(), text);
        }
        String startup = null;
        List<String> secrets = new ArrayList<>();
        StringBuilder session = new StringBuilder();
        String section = "";
        StringBuilder current = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (line.startsWith("--- ") && !section.equals("session")) {
                if (section.equals("startup-config")) {
                    startup = current.toString();
                }
                section = line.substring(4).strip();
                current.setLength(0);
                continue;
            }
            switch (section) {
                case "startup-config" -> current.append(line).append('\n');
                case "secrets" -> {
                    if (!line.isEmpty()) {
                        secrets.add(line);
                    }
                }
                case "session" -> session.append(line).append('\n');
                default -> throw new IllegalArgumentException(name + ": unknown section " + section);
            }
        }
        String s = session.toString();
        if (s.endsWith("\n\n")) {
            s = s.substring(0, s.length() - 1);
        }
        return new Transcript(name, startup, secrets, s);
    }
}
