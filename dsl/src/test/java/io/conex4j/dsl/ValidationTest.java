package io.conex4j.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conex4j.core.runtime.Behavior;
import io.conex4j.core.runtime.SynapseGroup;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The DSL reports every problem of a description at once, each with its path. */
class ValidationTest {

    @Test
    void listsEveryProblemWithItsPath() {
        NetworkDefinitionException e = assertThrows(NetworkDefinitionException.class, () -> Conex.network(n -> {
            n.dt(-1);
            var input = n.neurons("input", 10, g -> g.poisson(20));
            var exc = n.neurons("exc", 5, g -> g.lif(l -> l.tau(0).threshold(-70).vReset(-65)));
            n.synapses(input, exc, s -> s
                    .weights(w -> w.uniform(0, 0.3).density(1.5))
                    .stdp(p -> p.aPlus(0.01))
                    .clip(1, 0));
            n.synapses("input", "nowhere", s -> s.weights(w -> w.uniform()));
        }));
        assertEquals(List.of(
                "network.dt: Network: dt (-1.0) must be finite and > 0 (ms)",
                "neurons exc.lif.tau: LIF: tau (0.0) must be finite and > 0",
                "neurons exc.lif: LIF: vReset (-65.0) must be < threshold (-70.0)",
                "synapses input→exc.weights.density: = 1.5, must be in [0, 1]",
                "synapses input→exc.clip: WeightClip: wMin (1.0) must be < wMax (0.0)",
                "synapses input→exc.stdp: needs traces; add .traces(tauPre, tauPost)",
                "synapses input→nowhere: unknown neuron group 'nowhere'; known: [input, exc]"), e.problems());
        assertTrue(e.getMessage().startsWith("7 problems in the network description:"), e.getMessage());
    }

    @Test
    void dendritesAreDescribedOnTheGroupAndCheckedByCore() {
        var net = Conex.network(n -> {
            var a = n.neurons("a", 6, g -> g.poisson(200));
            var b = n.neurons("b", 3, g -> g.lif(l -> l.r(10)).dendrites(d -> d.iTau(2).distalProvocativeness(0.5)));
            n.synapses(a, b, s -> s.weights(w -> w.uniform()));
            n.synapses("a", "b", s -> s.name("a_b_distal").weights(w -> w.uniform()).tags("Distal"));
        });
        var computation = net.neuronGroup("b")
                .behavior(io.conex4j.core.behaviors.neuron.SimpleDendriteComputation.class);
        assertEquals(java.util.Map.of("iTau", 2.0, "distalProvocativeness", 0.5), computation.parameters());
        net.simulate(20);
        float[] distal = net.neuronGroup("b").get(io.conex4j.core.behaviors.neuron.Dendrite.DISTAL.current());
        assertTrue(distal[0] + distal[1] + distal[2] > 0, "the tagged synapses reach the distal dendrite");

        List<String> problems = Conex.validate(n -> n.neurons("c", 2, g -> g.lif(l -> { })
                .dendrites(d -> d.distalProvocativeness(2).apicalGain(1).apicalProvocativeness(0.5))));
        assertEquals(List.of("neurons c.dendrites.distalProvocativeness: SimpleDendriteComputation:"
                + " distalProvocativeness (2.0) must be in [0, 1]: the limit vRest + p * (threshold - vRest) lies"
                + " between rest and threshold", "neurons c.dendrites: SimpleDendriteComputation: the apical dendrite"
                + " has both an apicalProvocativeness and an apicalGain; give one"), problems);
    }

    @Test
    void delaysBeyondAnExplicitAxonAreReported() {
        List<String> problems = Conex.validate(n -> {
            var a = n.neurons("a", 4, g -> g.poisson(10).axon(3));
            var b = n.neurons("b", 4, g -> g.lif(l -> { }));
            n.synapses(a, b, s -> s.weights(w -> w.uniform()).delays(d -> d.uniform(0, 5)));
        });
        assertEquals(List.of("synapses a→b.delays: delays up to 4 exceed the axon of a (3 iterations: delays 0..2);"
                + " raise its axon(...) or lower the delays"), problems);
    }

