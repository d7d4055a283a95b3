package iosim.config.model;

import java.util.Arrays;
import java.util.List;

/**
 * The {@code archive} block: where {@code archive config} (and {@code write memory} with
 * {@code write-memory}, and every {@code time-period} minutes) saves a copy of the
 * running-config, and how many copies it keeps.
 */
public final class ArchiveSettings extends ModelObject {
    /** {@code maximum}'s value when not configured. */
    public static final int DEFAULT_MAXIMUM = 10;

    private String path;
    private int maximum = DEFAULT_MAXIMUM;
    private boolean writeMemory;
    private Integer timePeriod;

    /** The {@code path} URL as typed (may hold {@code $h} and {@code $t}), or null. */
    public String path() { return path; }
    public void setPath(String path) { this.path = path; }
    /** How many archive files are kept (1-14). */
    public int maximum() { return maximum; }
    public void setMaximum(int maximum) { this.maximum = maximum; }
    /** True when {@code write memory} also archives. */
    public boolean writeMemory() { return writeMemory; }
    public void setWriteMemory(boolean writeMemory) { this.writeMemory = writeMemory; }
    /** Minutes between automatic archives, or null. */
    public Integer timePeriod() { return timePeriod; }
    public void setTimePeriod(Integer minutes) { this.timePeriod = minutes; }

    @Override
    protected List<Object> state() {
        return Arrays.asList(path, maximum, writeMemory, timePeriod);
    }
}
