package iosim.dataplane.acl;

import java.util.Arrays;

/** An open-addressing hash map from a pair of longs to a sorted array of entry indexes. Immutable after build. */
final class TupleTable {
    private long[] k1;
    private long[] k2;
    private int[][] values;
    private int size;
    private int mask;

    TupleTable() {
        allocate(16);
    }

    private void allocate(int capacity) {
        k1 = new long[capacity];
        k2 = new long[capacity];
        values = new int[capacity][];
        mask = capacity - 1;
        size = 0;
    }

    private static int hash(long a, long b) {
        long h = a * 0x9E3779B97F4A7C15L + b * 0xC2B2AE3D27D4EB4FL;
        h ^= h >>> 31;
        h *= 0x94D049BB133111EBL;
        return (int) (h ^ (h >>> 29));
    }

    /** Appends {@code index} to the list under (a, b); indexes must be added in increasing order. */
    void add(long a, long b, int index) {
        if ((size + 1) * 2 > values.length) {
            grow();
        }
        int slot = hash(a, b) & mask;
        while (values[slot] != null) {
            if (k1[slot] == a && k2[slot] == b) {
                int[] v = values[slot];
                int[] n = Arrays.copyOf(v, v.length + 1);
                n[v.length] = index;
                values[slot] = n;
                return;
            }
            slot = (slot + 1) & mask;
        }
        k1[slot] = a;
        k2[slot] = b;
        values[slot] = new int[] {index};
        size++;
    }

    private void grow() {
        long[] oa = k1;
        long[] ob = k2;
        int[][] ov = values;
        allocate(ov.length * 2);
        for (int s = 0; s < ov.length; s++) {
            if (ov[s] != null) {
                int slot = hash(oa[s], ob[s]) & mask;
                while (values[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                k1[slot] = oa[s];
                k2[slot] = ob[s];
                values[slot] = ov[s];
                size++;
            }
        }
    }

    int[] get(long a, long b) {
        int slot = hash(a, b) & mask;
        int[] v;
        while ((v = values[slot]) != null) {
            if (k1[slot] == a && k2[slot] == b) {
                return v;
            }
            slot = (slot + 1) & mask;
        }
        return null;
    }

    int size() {
        return size;
    }
}
