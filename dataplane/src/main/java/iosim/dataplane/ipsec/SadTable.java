package iosim.dataplane.ipsec;

import java.util.Arrays;

/**
 * The SAD's inbound index: (SPI, destination) packed into one {@code long} -> inbound SA,
 * open addressing with linear probing, so the per-packet lookup neither boxes a key nor walks a
 * bucket list. Loop-confined like the rest of the engine.
 */
final class SadTable<V> {
    private long[] keys = new long[16];
    private Object[] values = new Object[16];
    private int size;

    static long key(long spi, int destination) {
        return spi << 32 | (destination & 0xffffffffL);
    }

    @SuppressWarnings("unchecked")
    V get(long key) {
        int mask = keys.length - 1;
        for (int i = slot(key, mask); ; i = (i + 1) & mask) {
            Object v = values[i];
            if (v == null) {
                return null;
            }
            if (keys[i] == key) {
                return (V) v;
            }
        }
    }

    boolean containsKey(long key) {
        return get(key) != null;
    }

    void put(long key, V sa) {
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        int i = slot(key, mask);
        while (values[i] != null && keys[i] != key) {
            i = (i + 1) & mask;
        }
        if (values[i] == null) {
            size++;
        }
        keys[i] = key;
        values[i] = sa;
    }

    @SuppressWarnings("unchecked")
    void remove(long key) {
        int mask = keys.length - 1;
        int i = slot(key, mask);
        while (values[i] != null && keys[i] != key) {
            i = (i + 1) & mask;
        }
        if (values[i] == null) {
            return;
        }
        values[i] = null;
        size--;
        // re-insert the rest of the probe run so later lookups do not stop at the hole
        for (int j = (i + 1) & mask; values[j] != null; j = (j + 1) & mask) {
            long k = keys[j];
            Object v = values[j];
            values[j] = null;
            size--;
            put(k, (V) v);
        }
    }

    int size() {
        return size;
    }

    @SuppressWarnings("unchecked")
    private void grow() {
        long[] oldKeys = keys;
        Object[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new Object[oldKeys.length * 2];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldValues[i] != null) {
                put(oldKeys[i], (V) oldValues[i]);
            }
        }
        Arrays.fill(oldValues, null);
    }

    private static int slot(long key, int mask) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 40) & mask;
    }
}
