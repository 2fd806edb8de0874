package io.conex4j.dsl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conex4j.core.behaviors.learning.Conv2dSTDP;
import io.conex4j.core.behaviors.learning.SimpleSTDP;
import io.conex4j.core.behaviors.synapse.Conv2dDendriticInput;
import io.conex4j.core.behaviors.synapse.SimpleDendriticInput;
import io.conex4j.core.runtime.Network;
import io.conex4j.core.runtime.NeuronGroup;
import io.conex4j.core.runtime.SynapseGroup;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Columns of layers of populations, ports and synapses between them, input and output layers, replicas. */
class NeocortexTest {

    /** A sensory layer of 8x8 Poisson pixels, a column (L4 convolutional, L2/3 dense and plastic) and a copy. */
    static Consumer<NeocortexBuilder> twoColumns(long seed) {
        return c -> {
            c.dt(1).seed(seed);
            float[] rates = new float[64];
            for (int i = 0; i < rates.length; i++) {
                rates[i] = (i % 8) < 4 ? 80 : 5;
            }
            var retina = c.inputLayer("retina", in -> in.sensory(1, 8, 8, g -> g.poisson(rates)));
            var cc = c.column("cc", col -> col
                    .layer("l4", l -> l
                            .exc(2, 6, 6, g -> g.lif(p -> p.tau(10).r(5).threshold(-60).vReset(-65).vRest(-65)))
                            .inh(8, g -> g.lif(p -> p.tau(10).r(5).threshold(-60).vReset(-65).vRest(-65)))
                            .synapses("exc", "inh", s -> s.weights(w -> w.uniform(0, 0.4)))
                            .synapses("inh", "exc", s -> s.weights(w -> w.uniform(0, 0.4))))
                    .layer("l23", l -> l
                            .exc(10, g -> g.lif(p -> p.tau(10).r(5).threshold(-60).vReset(-65).vRest(-65)))
                            .inh(4, g -> g.lif(p -> p.tau(10).r(5).threshold(-60).vReset(-65).vRest(-65))))
                    .connect("l4.exc", "l23.exc", s -> s.weights(w -> w.uniform(0, 0.3)).traces(10, 10)
                            .stdp(p -> p.aPlus(0.01).aMinus(0.002).softBound(0, 1)))
                    .connect("l23.exc", "l23.inh", s -> s.weights(w -> w.uniform(0, 0.5)))
                    .inputPort("input", "l4.exc")
                    .inputPort("feedback", "l23.exc", s -> s.tags("Distal"))
                    .outputPort("output", "l23.exc"));
            c.replicate(cc, 1);
            c.synapsis(retina.port("sensory"), cc.port("input"), s -> s
                    .weights(w -> w.uniform(0, 1).shape(2, 1, 3, 3)).conv2d(1, 0).currentCoef(4)
                    .traces(3, 10).stdp(p -> p.aPlus(0.01).aMinus(0.002).softBound(0, 1)));
            c.synapsis("retina.sensory", "cc_1.input", s -> s
                    .weights(w -> w.uniform(0, 1).shape(2, 1, 3, 3)).conv2d(1, 0).currentCoef(4));
            c.synapsis("cc.output", "cc_1.feedback", s -> s.weights(w -> w.uniform(0, 0.2).density(0.5)));
        };
    }

    @Test
    void groupsAreNamedByTheirPathAndTaggedByTheirRole() {
        Neocortex cortex = Conex.neocortex(twoColumns(1));
        Network net = cortex.network();
        List<String> names = net.neuronGroups().stream().map(NeuronGroup::name).toList();
        assertEquals(List.of("retina.sensory", "cc.l4.exc", "cc.l4.inh", "cc.l23.exc", "cc.l23.inh",
                "cc_1.l4.exc", "cc_1.l4.inh", "cc_1.l23.exc", "cc_1.l23.inh"), names);
        assertEquals(List.of("retina", "cc", "cc_1"), cortex.structures());
        assertEquals(List.of("cc", "cc_1"), cortex.columns());
        assertEquals(72, cortex.neurons("cc.l4.exc").size());
        assertTrue(cortex.neurons("cc.l4.inh").tags().contains("inh"));
        assertTrue(cortex.neurons("cc.l4.exc").tags().contains("exc"));
        assertTrue(cortex.neurons("retina.sensory").tags().contains("Sensory"));
        List<String> synapses = net.synapseGroups().stream().map(SynapseGroup::name).toList();
        assertEquals(List.of(
                "cc.l4.exc_cc.l4.inh", "cc.l4.inh_cc.l4.exc", "cc.l4.exc_cc.l23.exc", "cc.l23.exc_cc.l23.inh",
                "cc_1.l4.exc_cc_1.l4.inh", "cc_1.l4.inh_cc_1.l4.exc", "cc_1.l4.exc_cc_1.l23.exc",
                "cc_1.l23.exc_cc_1.l23.inh",
                "retina.sensory_cc.l4.exc", "retina.sensory_cc_1.l4.exc", "cc.l23.exc_cc_1.l23.exc"), synapses);
    }

