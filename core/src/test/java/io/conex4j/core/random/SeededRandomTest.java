package io.conex4j.core.random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conex4j.core.testutil.Property;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The seeded generator: determinism, ranges, sampling without replacement, state round trip. */
class SeededRandomTest {

    @Test
    void sameSeedSameDraws() {
        SeededRandom a = new SeededRandom(42);
        SeededRandom b = new SeededRandom(42);
        for (int i = 0; i < 1000; i++) {
            assertEquals(a.nextLong(), b.nextLong());
        }
    }

    @Test
    void samplesAreDistinctInRangeAndExactlyK() {
        Property.forAll("sample distinct, in range, exactly k", rnd -> {
            long population = 1 + rnd.nextInt(5000);
            int k = rnd.nextInt((int) population + 1);
            long[] s = new SeededRandom(rnd.nextLong()).sample(population, k);
            assertEquals(k, s.length);
            Set<Long> seen = new HashSet<>();
            for (long v : s) {
                assertTrue(v >= 0 && v < population, "in range");
                assertTrue(seen.add(v), "distinct");
            }
        });
    }

    @Test
    void samplingIsUniformOverPositions() {
        int[] hits = new int[10];
        SeededRandom r = new SeededRandom(9);
        for (int t = 0; t < 20_000; t++) {
            for (long v : r.sample(10, 3)) {
                hits[(int) v]++;
            }
        }
        for (int h : hits) {
            assertEquals(6000, h, 300);
        }
    }

    @Test
    void sortedDrawsWithDuplicatesDrawnAgainAreDistinctAscendingAndExactlyK() {
        // the path for more than 2^29 samples, exercised on small populations where duplicates are frequent
        Property.forAll("sorted distinct draws", rnd -> {
            long population = 1 + rnd.nextInt(3000);
            int k = 1 + rnd.nextInt((int) population);
            long[] s = new SeededRandom(rnd.nextLong()).sortedDistinct(population, k);
            assertEquals(k, s.length);
            for (int i = 0; i < k; i++) {
                assertTrue(s[i] >= 0 && s[i] < population, "in range");
                assertTrue(i == 0 || s[i - 1] < s[i], "ascending and distinct");
            }
        });
    }

    @Test
    void sortedDrawsAreUniformOverPositions() {
        int[] hits = new int[10];
        SeededRandom r = new SeededRandom(11);
        for (int t = 0; t < 20_000; t++) {
            for (long v : r.sortedDistinct(10, 6)) {
                hits[(int) v]++;
            }
        }
        for (int h : hits) {
            assertEquals(12_000, h, 400);
        }
    }

    @Test
    void stateRoundTripContinuesTheSameSequence() {
        SeededRandom a = new SeededRandom(5);
        a.nextGaussian();
        long[] state = a.state();
        float[] x = new float[10];
        a.normal(x, 0, 10);
        SeededRandom b = new SeededRandom(0);
        b.restore(state);
        float[] y = new float[10];
        b.normal(y, 0, 10);
        assertArrayEquals(x, y);
    }
}
