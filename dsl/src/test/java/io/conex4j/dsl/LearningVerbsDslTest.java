package io.conex4j.dsl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conex4j.core.behaviors.learning.SimpleSTDP;
import io.conex4j.core.behaviors.learning.StdpParams;
import io.conex4j.core.behaviors.neuron.AdaptiveThreshold;
import io.conex4j.core.behaviors.neuron.Fire;
import io.conex4j.core.behaviors.neuron.LIF;
import io.conex4j.core.behaviors.neuron.PoissonInput;
import io.conex4j.core.behaviors.neuron.SimpleDendriteStructure;
import io.conex4j.core.behaviors.synapse.PostTrace;
import io.conex4j.core.behaviors.synapse.PreTrace;
import io.conex4j.core.behaviors.synapse.SimpleDendriticInput;
import io.conex4j.core.behaviors.synapse.SynapseInit;
import io.conex4j.core.behaviors.synapse.WeightInitializer;
import io.conex4j.core.behaviors.synapse.WeightNormalization;
import io.conex4j.core.recording.SpikeRecorder;
import io.conex4j.core.runtime.Network;
import io.conex4j.core.runtime.NeuronGroup;
import io.conex4j.core.runtime.SynapseGroup;
import org.junit.jupiter.api.Test;

/**
 * Diehl and Cook's verbs ({@code adaptiveThreshold}, {@code normalize(norm, every)}, {@code stdp(... clamp)}) build
 * the same network as core's behaviors, and their problems are reported with their path.
 */
class LearningVerbsDslTest {

    private static Network fromDsl(long seed) {
        return Conex.network(n -> {
            n.seed(seed);
            var in = n.neurons("in", 30, g -> g.poisson(80));
            var exc = n.neurons("exc", 6, g -> g
                    .lif(l -> l.tau(20).r(50).threshold(-52).vReset(-60).vRest(-65).refractory(2))
                    .adaptiveThreshold(0.5, 200)
                    .recordSpikes());
            n.synapses(in, exc, s -> s
                    .weights(w -> w.uniform(0, 1))
                    .traces(20, 20)
                    .stdp(p -> p.aPlus(0.2).aMinus(0.05).clamp(0.05, 0.6))
                    .normalize(8, 25));
        });
    }

    private static Network fromCore(long seed) {
        Network net = new Network(1.0, seed);
        NeuronGroup in = net.neurons("in", 30).add(PoissonInput.uniform(30, 80));
        NeuronGroup exc = net.neurons("exc", 6).add(new SimpleDendriteStructure())
                .add(LIF.builder().tau(20).r(50).threshold(-52).vReset(-60).vRest(-65).refractory(2).build())
                .add(new Fire()).add(new AdaptiveThreshold(0.5, 200)).add(new SpikeRecorder());
        SynapseGroup s = net.synapses("in_exc", in, exc).add(new SynapseInit())
                .add(WeightInitializer.mode("uniform(0, 1)").build()).add(new SimpleDendriticInput(1))
                .add(new PreTrace(20)).add(new PostTrace(20))
                .add(new SimpleSTDP(StdpParams.of(0.2, 0.05).clamp(0.05, 0.6)))
                .add(WeightNormalization.every(8, 25));
        net.initialize();
        return net;
    }

    @Test
    void theVerbsBuildWhatCoresBehaviorsBuild() {
        Network dsl = fromDsl(5);
        Network core = fromCore(5);
        dsl.simulate(300);
        core.simulate(300);
        SpikeRecorder a = SpikeRecorder.of(dsl.neuronGroup("exc"));
        SpikeRecorder b = SpikeRecorder.of(core.neuronGroup("exc"));
        assertTrue(a.count() > 0, "the layer fired");
        assertArrayEquals(b.iterations(), a.iterations());
        assertArrayEquals(b.indices(), a.indices());
        assertArrayEquals(core.neuronGroup("exc").thresholds(), dsl.neuronGroup("exc").thresholds());
        assertArrayEquals(core.synapseGroup("in_exc").weights().values(),
                dsl.synapseGroup("in_exc").weights().values());
        AdaptiveThreshold t = dsl.neuronGroup("exc").behavior(AdaptiveThreshold.class);
        assertEquals(0.5, t.thetaPlus(), 0.0);
        assertEquals(25, dsl.synapseGroup("in_exc").behavior(WeightNormalization.class).every());
        assertTrue(dsl.synapseGroup("in_exc").behavior(SimpleSTDP.class).params().clamped());
    }

    @Test
    void problemsAreReportedWithTheirPath() {
        NetworkDefinitionException e = assertThrows(NetworkDefinitionException.class, () -> Conex.network(n -> {
            var in = n.neurons("in", 4, g -> g.poisson(10));
            var exc = n.neurons("exc", 2, g -> g.lif().adaptiveThreshold(-1, 100));
            n.synapses(in, exc, s -> s.weights(w -> w.uniform(0, 1)).traces(20, 20)
                    .stdp(p -> p.clamp(1, 0.5)).normalize(3, 0));
        }));
        String m = e.getMessage();
        assertTrue(m.contains("neurons exc.adaptiveThreshold: AdaptiveThreshold: thetaPlus (-1.0) must be finite and"
                + " >= 0"), m);
        assertTrue(m.contains("synapses in→exc.stdp.clamp: "), m);
        assertTrue(m.contains("synapses in→exc.normalize: WeightNormalization: every (0) must be >= 1"), m);
    }
}
