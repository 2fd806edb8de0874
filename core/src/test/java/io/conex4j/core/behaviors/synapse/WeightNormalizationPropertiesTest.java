package io.conex4j.core.behaviors.synapse;

import io.conex4j.core.storage.WeightOps;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.conex4j.core.storage.DenseWeights;
import io.conex4j.core.testutil.Property;
import io.conex4j.core.testutil.RandomWeights;
import io.conex4j.core.testutil.TestNets;
import io.conex4j.core.runtime.SynapseGroup;
import org.junit.jupiter.api.Test;

/** WeightNormalization: every group of weights sums to {@code norm} after one iteration. */
class WeightNormalizationPropertiesTest {

    @Test
    void everyColumnOrChannelSumsToNormForDenseRanks1To4AndCsc() {
        Property.forAll("normalization sums equal norm", rnd -> {
            int kind = rnd.nextInt(5);
            float norm = (float) (0.1 + rnd.nextDouble() * 5);
            SynapseGroup s;
            int[] shape;
            switch (kind) {
                case 0 -> {
                    int n = 1 + rnd.nextInt(40);
                    shape = new int[] {n};
                    s = TestNets.withWeights(n, n, new DenseWeights(Property.floats(rnd, n, 0.05, 1), shape));
                }
                case 1 -> {
                    int r = 1 + rnd.nextInt(30);
                    int c = 1 + rnd.nextInt(30);
                    shape = new int[] {r, c};
                    s = TestNets.withWeights(r, c, new DenseWeights(Property.floats(rnd, r * c, 0.05, 1), shape));
                }
                case 2 -> {
                    shape = new int[] {1 + rnd.nextInt(4), 1 + rnd.nextInt(6), 1 + rnd.nextInt(10)};
                    int n = shape[0] * shape[1] * shape[2];
                    s = TestNets.withWeights(shape[2], shape[0] * shape[1],
                            new DenseWeights(Property.floats(rnd, n, 0.05, 1), shape));
                }
                case 3 -> {
                    shape = new int[] {1 + rnd.nextInt(4), 1 + rnd.nextInt(3), 1 + rnd.nextInt(4), 1 + rnd.nextInt(4)};
                    int n = shape[0] * shape[1] * shape[2] * shape[3];
                    s = TestNets.withWeights(shape[1] * 5, shape[0] * 3,
                            new DenseWeights(Property.floats(rnd, n, 0.05, 1), shape));
                }
                default -> {
                    int r = 1 + rnd.nextInt(30);
                    int c = 1 + rnd.nextInt(30);
                    shape = new int[] {r, c};
                    s = TestNets.withWeights(r, c, RandomWeights.csc(rnd, r, c));
                }
            }
            s.add(new WeightNormalization(norm));
            s.network().step();
            float[] sums = new float[WeightOps.targetCount(s.weights())];
            WeightOps.targetSums(s.network().kernels(), s.weights(), sums);
            for (int g = 0; g < sums.length; g++) {
                if (sums[g] != 0f) {
                    assertEquals(norm, sums[g], 2e-5f * norm * Math.max(1, s.weights().storedCount() / sums.length),
                            "group " + g + " of " + java.util.Arrays.toString(shape));
                }
            }
        });
    }

    /**
     * Once per block: with {@code every = k} the weights are normalized at iterations 1, 1 + k, 1 + 2k, ... and
     * untouched at every other iteration, while a behavior scaling them by 1.5 each iteration runs alongside.
     */
    @Test
    void normalizingEveryKIterationsActsAtTheFirstIterationOfEachBlockOnly() {
        Property.forAll("normalization every k acts at iterations 1 + m k only", rnd -> {
            int r = 1 + rnd.nextInt(12);
            int c = 1 + rnd.nextInt(12);
            int every = 1 + rnd.nextInt(6);
            float norm = (float) (0.5 + rnd.nextDouble() * 3);
            SynapseGroup s = TestNets.withWeights(r, c, new DenseWeights(Property.floats(rnd, r * c, 0.05, 1), r, c));
            s.add(new io.conex4j.core.runtime.Behavior<SynapseGroup>(510) {
                @Override
                public void declare(SynapseGroup g, io.conex4j.core.runtime.DataFlow flow) {
                    flow.writes(g, SynapseGroup.WEIGHTS);
                }

                @Override
                public void forward(SynapseGroup g) {
                    float[] v = g.weights().values();
                    for (int k = 0; k < v.length; k++) {
                        v[k] *= 1.5f;
                    }
                }
            });
            s.add(WeightNormalization.every(norm, every));
            float[] sums = new float[c];
            for (int it = 1; it <= 3 * every + 2; it++) {
                float[] before = s.network().isInitialized() ? s.weights().values().clone() : null;
                s.network().step();
                WeightOps.targetSums(s.network().kernels(), s.weights(), sums);
                boolean normalizes = (it - 1) % every == 0;
                for (int j = 0; j < c; j++) {
                    if (normalizes) {
                        assertEquals(norm, sums[j], 1e-5f * norm * r, "iteration " + it + ", column " + j);
                    }
                }
                if (!normalizes && before != null) {
                    float[] now = s.weights().values();
                    for (int k = 0; k < now.length; k++) {
                        assertEquals(before[k] * 1.5f, now[k], "iteration " + it + ": only the scaling acts");
                    }
                }
            }
        });
    }

    @Test
    void aBlockOfLessThanOneIterationIsRefused() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> WeightNormalization.every(1, 0));
        assertEquals("WeightNormalization: every (0) must be >= 1 iteration (1: every iteration)", e.getMessage());
    }

    @Test
    void zeroColumnsStayZero() {
        float[] w = {0, 1, 0, 3};
        SynapseGroup s = TestNets.withWeights(2, 2, new DenseWeights(w, 2, 2)).add(new WeightNormalization(2));
        s.network().step();
        assertEquals(0f, s.weights().values()[0]);
        assertEquals(0f, s.weights().values()[2]);
        assertEquals(0.5f, s.weights().values()[1]);
        assertEquals(1.5f, s.weights().values()[3]);
    }

    @Test
    void oneDimensionalWeightsAreNormalizedByTheirTotalAsInCoNeX() {
        SynapseGroup s = TestNets.withWeights(6, 6, new DenseWeights(new float[] {1, 2, 3, 4, 0, 0}, 6))
                .add(new WeightNormalization(1));
        s.network().step();
        float[] v = s.weights().values();
        assertEquals(0.1f, v[0], 1e-7f);
        assertEquals(0.4f, v[3], 1e-7f);
    }
}
