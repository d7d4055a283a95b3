package iosim.shell.cli;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A router's configuration archive as IOS keeps it in memory: the names of the archive files
 * saved since boot in {@code maximum} slots used round-robin, the number the next one gets, and
 * a pending {@code configure replace ... time N} (the configuration to go back to). Names come
 * from the {@code path}: {@code $h} is the host name, {@code $t} the time
 * ({@code Dec--8-03-25-11.123}), then {@code -N}. Thread-safe (SSH sessions share it).
 */
public final class ConfigArchive {
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("MMM-ppd-HH-mm-ss.SSS", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final List<String> slots = new ArrayList<>();
    private int next;
    private int mostRecent = -1;
    private String pendingRevert;
    private java.time.Instant periodicSince;
    private Runnable cancelTimer;

    /** The path with {@code $h} and {@code $t} replaced, and {@code -N}. */
    static String name(String path, String hostname, Instant now, int number) {
        String stamp = STAMP.format(now).replace(' ', '-');
        return path.replace("$h", hostname).replace("$t", stamp) + "-" + number;
    }

    /** The name the next archive file will get, {@code <timestamp>} standing for {@code $t}. */
    static String nextShown(String path, String hostname, int number) {
        return path.replace("$h", hostname).replace("$t", "<timestamp>") + "-" + number;
    }

    public synchronized int nextNumber() {
        return next;
    }

    /**
     * Records a saved file in the next slot of {@code maximum}; returns the name it pushed out
     * (to delete), or null.
     */
    public synchronized String saved(String name, int maximum) {
        while (slots.size() > maximum) {
            slots.remove(slots.size() - 1);
        }
        if (mostRecent >= maximum) {
            mostRecent = maximum - 1;
        }
        int slot = (mostRecent + 1) % maximum;
        String old = null;
        if (slot < slots.size()) {
            old = slots.set(slot, name);
        } else {
            slots.add(name);
        }
        mostRecent = slot;
        next++;
        return old;
    }

    /** The slots (1..maximum) as {@code show archive} lists them. */
    public synchronized String show(String path, String hostname, int maximum) {
        StringBuilder b = new StringBuilder();
        b.append("The maximum archive configurations allowed is ").append(maximum).append(".\n");
        b.append("There are currently ").append(Math.min(slots.size(), maximum)).append(" archive configurations saved.\n");
        b.append("The next archive file will be named ").append(nextShown(path, hostname, next)).append('\n');
        b.append("Archive #  Name\n");
        for (int i = 0; i < maximum; i++) {
            String row = String.format(Locale.ROOT, "%-9d%s", i + 1, i < slots.size() ? slots.get(i) : "");
            if (i == mostRecent) {
                row += " <- Most Recent";
            }
            b.append(row.stripTrailing()).append('\n');
        }
        return b.toString();
    }

    /**
     * When the periodic archive's period started: kept as it is, set to {@code now} when it had not
     * started, forgotten with null (no {@code time-period}).
     */
    public synchronized java.time.Instant periodicSince(java.time.Instant now) {
        if (now == null || periodicSince == null) {
            periodicSince = now;
        }
        return periodicSince;
    }

    /** A periodic archive was taken at {@code now}: the next period starts. */
    public synchronized void periodicDone(java.time.Instant now) {
        periodicSince = now;
    }

    /** The most recent archive file, or null. */
    public synchronized String mostRecent() {
        return mostRecent < 0 ? null : slots.get(mostRecent);
    }

    // ---- configure replace ... time N ------------------------------------------------------------

    /** Remembers the configuration a timed replace goes back to, and how to stop its timer. */
    public synchronized void armRevert(String previousConfig, Runnable cancel) {
        disarm();
        pendingRevert = previousConfig;
        cancelTimer = cancel;
    }

    /** The configuration to go back to, if a timed replace waits for {@code configure confirm}. */
    public synchronized String pendingRevert() {
        return pendingRevert;
    }

    /** Ends the wait (confirmed or reverted); returns the configuration it held, or null. */
    public synchronized String disarm() {
        String p = pendingRevert;
        if (cancelTimer != null) {
            cancelTimer.run();
        }
        pendingRevert = null;
        cancelTimer = null;
        return p;
    }
}
