package io.conex4j.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conex4j.core.behaviors.learning.Conv2dSTDP;
import io.conex4j.core.behaviors.learning.Local2dSTDP;
import io.conex4j.core.behaviors.learning.One2OneSTDP;
import io.conex4j.core.behaviors.synapse.Conv2dDendriticInput;
import io.conex4j.core.behaviors.synapse.Local2dDendriticInput;
import io.conex4j.core.behaviors.synapse.One2OneDendriticInput;
import io.conex4j.core.runtime.Network;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The DSL picks the dendrite and STDP rule that match convolutional, local and one-to-one weights. */
class LayoutsTest {

    @Test
    void convolutionalLocalAndOneToOneSynapsesBuildAndLearn() {
        Network net = Conex.network(n -> {
            n.seed(4);
            var in = n.neurons("in", 2, 8, 8, g -> g.poisson(80));
            var conv = n.neurons("conv", 4, 6, 6, g -> g.lif(l -> l.tau(10).threshold(-60)).recordSpikes(100_000));
            var local = n.neurons("local", 3, 4, 4, g -> g.lif(l -> l.tau(10).threshold(-60)));
            var copy = n.neurons("copy", 4 * 6 * 6, g -> g.lif(l -> l.tau(10).threshold(-60)));
            n.synapses(in, conv, s -> s.weights(w -> w.uniform(0, 0.5).shape(4, 2, 3, 3)).conv2d(1, 0).currentCoef(8)
                    .traces(10, 10).stdp(p -> p.aPlus(0.05).aMinus(0.04).softBound(0, 1)));
            n.synapses(in, local, s -> s.weights(w -> w.uniform(0, 0.5).shape(3, 16, 2 * 3 * 3)
                    .kernelShape(3, 4, 4, 2, 3, 3)).local2d(2, 1).currentCoef(8).traces(10, 10).stdp(p -> { }));
            n.synapses(conv, copy, s -> s.weights(w -> w.constant(0.5).shape(4 * 6 * 6)).one2one().currentCoef(20)
                    .traces(10, 10).stdp(p -> p.hardBound(0, 1)));
        });
        var c = net.synapseGroup("in_conv");
        var l = net.synapseGroup("in_local");
        var o = net.synapseGroup("conv_copy");
        assertTrue(c.behavior(Conv2dDendriticInput.class) != null && c.behavior(Conv2dSTDP.class) != null);
        assertTrue(l.behavior(Local2dDendriticInput.class) != null && l.behavior(Local2dSTDP.class) != null);
        assertTrue(o.behavior(One2OneDendriticInput.class) != null && o.behavior(One2OneSTDP.class) != null);
        float[] before = c.weights().values().clone();
        net.simulate(200);
        assertTrue(net.neuronGroup("conv").spikeCount() >= 0);
        assertTrue(!java.util.Arrays.equals(before, c.weights().values()), "the shared kernels learned");
    }

    @Test
    void higherRankWeightsNeedALayout() {
        List<String> problems = Conex.validate(n -> {
            var in = n.neurons("in", 1, 5, 5, g -> g.poisson(10));
            var out = n.neurons("out", 2, 3, 3, g -> g.lif(l -> { }));
            n.synapses(in, out, s -> s.weights(w -> w.uniform().shape(2, 1, 3, 3)));
        });
        assertEquals(List.of("synapses in→out.weights: rank-4 weights need one2one(), conv2d(...) or local2d(...)"),
                problems);
    }
}
