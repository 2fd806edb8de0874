package io.conex4j.bench;

import io.conex4j.core.behaviors.neuron.NeuronAxon;
import io.conex4j.core.behaviors.synapse.DelayInitializer;
import io.conex4j.core.behaviors.synapse.PreSpikeCatcher;
import io.conex4j.core.behaviors.synapse.PreTrace;
import io.conex4j.core.behaviors.synapse.WeightInitializer;
import io.conex4j.core.runtime.SynapseGroup;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * The per-neuron spike path: the axon push (CoNeX's buffer roll), the delayed read of a spike catcher with
 * uniform or mixed delays (maxDelay 16; CoNeX's gather), and a trace update, at 2 % activity. N includes a
 * size that is not a multiple of the 16 lanes. Milliseconds per call.
 */
public class SpikePathBench extends KernelBench {

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
        Fixtures.activity(s.get(SynapseGroup.PRE_SPIKE), 0.02, 4);
    }

    @Benchmark
    public boolean axonPush() {
        axon.forward(s.src());
        return s.src().spikes()[0];
    }

    @Benchmark
    public boolean delayedRead() {
        catcher.forward(s);
        return s.get(SynapseGroup.PRE_SPIKE)[0];
    }

    @Benchmark
    public float traceUpdate() {
        trace.forward(s);
        return s.get(SynapseGroup.PRE_TRACE)[0];
    }
}
