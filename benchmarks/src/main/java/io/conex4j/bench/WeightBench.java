package io.conex4j.bench;

import io.conex4j.core.behaviors.synapse.SimpleDendriticInput;
import java.util.Arrays;
import io.conex4j.core.behaviors.synapse.CurrentNormalization;
import io.conex4j.core.behaviors.synapse.WeightClip;
import io.conex4j.core.behaviors.synapse.WeightInitializer;
import io.conex4j.core.behaviors.synapse.WeightNormalization;
import io.conex4j.core.runtime.SynapseGroup;
import io.conex4j.core.storage.DenseWeights;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * WeightClip, WeightNormalization and CurrentNormalization on dense N x N weights (CoNeX's hot
 * paths), on the scalar and the Panama kernels. Milliseconds per call.
 */
public class WeightBench extends KernelBench {

    @Param({"1000", "4000", "8192"})
    public int n;

    private SynapseGroup s;
    private WeightClip clip;
    private WeightNormalization norm;
    private CurrentNormalization currentNorm;

    @Setup
    public void setUp() {
        float[] w = Fixtures.uniform(n * n, 1);
        s = Fixtures.synapses(kernels, n, n, 1, WeightInitializer.explicit(DenseWeights.wrap(w, n, n)));
        clip = new WeightClip(0.1, 0.9);
        norm = new WeightNormalization(n / 2.0);
        currentNorm = new CurrentNormalization(1);
        s.add(clip).add(norm).add(currentNorm).add(new SimpleDendriticInput());
        s.network().initialize();
        Arrays.fill(s.get(SynapseGroup.CURRENT).accumulate(), 1f);
    }

    @Benchmark
    public float weightClip() {
        clip.forward(s);
        return s.weights().values()[0];
    }

    @Benchmark
    public float weightNormalization() {
        norm.forward(s);
        return s.weights().values()[0];
    }

    @Benchmark
    public float currentNormalization() {
        currentNorm.forward(s);
        float[] c = s.get(SynapseGroup.CURRENT).values();
        c[0] = 1f;
        return c[1];
    }
}
