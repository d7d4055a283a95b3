package iosim.config.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/** A crypto map set: its entries by ascending sequence number. */
public final class CryptoMap extends ModelObject {
    private final String name;
    private final TreeMap<Integer, CryptoMapEntry> entries = new TreeMap<>();

    public CryptoMap(String name) {
        this.name = name;
    }

    public String name() { return name; }
    public SortedMap<Integer, CryptoMapEntry> entries() { return Collections.unmodifiableSortedMap(entries); }
    public CryptoMapEntry entry(int seq) { return entries.get(seq); }
    public CryptoMapEntry entryOrCreate(int seq) { return entries.computeIfAbsent(seq, CryptoMapEntry::new); }
    public void removeEntry(int seq) { entries.remove(seq); }

    @Override
    protected List<Object> state() {
        return Arrays.asList(name, entries);
    }
}
