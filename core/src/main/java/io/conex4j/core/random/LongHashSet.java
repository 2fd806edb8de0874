package io.conex4j.core.random;

import java.util.Arrays;

/** An open-addressing set of non-negative longs, sized once; no boxing. */
final class LongHashSet {

    private static final long EMPTY = -1L;
    private final long[] table;
    private final int mask;

    /** The most elements a set holds: its table (twice as many slots, a power of two) must fit one array. */
    static final int MAX_ELEMENTS = 1 << 29;

    LongHashSet(int expected) {
        if (expected < 0 || expected > MAX_ELEMENTS) {
            throw new IllegalArgumentException("LongHashSet: expected size (" + expected + ") must be in [0, "
                    + MAX_ELEMENTS + "]");
        }
        int cap = capacity(expected);
        table = new long[cap];
        Arrays.fill(table, EMPTY);
        mask = cap - 1;
    }

    /** The table length for {@code expected} elements (0 to {@link #MAX_ELEMENTS}): a power of two, at least twice it. */
    static int capacity(int expected) {
        return Integer.highestOneBit(Math.max(4, expected) * 2 - 1) << 1;
    }

    /** Adds {@code v}; false if it was already present. */
    boolean add(long v) {
        int i = slot(v);
        while (true) {
            long t = table[i];
            if (t == EMPTY) {
                table[i] = v;
                return true;
            }
            if (t == v) {
                return false;
            }
            i = (i + 1) & mask;
        }
    }

    boolean contains(long v) {
        int i = slot(v);
        while (true) {
            long t = table[i];
            if (t == EMPTY) {
                return false;
            }
            if (t == v) {
                return true;
            }
            i = (i + 1) & mask;
        }
    }

    private int slot(long v) {
        long h = v * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }
}
