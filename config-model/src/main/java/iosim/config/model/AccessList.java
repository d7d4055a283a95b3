package iosim.config.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** A named or numbered IP access list: its kind and its entries by sequence number. */
public final class AccessList extends ModelObject {
    public static final int SEQUENCE_STEP = 10;

    private final String name;
    private final boolean extended;
    private final TreeMap<Integer, AclRule> entries = new TreeMap<>();

    public AccessList(String name, boolean extended) {
        this.name = name;
        this.extended = extended;
    }

    public String name() { return name; }
    public boolean extended() { return extended; }

    /** True for a numbered list (1-199, 1300-2699), rendered as {@code access-list N} lines. */
    public boolean numbered() {
        return name.chars().allMatch(Character::isDigit);
    }

    /** Entries by sequence number, ascending. */
    public SortedMap<Integer, AclRule> entries() {
        return Collections.unmodifiableSortedMap(entries);
    }

    /** The sequence number the next entry without one gets: last + 10. */
    public int nextSequence() {
        return entries.isEmpty() ? SEQUENCE_STEP : entries.lastKey() + SEQUENCE_STEP;
    }

    /** The sequence number of an identical entry, or null. */
    public Integer sequenceOf(AclRule rule) {
        for (Map.Entry<Integer, AclRule> e : entries.entrySet()) {
            if (e.getValue().equals(rule)) {
                return e.getKey();
            }
        }
        return null;
    }

    public void put(int sequence, AclRule rule) {
        entries.put(sequence, rule);
    }

    public AclRule remove(int sequence) {
        return entries.remove(sequence);
    }

    /** Kind of list a number implies: true extended, false standard, null when out of range. */
    public static Boolean extendedForNumber(long n) {
        if ((n >= 1 && n <= 99) || (n >= 1300 && n <= 1999)) {
            return false;
        }
        if ((n >= 100 && n <= 199) || (n >= 2000 && n <= 2699)) {
            return true;
        }
        return null;
    }

    @Override
    protected List<Object> state() {
        return Arrays.asList(name, extended, entries);
    }
}