    @Test
    void aSynapsisConnectsEveryPopulationOfOnePortToEveryPopulationOfTheOtherWithThePortsSettings() {
        Neocortex cortex = Conex.neocortex(twoColumns(1));
        Network net = cortex.network();
        assertEquals(List.of(cortex.neurons("cc.l4.exc")), cortex.inputPort("cc.input"));
        assertEquals(List.of(cortex.neurons("cc.l23.exc")), cortex.outputPort("cc.output"));
        assertEquals(List.of(cortex.neurons("retina.sensory")), cortex.outputPort("retina.sensory"));
        SynapseGroup conv = net.synapseGroup("retina.sensory_cc.l4.exc");
        assertEquals("retina.sensory", conv.src().name());
        assertEquals("cc.l4.exc", conv.dst().name());
        assertTrue(conv.behavior(Conv2dDendriticInput.class) != null);
        assertTrue(conv.behavior(Conv2dSTDP.class) != null);
        assertArrayEquals(new int[] {2, 1, 3, 3}, conv.weights().shape());
        SynapseGroup feedback = net.synapseGroup("cc.l23.exc_cc_1.l23.exc");
        assertTrue(feedback.tags().contains("Distal"), "the port's settings: " + feedback.tags());
        assertTrue(net.synapseGroup("cc.l4.exc_cc.l23.exc").behavior(SimpleSTDP.class) != null);
        assertTrue(net.synapseGroup("cc.l4.inh_cc.l4.exc").behavior(SimpleDendriticInput.class) != null);
    }

    @Test
    void aReplicaHasTheSameStructureWithItsOwnDrawsAndItsOwnState() {
        Neocortex cortex = Conex.neocortex(twoColumns(3));
        Network net = cortex.network();
        for (String pop : List.of("l4.exc", "l4.inh", "l23.exc", "l23.inh")) {
            NeuronGroup a = cortex.neurons("cc." + pop);
            NeuronGroup b = cortex.neurons("cc_1." + pop);
            assertEquals(a.size(), b.size(), pop);
            assertEquals(classes(net, a.name()), classes(net, b.name()), pop);
        }
        float[] original = net.synapseGroup("cc.l4.exc_cc.l23.exc").weights().values();
        float[] copy = net.synapseGroup("cc_1.l4.exc_cc_1.l23.exc").weights().values();
        assertEquals(original.length, copy.length);
        assertFalse(Arrays.equals(original, copy), "the copy draws its own weights");
        float[] before = original.clone();
        Arrays.fill(copy, 0.5f);
        assertArrayEquals(before, original, "changing the copy leaves the original alone");
        net.simulate(50);
        assertTrue(net.synapseGroup("cc.l4.exc_cc.l23.exc").weights().values() != copy);
        assertTrue(cortex.neurons("cc.l4.exc").voltage() != cortex.neurons("cc_1.l4.exc").voltage());
    }

    @Test
    void theSameSeedGivesTheSameReplicas() {
        Network a = Conex.neocortex(twoColumns(9)).network();
        Network b = Conex.neocortex(twoColumns(9)).network();
        assertArrayEquals(a.synapseGroup("cc_1.l4.exc_cc_1.l23.exc").weights().values(),
                b.synapseGroup("cc_1.l4.exc_cc_1.l23.exc").weights().values());
    }

    private static List<String> classes(Network net, String group) {
        return net.schedule().stream().filter(e -> e.owner().name().equals(group))
                .map(e -> e.behavior().getClass().getSimpleName() + "@" + e.behavior().priority()).toList();
    }
}
