package iosim.shell.cli;

import iosim.shell.fs.FlashFileSystem;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** The layouts of {@code dir} and {@code show flash:} (render what they are given, compute nothing). */
final class FileText {
    private static final DateTimeFormatter DIR_DATE =
            DateTimeFormatter.ofPattern("MMM d yyyy HH:mm:ss '+00:00'", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter SHOW_DATE =
            DateTimeFormatter.ofPattern("MMM dd yyyy HH:mm:ss", Locale.ROOT).withZone(ZoneOffset.UTC);

    /** One {@code dir} row: index, permissions, size, date (null: {@code <no date>}), name. */
    record DirRow(int index, String perms, long size, Instant date, String name) {}

    private FileText() {}

    /**
     * <pre>
     * Directory of flash:/
     *
     *     1  -rw-        1185  Mar 3 2026 09:42:13 +00:00  backup.cfg
     *
     * 256487424 bytes total (256486239 bytes free)
     * </pre>
     */
    static String dir(String heading, List<DirRow> rows, long total, long free) {
        StringBuilder b = new StringBuilder("Directory of ").append(heading).append("\n\n");
        if (rows.isEmpty()) {
            b.append("No files in directory\n");
        }
        for (DirRow r : rows) {
            String date = r.date() == null ? String.format(Locale.ROOT, "%27s", "<no date>") : DIR_DATE.format(r.date());
            b.append(String.format(Locale.ROOT, "%5d  %s%12d  %s  %s%n", r.index(), r.perms(), r.size(), date, r.name()));
        }
        b.append('\n').append(total).append(" bytes total (").append(free).append(" bytes free)\n");
        return b.toString();
    }

    /** {@code show flash:}: every file with its path, then what is free and used. */
    static String showFlash(List<String> paths, List<FlashFileSystem.Entry> entries, long free, long used) {
        StringBuilder b = new StringBuilder("-#- --length-- -----date/time------ path\n");
        for (int i = 0; i < paths.size(); i++) {
            FlashFileSystem.Entry e = entries.get(i);
            b.append(String.format(Locale.ROOT, "%-3d %10d %s %s%n", i + 1, e.size(), SHOW_DATE.format(e.modified()),
                    paths.get(i)));
        }
        b.append('\n').append(free).append(" bytes available (").append(used).append(" bytes used)\n");
        return b.toString();
    }

    /** IOS's copy summary: {@code 872 bytes copied in 1.204 secs (724 bytes/sec)}. */
    static String copied(long bytes, double secs) {
        double s = Math.max(0.001, secs);
        return String.format(Locale.ROOT, "%d bytes copied in %.3f secs (%d bytes/sec)%n", bytes, s, (long) (bytes / s));
    }
}
