package io.conex4j.dsl;

import io.conex4j.core.runtime.SynapseGroup;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conex4j.core.behaviors.learning.Bound;
import io.conex4j.core.behaviors.learning.SimpleSTDP;
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
import io.conex4j.core.behaviors.synapse.SynapseInit;
import io.conex4j.core.behaviors.synapse.WeightClip;
import io.conex4j.core.behaviors.synapse.WeightInitializer;
import io.conex4j.core.behaviors.synapse.WeightNormalization;
import io.conex4j.core.runtime.Fill;
import io.conex4j.core.runtime.Network;
import io.conex4j.core.runtime.NeuronGroup;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The DSL builds exactly the network the core API would: identical state after N steps for a seed. */
class EquivalenceTest {

    private static Network dsl(long seed) {
        return Conex.network(n -> {
            n.dt(1.0).seed(seed);
            var input = n.neurons("input", 80, g -> g.poisson(30));
            var exc = n.neurons("exc", 12, g -> g.lif(l -> l.tau(20).threshold(-52).vReset(-65).vRest(-65)
                    .refractory(2)));
            n.synapses(input, exc, s -> s
                    .weights(w -> w.uniform(0, 0.3).density(0.2))
                    .delays(d -> d.uniform(0, 4))
                    .currentCoef(60)
                    .normalizeCurrent(6)
                    .traces(20, 20)
                    .stdp(p -> p.aPlus(0.01).aMinus(0.012).softBound(0, 1))
                    .normalize(3)
                    .clip(0, 1));
        });
    }

    private static Network core(long seed) {
        Network net = new Network(1.0, seed);
        NeuronGroup input = net.neurons("input", 80).add(PoissonInput.uniform(80, 30)).add(new NeuronAxon(4));
        NeuronGroup exc = net.neurons("exc", 12).add(new SimpleDendriteStructure())
                .add(new LIF(20, 1, -52, -65, -65, 2)).add(new Fire()).add(new NeuronAxon(1));
        net.synapses("input_exc", input, exc)
                .add(new SynapseInit())
                .add(WeightInitializer.mode(Fill.uniform(0, 0.3)).density(0.2).build())
                .add(DelayInitializer.of(Fill.uniform(0, 4)))
                .add(new SimpleDendriticInput(60))
                .add(new CurrentNormalization(6))
                .add(new PreSpikeCatcher()).add(new PostSpikeCatcher())
                .add(new PreTrace(20)).add(new PostTrace(20))
                .add(new SimpleSTDP(StdpParams.of(0.01, 0.012).limits(0, 1).bounds(Bound.SOFT, Bound.SOFT)))
                .add(new WeightNormalization(3))
                .add(new WeightClip(0, 1));
        net.initialize();
        return net;
    }

    @Test
    void dslAndCoreGiveIdenticalStateAfterNSteps() {
        Network a = dsl(5);
        Network b = core(5);
        assertEquals(schedule(b), schedule(a));
        long spikes = 0;
        for (int t = 0; t < 400; t++) {
            a.step();
            b.step();
            spikes += a.neuronGroup("exc").spikeCount();
            assertArrayEquals(b.neuronGroup("exc").spikes(), a.neuronGroup("exc").spikes(), "t=" + t);
        }
        assertTrue(spikes > 0, "the layer fired");
        assertArrayEquals(b.synapseGroup("input_exc").weights().values(), a.synapseGroup("input_exc").weights().values());
        assertArrayEquals(b.neuronGroup("exc").voltage(), a.neuronGroup("exc").voltage());
        assertArrayEquals(b.synapseGroup("input_exc").get(SynapseGroup.PRE_TRACE), a.synapseGroup("input_exc").get(SynapseGroup.PRE_TRACE));
    }

    private static List<String> schedule(Network n) {
        return n.schedule().stream().map(Object::toString).toList();
    }
}
