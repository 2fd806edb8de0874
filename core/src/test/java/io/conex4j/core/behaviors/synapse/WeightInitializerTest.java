package io.conex4j.core.behaviors.synapse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conex4j.core.runtime.SynapseGroup;
import io.conex4j.core.storage.CscWeights;
import io.conex4j.core.storage.DenseWeights;
import io.conex4j.core.testutil.TestNets;
import org.junit.jupiter.api.Test;

/** WeightInitializer behavior beyond the conformance fixtures, including where conex4j differs from CoNeX. */
class WeightInitializerTest {

    @Test
    void explicitWeightsAreCopiedNotAliased() {
        float[] caller = {1, 2, 3, 4};
        DenseWeights given = DenseWeights.wrap(caller, 2, 2);
        SynapseGroup s = TestNets.withWeights(2, 2, given).add(new WeightNormalization(1));
        s.network().step();
        assertArrayEquals(new float[] {1, 2, 3, 4}, caller, "the caller's array is untouched (CoNeX mutates it)");
        assertNotSame(caller, s.weights().values());
        assertEquals(1f, s.weights().values()[0] + s.weights().values()[2], 1e-6f);
    }

    @Test
    void explicitCscWeightsGetSourceAndDestinationIndices() {
        CscWeights w = new CscWeights(3, 2, new int[] {0, 1, 3}, new int[] {2, 0, 1}, new float[] {1, 2, 3});
        SynapseGroup s = TestNets.withWeights(3, 2, w);
        s.network().initialize();
        CscWeights got = (CscWeights) s.weights();
        assertArrayEquals(new int[] {2, 0, 1}, got.rowIdx());
        assertArrayEquals(new int[] {0, 1, 1}, got.colIdx());
    }

    @Test
    void denseDensityMaskKeepsCoNeXsOffsetOnMaskedZeros() {
        SynapseGroup s = TestNets.pair(20, 20).add(WeightInitializer.mode("ones").density(0.5).trueSparsity(false)
                .offset(0.25).build());
        s.network().initialize();
        for (float v : s.weights().values()) {
            assertTrue(v == 0.25f || v == 1.25f, "value " + v);
        }
    }

    @Test
    void sparseFunctionScaleAndOffsetApplyToStoredValuesOnly() {
        SynapseGroup s = TestNets.pair(30, 20).add(WeightInitializer.mode("randn").density(0.2)
                .function(WeightFunction.abs()).scale(0.5).offset(0.05).build());
        s.network().initialize();
        CscWeights w = (CscWeights) s.weights();
        assertEquals(120, w.nnz());
        for (float v : w.values()) {
            assertTrue(v >= 0.05f, "stored value " + v + " must be |x|*0.5 + 0.05");
        }
        int zeros = 0;
        for (float v : w.toDense()) {
            if (v == 0f) {
                zeros++;
            }
        }
        assertEquals(600 - 120, zeros, "the offset does not land on implicit zeros");
    }

    @Test
    void sameSeedGivesTheSameWeightsAndAnotherSeedDoesNot() {
        float[] a = sparseValues(7);
        float[] b = sparseValues(7);
        float[] c = sparseValues(8);
        assertArrayEquals(a, b);
        assertTrue(!java.util.Arrays.equals(a, c));
    }

    private static float[] sparseValues(long seed) {
        var net = new io.conex4j.core.runtime.Network(1, seed);
        var g = net.neurons("g", 50);
        var s = net.synapses("S", g, g).add(new SynapseInit())
                .add(WeightInitializer.mode("uniform(0, 0.3)").density(0.1).build());
        net.initialize();
        return ((CscWeights) s.weights()).toDense();
    }
}
