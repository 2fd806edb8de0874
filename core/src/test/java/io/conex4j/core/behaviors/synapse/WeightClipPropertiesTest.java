package io.conex4j.core.behaviors.synapse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conex4j.core.runtime.SynapseGroup;
import io.conex4j.core.storage.DenseWeights;
import io.conex4j.core.storage.Weights;
import io.conex4j.core.testutil.Property;
import io.conex4j.core.testutil.TestNets;
import org.junit.jupiter.api.Test;

/** WeightClip invariants on dense and CSC weights. */
class WeightClipPropertiesTest {

    @Test
    void clipPutsEveryWeightInRangeIsIdempotentAndLeavesInRangeWeightsUntouched() {
        Property.forAll("clip in range, idempotent, in-range untouched", rnd -> {
            int r = 1 + rnd.nextInt(25);
            int c = 1 + rnd.nextInt(25);
            double lo = -2 + rnd.nextDouble() * 2;
            double hi = lo + 0.01 + rnd.nextDouble() * 2;
            Weights w0 = io.conex4j.core.testutil.RandomWeights.any(rnd, r, c);
            float[] before = w0.values().clone();
            SynapseGroup s = TestNets.withWeights(r, c, w0).add(new WeightClip(lo, hi));
            s.network().step();
            float[] after = s.weights().values().clone();
            for (int i = 0; i < after.length; i++) {
                assertTrue(after[i] >= (float) lo && after[i] <= (float) hi, after[i] + " outside");
                if (before[i] >= (float) lo && before[i] <= (float) hi) {
                    assertEquals(before[i], after[i]);
                }
            }
            s.network().step();
            assertArrayEquals(after, s.weights().values());
        });
    }

    @Test
    void negativeBoundsAreAllowedForInhibitoryWeights() {
        SynapseGroup s = TestNets.withWeights(2, 3, new DenseWeights(new float[] {-2, 0.3f, 0.7f, 5, 0.45f, -0.1f}, 2, 3))
                .add(new WeightClip(-1, 1));
        s.network().step();
        assertArrayEquals(new float[] {-1, 0.3f, 0.7f, 1, 0.45f, -0.1f}, s.weights().values());
    }
}
