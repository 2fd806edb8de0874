package io.conex4j.bench;

import io.conex4j.core.behaviors.synapse.WeightInitializer;
import io.conex4j.core.behaviors.synapse.WeightNormalization;
import io.conex4j.core.runtime.SynapseGroup;
import io.conex4j.core.storage.DenseWeights;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * WeightNormalization on the other layouts: 4-D Conv2d weights {@code (64, 32, 5, 5)} (per output channel)
 * and CSC 4,000 x 4,000 weights at densities 0.02 and 0.1 (per column). Milliseconds per call.
 */
public class NormalizationLayoutBench extends KernelBench {

    @Param({"conv4d", "csc0.02", "csc0.1"})
    public String layout;

    private SynapseGroup s;
    private WeightNormalization norm;

    @Setup
    public void setUp() {
        WeightInitializer init;
        int src;
        int dst;
        if (layout.equals("conv4d")) {
            src = 32 * 20 * 20;
            dst = 64 * 16 * 16;
            init = WeightInitializer.explicit(DenseWeights.wrap(Fixtures.uniform(64 * 32 * 5 * 5, 2), 64, 32, 5, 5));
        } else {
            src = 4000;
            dst = 4000;
            init = WeightInitializer.mode("random").density(Double.parseDouble(layout.substring(3))).build();
        }
        s = Fixtures.synapses(kernels, src, dst, 1, init);
        norm = new WeightNormalization(1);
        s.add(norm);
        s.network().initialize();
    }

    @Benchmark
    public float weightNormalization() {
        norm.forward(s);
        return s.weights().values()[0];
    }
}
