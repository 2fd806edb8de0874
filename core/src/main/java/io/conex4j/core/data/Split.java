package io.conex4j.core.data;

import io.conex4j.core.random.SeededRandom;
import java.util.Arrays;

/**
 * A seeded split of sample indices {@code 0 .. size - 1} into two disjoint sets, e.g. training and test images:
 * the indices are shuffled (Fisher-Yates with a {@link SeededRandom} of the seed) and the first {@code first}
 * shuffled indices form {@link #first()}, the last {@code second} form {@link #second()}. The same seed gives the same
 * split on every platform.
 */
public final class Split {

    private final int[] first;
    private final int[] second;

    private Split(int[] first, int[] second) {
        this.first = first;
        this.second = second;
    }

    /** The first set, in shuffled order (the order to present them in); a copy. */
    public int[] first() {
        return first.clone();
    }

    /** The second set, in shuffled order; a copy. */
    public int[] second() {
        return second.clone();
    }

    /**
     * {@code first} and {@code second} distinct indices of {@code 0 .. size - 1}, shuffled with {@code seed}.
     *
     * @throws IllegalArgumentException unless {@code first, second >= 0} and {@code first + second <= size}
     */
    public static Split shuffled(int size, int first, int second, long seed) {
        if (first < 0 || second < 0 || (long) first + second > size) {
            throw new IllegalArgumentException("Split: " + first + " + " + second + " samples from a dataset of "
                    + size + "; need both >= 0 and at most " + size + " in all");
        }
        int[] order = new int[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        SeededRandom random = new SeededRandom(seed);
        for (int i = size - 1; i > 0; i--) {
            int j = (int) random.nextLong(i + 1L);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return new Split(Arrays.copyOfRange(order, 0, first), Arrays.copyOfRange(order, size - second, size));
    }
}
