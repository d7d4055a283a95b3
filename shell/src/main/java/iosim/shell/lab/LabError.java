package iosim.shell.lab;

import java.nio.file.Path;

/** One problem in a lab file: where (file and 1-based line, 0 when the whole file) and what. */
public record LabError(Path file, int line, String problem) {
    @Override
    public String toString() {
        String where = file == null ? "lab" : file.toString();
        return line > 0 ? where + ":" + line + ": " + problem : where + ": " + problem;
    }
}