    @Test
    void axonDepthIsFittedToTheDrawnDelaysWhenNotGiven() {
        var net = Conex.network(n -> {
            var a = n.neurons("a", 4, g -> g.poisson(10));
            var b = n.neurons("b", 4, g -> g.lif(l -> { }));
            n.synapses(a, b, s -> s.weights(w -> w.uniform()).delays(d -> d.uniform(0, 5)));
        });
        int max = 0;
        for (int d : net.synapseGroup("a_b").get(SynapseGroup.SRC_DELAY)) {
            max = Math.max(max, d);
        }
        assertTrue(max > 0, "some delay was drawn");
        assertEquals(max + 1, net.neuronGroup("a").axon().depth());
        assertEquals(null, net.neuronGroup("b").axon(), "nothing reads the spikes of b, so it needs no axon");
    }

    @Test
    void shapeMismatchesAndMissingWeightsAreReported() {
        List<String> problems = Conex.validate(n -> {
            var a = n.neurons("a", 3, g -> g.poisson(10));
            var b = n.neurons("b", 2, g -> g.lif(l -> { }));
            n.synapses(a, b, s -> s.weights(w -> w.explicit(new float[6], 2, 3)));
            n.synapses(a, b, s -> s.name("second"));
        });
        assertEquals(List.of("synapses a→b.weights.explicit: shape [2, 3] does not match [source, destination] = [3, 2]",
                "synapses a→b: no weights; add .weights(w -> ...)"), problems);
    }

    @Test
    void customBehaviorsMustNotTieWithAnotherBehavior() {
        Behavior<SynapseGroup> mine = new Behavior<>(500) {
            @Override
            public String name() {
                return "MyRule";
            }
        };
        List<String> problems = Conex.validate(n -> {
            var a = n.neurons("a", 3, g -> g.poisson(10));
            var b = n.neurons("b", 2, g -> g.lif(l -> { }));
            n.synapses(a, b, s -> s.weights(w -> w.uniform()).traces(10, 10).stdp(p -> { }).behavior(mine));
        });
        assertEquals(List.of("synapses a→b: behaviors SimpleSTDP and MyRule both run at priority 500; give one of them"
                + " another priority"), problems);
    }

    @Test
    void initializeErrorsAreReportedToo() {
        NetworkDefinitionException e = assertThrows(NetworkDefinitionException.class, () -> Conex.network(n -> {
            var a = n.neurons("a", 3, g -> g.poisson(10));
            var b = n.neurons("b", 2, g -> g.lif(l -> { }));
            n.synapses(a, b, s -> s.weights(w -> w.mode("random").density(0.5).function(x -> x + 1)));
        }));
        assertEquals(List.of("initialize: WeightInitializer on synapses a_b: function maps 0 to 1.0; on sparse weights"
                + " it must map 0 to 0 (implicit zeros stay zero)"), e.problems());
    }

    @Test
    void nullsGivenToTheDslAreProblemsNotNullPointerExceptions() {
        List<String> problems = Conex.validate(n -> {
            n.neurons("a", 10, null);
            var b = n.neurons("b", 4, g -> g.lif().tags((String[]) null));
            n.synapses("a", b, s -> s.weights(w -> w.uniform().kernelShape((int[]) null)).tags("x", null));
            n.synapses("b", "a", null);
        });
        assertEquals(List.of(
                "neurons a: needs a description (x -> ...), not null",
                "neurons b.tags: = null, must be tag strings, not null",
                "synapses a→b.weights.kernelShape: = null, must have at least 2 positive dimensions",
                "synapses a→b.tags: = [x, null], must be tag strings, not null",
                "synapses b→a: needs a description (x -> ...), not null",
                "synapses b→a: no weights; add .weights(w -> ...)"), problems);
    }
}
