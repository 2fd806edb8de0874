package io.conex4j.bench;

import io.conex4j.core.behaviors.neuron.NeuronAxon;
import io.conex4j.core.behaviors.synapse.DelayInitializer;
import io.conex4j.core.behaviors.synapse.PreSpikeCatcher;
import io.conex4j.core.behaviors.synapse.PreTrace;
import io.conex4j.core.behaviors.synapse.WeightInitializer;
import io.conex4j.core.runtime.SynapseGroup;
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
 * The per-neuron spike path: the axon push (CoNeX's buffer roll), the delayed read of a spike catcher with
 * uniform or mixed delays (maxDelay 16; CoNeX's gather), and a trace update, at 2 % activity. N includes a
 * size that is not a multiple of the 16 lanes. Milliseconds per call.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "-Xmx3g"})
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class SpikePathBench {

    @Param({"scalar", "panama"})
    public String kernels;

    @Param({"1000", "4000", "4099"})
    public int n;

    @Param({"uniform", "mixed"})
    public String delays;

    private SynapseGroup s;
    private NeuronAxon axon;
    private PreSpikeCatcher catcher;
    private PreTrace trace;

    @Setup
    public void setUp() {
        s = Fixtures.synapses(kernels, n, 10, 16, WeightInitializer.mode(0.5).build());
        s.add(delays.equals("uniform") ? DelayInitializer.of(3) : DelayInitializer.of("uniform(0, 15.99)"));
        s.network().initialize();
        axon = s.src().behavior(NeuronAxon.class);
        catcher = s.behavior(PreSpikeCatcher.class);
        trace = s.behavior(PreTrace.class);
        Fixtures.activity(s.src().spikes(), 0.02, 3);
        for (int t = 0; t < 16; t++) {
            axon.forward(s.src());
        }
        Fixtures.activity(s.preSpike, 0.02, 4);
    }

    @Benchmark
    public boolean axonPush() {
        axon.forward(s.src());
        return s.src().spikes()[0];
    }

    @Benchmark
    public boolean delayedRead() {
        catcher.forward(s);
        return s.preSpike[0];
    }

    @Benchmark
    public float traceUpdate() {
        trace.forward(s);
        return s.preTrace[0];
    }
}
