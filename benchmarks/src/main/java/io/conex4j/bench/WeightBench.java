package io.conex4j.bench;

import io.conex4j.core.behaviors.synapse.CurrentNormalization;
import io.conex4j.core.behaviors.synapse.WeightClip;
import io.conex4j.core.behaviors.synapse.WeightInitializer;
import io.conex4j.core.behaviors.synapse.WeightNormalization;
import io.conex4j.core.runtime.SynapseGroup;
import io.conex4j.core.storage.DenseWeights;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * WeightClip, WeightNormalization and CurrentNormalization on dense N x N weights (PEERS.md's CoNeX hot
 * paths), on the scalar and the Panama kernels. Milliseconds per call.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "-Xmx3g"})
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class WeightBench {

    @Param({"scalar", "panama"})
    public String kernels;

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
        s.add(clip).add(norm).add(currentNorm);
        s.current = new float[n];
        s.network().initialize();
        java.util.Arrays.fill(s.current, 1f);
    }

    @Benchmark
    public float weightClip() {
        clip.forward(s);
        return s.weights.values()[0];
    }

    @Benchmark
    public float weightNormalization() {
        norm.forward(s);
        return s.weights.values()[0];
    }

    @Benchmark
    public float currentNormalization() {
        currentNorm.forward(s);
        float[] c = s.current;
        c[0] = 1f;
        return c[1];
    }
}
