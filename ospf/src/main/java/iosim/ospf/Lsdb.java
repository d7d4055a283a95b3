package iosim.ospf;

import iosim.ospf.packet.Lsa;
import iosim.ospf.packet.LsaHeader;
import iosim.ospf.packet.LsaKey;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeMap;

/**
 * One link-state database (an area's, or the AS-external one). An entry remembers when it was
 * installed, so the current age is the received age plus the seconds held.
 */
final class Lsdb {
    /** An installed LSA. */
    static final class Entry {
        final Lsa lsa;
        final long installedMillis;

        Entry(Lsa lsa, long installedMillis) {
            this.lsa = lsa;
            this.installedMillis = installedMillis;
        }

        int age(long now) {
            long a = lsa.header().age() + (now - installedMillis) / 1000;
            return (int) Math.min(LsaHeader.MAX_AGE, a);
        }

        /** The LSA with its current age in the header (what goes into DBDs, updates and shows). */
        Lsa current(long now) {
            int a = age(now);
            return a == lsa.header().age() ? lsa : lsa.withAge(a);
        }

        LsaHeader header(long now) {
            LsaHeader h = lsa.header();
            return new LsaHeader(age(now), h.options(), h.type(), h.lsId(), h.advRouter(), h.seq(), h.checksum(), h.length());
        }
    }

    private final TreeMap<LsaKey, Entry> entries = new TreeMap<>();

    Entry get(LsaKey k) {
        return entries.get(k);
    }

    /** Installs {@code lsa}; returns true when its contents differ from the previous instance (SPF needed). */
    boolean install(Lsa lsa, long now) {
        Entry old = entries.put(lsa.key(), new Entry(lsa, now));
        boolean maxAge = lsa.header().age() >= LsaHeader.MAX_AGE;
        return old == null || !old.lsa.sameContents(lsa) || maxAge != (old.age(now) >= LsaHeader.MAX_AGE);
    }

    void remove(LsaKey k) {
        entries.remove(k);
    }

    Collection<Entry> entries() {
        return entries.values();
    }

    List<LsaHeader> headers(long now) {
        List<LsaHeader> out = new ArrayList<>(entries.size());
        for (Entry e : entries.values()) {
            out.add(e.header(now));
        }
        return out;
    }

    int size() {
        return entries.size();
    }

    void clear() {
        entries.clear();
    }
}
