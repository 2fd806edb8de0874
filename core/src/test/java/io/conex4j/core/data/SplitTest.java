package io.conex4j.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.conex4j.core.testutil.Property;
import org.junit.jupiter.api.Test;

/** A seeded split: two disjoint sets of distinct indices of the requested sizes, the same for the same seed. */
class SplitTest {

    @Test
    void theTwoSetsAreDisjointDistinctIndicesOfTheRequestedSizesAndTheSeedFixesThem() {
        Property.forAll("split sets are disjoint, in range, sized, and fixed by the seed", rnd -> {
            int size = rnd.nextInt(200);
            int first = rnd.nextInt(size + 1);
            int second = rnd.nextInt(size - first + 1);
            long seed = rnd.nextLong();
            Split s = Split.shuffled(size, first, second, seed);
            assertEquals(first, s.first().length);
            assertEquals(second, s.second().length);
            boolean[] seen = new boolean[size];
            for (int[] set : new int[][] {s.first(), s.second()}) {
                for (int i : set) {
                    assertFalse(seen[i], "index " + i + " appears twice");
                    seen[i] = true;
                }
            }
            Split again = Split.shuffled(size, first, second, seed);
            assertArrayEquals(s.first(), again.first());
            assertArrayEquals(s.second(), again.second());
        });
    }

    @Test
    void theShuffleIsPinnedAndReturnsCopies() {
        Split s = Split.shuffled(10, 4, 3, 42);
        assertArrayEquals(new int[] {7, 9, 4, 2}, s.first(), "the split of seed 42, the same on every platform");
        s.first()[0] = -1;
        assertEquals(7, s.first()[0], "a copy each time");
        assertEquals(3, s.second().length);
    }

    @Test
    void sizesThatDoNotFitAreRefused() {
        assertEquals("Split: 8 + 3 samples from a dataset of 10; need both >= 0 and at most 10 in all",
                assertThrows(IllegalArgumentException.class, () -> Split.shuffled(10, 8, 3, 1)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Split.shuffled(10, -1, 3, 1));
    }
}
