package io.conex4j.bench;

import io.conex4j.core.behaviors.synapse.SynapseInit;
import io.conex4j.core.behaviors.synapse.WeightInitializer;
import io.conex4j.core.kernels.KernelProvider;
import io.conex4j.core.runtime.Network;
import io.conex4j.core.runtime.NeuronGroup;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The true-sparse WeightInitializer: {@code N x N} at density 0.02 (sampling the positions, drawing the
 * values, building the CSC and its indices), through a whole network initialize. Milliseconds per call.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "-Xmx3g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
public class SparseInitBench {

    @Param({"1000", "4000"})
    public int n;

    private long seed;

    @Benchmark
    public int trueSparseInit() {
        Network net = new Network(1.0, seed++);
        net.kernels(KernelProvider.scalar());
        NeuronGroup g = net.neurons("g", n);
        var s = net.synapses("S", g, g).add(new SynapseInit())
                .add(WeightInitializer.mode("random").density(0.02).build());
        net.initialize();
        return s.weights().storedCount();
    }
}
