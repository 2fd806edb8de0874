package io.conex4j.bench;

import io.conex4j.core.behaviors.synapse.DendriticInput;
import io.conex4j.core.behaviors.synapse.PreSpikeCatcher;
import io.conex4j.core.behaviors.synapse.SimpleDendriticInput;
import io.conex4j.core.behaviors.synapse.SparseDendriticInput;
import io.conex4j.core.behaviors.synapse.WeightInitializer;
import io.conex4j.core.runtime.SynapseGroup;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * Dendritic input at 2 % pre-synaptic activity: dense weights ({@code dense}, the row kernel) or CSC weights at
 * densities 0.02 and 0.1 (event-driven through the row index). Milliseconds per call.
 */
public class DeliveryBench extends KernelBench {

    @Param({"1000", "4000"})
    public int n;

    @Param({"dense", "0.02", "0.1"})
    public String weights;

    private SynapseGroup s;
    private DendriticInput input;

    @Setup
    public void setUp() {
        boolean dense = weights.equals("dense");
        WeightInitializer init = dense ? WeightInitializer.mode("random").build()
                : WeightInitializer.mode("random").density(Double.parseDouble(weights)).build();
        s = Fixtures.synapses(kernels, n, n, 1, init);
        input = dense ? new SimpleDendriticInput(1) : new SparseDendriticInput(1);
        s.add(input);
        s.network().initialize();
        boolean[] spikes = new boolean[n];
        Fixtures.activity(spikes, 0.02, 5);
        s.behavior(PreSpikeCatcher.class).set(spikes);
    }

    @Benchmark
    public float dendriticInput() {
        input.forward(s);
        return s.get(SynapseGroup.CURRENT).values()[0];
    }
}
