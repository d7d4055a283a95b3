package iosim.shell.lab;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code ./iosim lab --list}: the labs under a folder (each sub-folder with a {@code lab.yaml}),
 * each with the one-line description that is its README's title, marked {@code fault} when it
 * has a {@code lab> check} ({@code check.yaml}).
 */
public final class LabCatalogue {
    /** One lab of the catalogue. */
    public record Entry(Path dir, String description, boolean fault) {}

    private LabCatalogue() {
    }

    public static List<Entry> list(Path root) throws IOException {
        List<Entry> out = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return out;
        }
        try (Stream<Path> dirs = Files.list(root)) {
            for (Path d : (Iterable<Path>) dirs.sorted()::iterator) {
                if (Files.isRegularFile(d.resolve(LabParser.FILE_NAME))) {
                    out.add(new Entry(d, description(d), Files.isRegularFile(d.resolve(ScenarioCheck.FILE_NAME))));
                }
            }
        }
        return out;
    }

    /** The README's first heading (without {@code #} and the "Lab:" kind), or the lab's name. */
    static String description(Path dir) throws IOException {
        Path readme = dir.resolve("README.md");
        if (Files.isRegularFile(readme)) {
            for (String line : Files.readAllLines(readme, StandardCharsets.UTF_8)) {
                if (line.startsWith("# ")) {
                    return line.substring(2).replaceFirst("^(Troubleshooting lab|Lab): *", "").strip();
                }
            }
        }
        return "(no README.md)";
    }

    /** The listing's text. */
    public static String text(Path root) throws IOException {
        StringBuilder b = new StringBuilder("Labs in " + root + " (start one: ./iosim lab " + root + "/NAME;"
                + " fault: a troubleshooting lab, lab> check grades it):\n");
        for (Entry e : list(root)) {
            b.append(String.format("  %-28s %-6s %s%n", e.dir().getFileName(), e.fault() ? "fault" : "", e.description()));
        }
        return b.toString();
    }
}
