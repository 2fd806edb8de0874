package io.conex4j.core.testutil;

import io.conex4j.core.behaviors.neuron.NeuronAxon;
import io.conex4j.core.behaviors.synapse.PostSpikeCatcher;
import io.conex4j.core.behaviors.synapse.PostTrace;
import io.conex4j.core.behaviors.synapse.PreSpikeCatcher;
import io.conex4j.core.behaviors.synapse.PreTrace;
import io.conex4j.core.behaviors.synapse.SynapseInit;
import io.conex4j.core.behaviors.synapse.WeightInitializer;
import io.conex4j.core.runtime.Behavior;
import io.conex4j.core.runtime.Network;
import io.conex4j.core.runtime.NeuronGroup;
import io.conex4j.core.runtime.SynapseGroup;
import io.conex4j.core.storage.Weights;

/** Small networks for behavior tests. */
public final class TestNets {

    private TestNets() {
    }

    /** A network with groups "pre" (src) and "post" (dst) and synapses "S" with SynapseInit. */
    public static SynapseGroup pair(int src, int dst) {
        Network net = new Network(1.0, 1);
        NeuronGroup pre = net.neurons("pre", src);
        NeuronGroup post = net.neurons("post", dst);
        return net.synapses("S", pre, post).add(new SynapseInit());
    }

    /** {@link #pair} with explicit weights. */
    public static SynapseGroup withWeights(int src, int dst, Weights w) {
        return pair(src, dst).add(WeightInitializer.explicit(w));
    }

    /**
     * Adds axons (depth 1) to both groups, both catchers and both traces: everything STDP and the
     * dendrites need; tests then set the caught spikes and traces directly.
     */
    public static SynapseGroup learningReady(SynapseGroup s) {
        s.src().add(new NeuronAxon(1));
        if (s.dst() != s.src()) {
            s.dst().add(new NeuronAxon(1));
        }
        return s.add(new PreSpikeCatcher()).add(new PostSpikeCatcher()).add(new PreTrace(10)).add(new PostTrace(10));
    }

    /** A neuron behavior that sets the group's spikes from a callback each iteration (priority 340). */
    public static Behavior<NeuronGroup> spikes(java.util.function.BiConsumer<Long, boolean[]> source) {
        return new Behavior<>(340) {
            @Override
            public void forward(NeuronGroup g) {
                source.accept(g.network().iteration(), g.spikes());
            }
        };
    }
}
