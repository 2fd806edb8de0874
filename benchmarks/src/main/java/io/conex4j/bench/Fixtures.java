package io.conex4j.bench;

import io.conex4j.core.behaviors.neuron.NeuronAxon;
import io.conex4j.core.behaviors.synapse.PostSpikeCatcher;
import io.conex4j.core.behaviors.synapse.PostTrace;
import io.conex4j.core.behaviors.synapse.PreSpikeCatcher;
import io.conex4j.core.behaviors.synapse.PreTrace;
import io.conex4j.core.behaviors.synapse.SynapseInit;
import io.conex4j.core.behaviors.synapse.WeightInitializer;
import io.conex4j.core.kernels.KernelProvider;
import io.conex4j.core.runtime.Network;
import io.conex4j.core.runtime.NeuronGroup;
import io.conex4j.core.runtime.SynapseGroup;
import java.util.SplittableRandom;

/** Builds the synapse groups the JMH benchmarks exercise. */
final class Fixtures {

    private Fixtures() {
    }

    /**
     * A synapse group {@code src -> dst} on the given kernels with weights from {@code init}, axons (depth
     * {@code axon} on the source), both catchers and both traces; not yet initialized.
     */
    static SynapseGroup synapses(String kernels, int src, int dst, int axon, WeightInitializer init) {
        Network net = new Network(1.0, 7);
        net.kernels(KernelProvider.byName(kernels));
        NeuronGroup pre = net.neurons("pre", src).add(new NeuronAxon(axon));
        NeuronGroup post = net.neurons("post", dst).add(new NeuronAxon(1));
        return net.synapses("S", pre, post).add(new SynapseInit()).add(init).add(new PreSpikeCatcher())
                .add(new PostSpikeCatcher()).add(new PreTrace(20)).add(new PostTrace(20));
    }

    /** Sets a fraction {@code activity} of the flags, deterministically. */
    static void activity(boolean[] flags, double activity, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        for (int i = 0; i < flags.length; i++) {
            flags[i] = r.nextDouble() < activity;
        }
    }

    /** Uniform [0, 1) values, deterministically. */
    static float[] uniform(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        float[] a = new float[n];
        for (int i = 0; i < n; i++) {
            a[i] = (float) r.nextDouble();
        }
        return a;
    }
}
