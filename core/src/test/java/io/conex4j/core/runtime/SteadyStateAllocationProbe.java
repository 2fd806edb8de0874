package io.conex4j.core.runtime;

import io.conex4j.core.behaviors.learning.Bound;
import io.conex4j.core.behaviors.learning.SimpleSTDP;
import io.conex4j.core.behaviors.learning.SparseSTDP;
import io.conex4j.core.behaviors.learning.StdpParams;
import io.conex4j.core.behaviors.neuron.Fire;
import io.conex4j.core.behaviors.neuron.LIF;
import io.conex4j.core.behaviors.neuron.NeuronAxon;
import io.conex4j.core.behaviors.neuron.PoissonInput;
import io.conex4j.core.behaviors.neuron.SimpleDendriteStructure;
import io.conex4j.core.behaviors.synapse.CurrentNormalization;
import io.conex4j.core.behaviors.synapse.DelayInitializer;
import io.conex4j.core.behaviors.synapse.PostSpikeCatcher;
import io.conex4j.core.behaviors.synapse.PostTrace;
import io.conex4j.core.behaviors.synapse.PreSpikeCatcher;
import io.conex4j.core.behaviors.synapse.PreTrace;
import io.conex4j.core.behaviors.synapse.SimpleDendriticInput;
import io.conex4j.core.behaviors.synapse.SparseDendriticInput;
import io.conex4j.core.behaviors.synapse.SynapseInit;
import io.conex4j.core.behaviors.synapse.WeightClip;
import io.conex4j.core.behaviors.synapse.WeightInitializer;
import io.conex4j.core.behaviors.synapse.WeightNormalization;
import java.lang.management.ManagementFactory;

/**
 * The measurement of {@link SteadyStateAllocationTest}, run in a JVM of its own so that no other test's use of the
 * kernels changes what the JIT compiles: builds a network using every synapse behavior, warms it up, then prints
 * {@code least=<bytes>}, the fewest bytes any round of 500 steps allocated.
 */
final class SteadyStateAllocationProbe {

    private SteadyStateAllocationProbe() {
    }

    public static void main(String[] args) {
        var mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        Network net = new Network(1, 3);
        NeuronGroup in = net.neurons("in", 300).add(PoissonInput.uniform(300, 30)).add(new NeuronAxon(4));
        NeuronGroup out = net.neurons("out", 50).add(new SimpleDendriteStructure()).add(new LIF(20, 1, -60, -65, -65, 2))
                .add(new Fire()).add(new NeuronAxon(1));
        net.synapses("sparse", in, out).add(new SynapseInit())
                .add(WeightInitializer.mode("random").density(0.2).build()).add(DelayInitializer.of("uniform(0, 3.9)"))
                .add(new SparseDendriticInput(30)).add(new CurrentNormalization(5)).add(new PreSpikeCatcher())
                .add(new PostSpikeCatcher()).add(new PreTrace(10)).add(new PostTrace(10))
                .add(new SparseSTDP(StdpParams.of(0.01, 0.01).bounds(Bound.SOFT, Bound.HARD)))
                .add(new WeightNormalization(3)).add(new WeightClip(0, 1));
        net.synapses("dense", in, out).add(new SynapseInit()).add(WeightInitializer.mode("random").build())
                .add(new SimpleDendriticInput(1)).add(new PreSpikeCatcher()).add(new PostSpikeCatcher())
                .add(new PreTrace(10)).add(new PostTrace(10)).add(new SimpleSTDP(StdpParams.of(0.01, 0.01)))
                .add(new WeightNormalization(3)).add(new WeightClip(0, 1));
        net.simulate(20_000);
        // The JIT compiles in the background; until C2 has compiled the kernels in their final form (which
        // took up to ~16,000 steps here), Vector API code may box. Steady state means: some round of 500
        // steps (of up to 60) allocates nothing.
        long least = Long.MAX_VALUE;
        for (int round = 0; round < 60 && least >= 1024; round++) {
            long before = mx.getCurrentThreadAllocatedBytes();
            net.simulate(500);
            least = Math.min(least, mx.getCurrentThreadAllocatedBytes() - before);
        }
        System.out.println("least=" + least);
    }
}
