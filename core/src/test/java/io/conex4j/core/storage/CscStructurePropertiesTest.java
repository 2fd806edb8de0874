package io.conex4j.core.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conex4j.core.behaviors.synapse.WeightInitializer;
import io.conex4j.core.runtime.SynapseGroup;
import io.conex4j.core.testutil.Property;
import io.conex4j.core.testutil.TestNets;
import org.junit.jupiter.api.Test;

/** The CSC structure produced by the true-sparse WeightInitializer. */
class CscStructurePropertiesTest {

    @Test
    void cscHasMonotonicColumnPointersSortedDistinctRowsAndExactNnz() {
        Property.forAll("CSC structure", rnd -> {
            int r = 1 + rnd.nextInt(60);
            int c = 1 + rnd.nextInt(60);
            double density = rnd.nextDouble() < 0.1 ? rnd.nextDouble() : rnd.nextDouble() * 0.3;
            if (density >= 1) {
                density = 0.5;
            }
            SynapseGroup s = TestNets.pair(r, c).add(WeightInitializer.mode("random").density(density).build());
            s.network().initialize();
            CscWeights w = (CscWeights) s.weights();
            assertEquals((int) ((double) r * c * density), w.nnz(), "nnz = floor(rows*cols*density)");
            int[] ptr = w.colPtr();
            assertEquals(c + 1, ptr.length);
            assertEquals(0, ptr[0]);
            assertEquals(w.nnz(), ptr[c]);
            for (int j = 0; j < c; j++) {
                assertTrue(ptr[j] <= ptr[j + 1], "colPtr monotonic");
                for (int k = ptr[j]; k < ptr[j + 1]; k++) {
                    assertTrue(w.rowIdx()[k] >= 0 && w.rowIdx()[k] < r, "row in range");
                    if (k > ptr[j]) {
                        assertTrue(w.rowIdx()[k - 1] < w.rowIdx()[k], "rows strictly ascending");
                    }
                    assertEquals(j, w.colIdx()[k], "colIdx = column");
                    
                }
            }
            int[] rowPtr = w.rowPtr();
            for (int i = 0; i < r; i++) {
                for (int e = rowPtr[i]; e < rowPtr[i + 1]; e++) {
                    assertEquals(i, w.rowIdx()[w.rowEntries()[e]], "row index groups entries by row");
                }
            }
            CscWeights round = new CscWeights(r, c, ptr, w.rowIdx(), w.values());
            assertArrayEquals(w.toDense(), round.toDense());
        });
    }

    @Test
    void builderKeepsEachValueWithItsPosition() {
        CscWeights w = CscBuilder.fromPositions(3, 2, new long[] {5, 0, 3, 2}, new float[] {50, 0.5f, 30, 20});
        assertArrayEquals(new int[] {0, 2, 4}, w.colPtr());
        assertArrayEquals(new int[] {0, 1, 1, 2}, w.rowIdx());
        assertArrayEquals(new float[] {0.5f, 20, 30, 50}, w.values());
        assertEquals(30f, w.get(1, 1));
        assertEquals(0f, w.get(0, 1));
    }
}
