package io.conex4j.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conex4j.core.behaviors.psc.DelayedConnection;
import io.conex4j.core.behaviors.psc.DelayedDelivery;
import io.conex4j.core.behaviors.psc.DelayedInput;
import io.conex4j.core.behaviors.psc.IafPscExp;
import io.conex4j.core.connect.Connection;
import io.conex4j.core.connect.Distribution;
import io.conex4j.core.recording.SpikeRecorder;
import io.conex4j.core.runtime.Fill;
import io.conex4j.core.runtime.Network;
import io.conex4j.core.runtime.NeuronGroup;
import io.conex4j.core.runtime.SynapseGroup;
import io.conex4j.core.storage.DelayedSynapses;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** iaf_psc_exp groups, synapses with per-synapse delays ({@code connect}) and threads in the DSL. */
class DelayedSynapsesDslTest {

    private static Consumer<NetworkBuilder> twoPopulations(int threads) {
        return n -> {
            n.dt(0.1).seed(4).threads(threads);
            var e = n.neurons("e", 400, g -> g.iafPscExp(c -> c.cm(250).tauM(10).tauSyn(0.5).eL(-65).vTh(-50)
                    .vReset(-65).tRef(2).dc(100).poisson(15_000, 88).initialV(Fill.normal(-60, 4))).recordSpikes());
            var i = n.neurons("i", 100, g -> g.iafPscExp(c -> c.tauSyn(0.5).eL(-65).vTh(-50).vReset(-65)
                    .poisson(15_000, 88)).recordSpikes());
            n.synapses(e, e, s -> s.connect(c -> c.fixedTotalNumber(16_000)
                    .weights(Distribution.normal(88, 8.8).min(0)).delays(Distribution.normal(1.5, 0.75).min(0.1))));
            n.synapses(e, i, s -> s.connect(c -> c.fixedInDegree(40).weight(88).delay(1.5)));
            n.synapses(i, e, s -> s.connect(c -> c.fixedOutDegree(100).multapses(false)
                    .weights(Distribution.normal(-352, 35).max(0)).delay(0.8)));
            n.synapses(i, i, s -> s.connect(c -> c.probability(0.1).autapses(false).weight(-352).delay(0.8)));
        };
    }

    @Test
    void theDescriptionBuildsCoreBehaviorsAndRunsTheSameOnAnyThreadCount() {
        Network one = Conex.network(twoPopulations(1));
        NeuronGroup e = one.neuronGroup("e");
        assertTrue(e.behavior(IafPscExp.class) != null);
        SynapseGroup ee = one.synapseGroup("e_e");
        assertTrue(ee.behavior(DelayedConnection.class) != null && ee.behavior(DelayedDelivery.class) != null);
        DelayedSynapses d = ee.get(DelayedInput.SYNAPSES);
        assertEquals(16_000, d.size());
        assertEquals(8, d.bytesPerSynapse());
        assertEquals(Connection.Rule.FIXED_IN_DEGREE,
                one.synapseGroup("e_i").behavior(DelayedConnection.class).connection().rule());
        assertEquals(100 * 40, one.synapseGroup("e_i").get(DelayedInput.SYNAPSES).size());
        assertEquals(100 * 100, one.synapseGroup("i_e").get(DelayedInput.SYNAPSES).size());
        one.simulate(1000);
        Network two = Conex.network(twoPopulations(2));
        two.simulate(1000);
        for (String g : List.of("e", "i")) {
            SpikeRecorder a = SpikeRecorder.of(one.neuronGroup(g));
            SpikeRecorder b = SpikeRecorder.of(two.neuronGroup(g));
            assertTrue(a.count() > 50, g + " fires: " + a.count());
            assertEquals(a.count(), b.count(), g);
            assertEquals(java.util.Arrays.toString(a.indices()), java.util.Arrays.toString(b.indices()), g);
        }
        assertEquals(2, two.threads());
    }

    @Test
    void problemsOfDelayedSynapsesAreReportedWithTheirPaths() {
        List<String> problems = Conex.validate(n -> {
            n.threads(0);
            var a = n.neurons("a", 10, g -> g.iafPscExp(c -> c.cm(-1).vTh(-80)));
            var b = n.neurons("b", 10, g -> g.iafPscExp(c -> c.poisson(-5, 1)).lif());
            n.synapses(a, b, s -> s.connect(c -> c.weight(3)));
            n.synapses(b, a, s -> s.connect(c -> c.fixedTotalNumber(5).multapses(false)));
            n.synapses(a, a, s -> s.connect(c -> c.probability(2)));
            n.synapses(b, b, s -> s.connect(c -> c.fixedInDegree(3)).weights(w -> w.uniform()).stdp(p -> p.aPlus(1))
                    .traces(10, 10));
            n.synapses(a, b, s -> s.name("ab2").connect(c -> c.fixedOutDegree(2).fixedInDegree(2)));
        });
        assertEquals(List.of(
                "network.threads: Network: threads (0) must be 1 to 1024",
                "neurons a.iafPscExp.cm: IafPscExp: cm (-1.0) must be finite and > 0",
                "neurons a.iafPscExp: IafPscExp: vReset (-70.0) must be < vTh (-80.0)",
                "neurons b.iafPscExp.poisson: IafPscExp: poisson rate (-5.0) must be finite and >= 0",
                "neurons b.lif: the group already has dynamics or a spike source; give only one",
                "synapses a→b.connect.weight: give the rule first (fixedTotalNumber, fixedInDegree, fixedOutDegree or"
                        + " probability)",
                "synapses b→a.connect.multapses: Connection fixedTotalNumber: draws pairs with replacement, so it"
                        + " needs multapses; use fixedInDegree, fixedOutDegree or pairwiseBernoulli for distinct pairs",
                "synapses a→a.connect.probability: Connection pairwiseBernoulli: p (2.0) must be in [0, 1]",
                "synapses a→b.connect.fixedInDegree: a rule is already given; give one",
                "synapses b→b.connect: synapses with per-synapse delays take no weights, traces, stdp; give either"
                        + " connect(...) or weights(...)"), problems);
    }

    @Test
    void aDestinationWithoutDelayedInputAndImpossibleDelaysFailAtBuild() {
        NetworkDefinitionException e = assertThrows(NetworkDefinitionException.class, () -> Conex.network(n -> {
            n.dt(0.1);
            var a = n.neurons("a", 10, g -> g.poisson(10));
            var b = n.neurons("b", 10, g -> g.lif());
            n.synapses(a, b, s -> s.connect(c -> c.fixedTotalNumber(20)));
        }));
        assertTrue(e.getMessage().contains("neurons b have no future input; give them a neuron model that takes"
                + " delayed input, such as IafPscExp (in the DSL: g.iafPscExp(...))"), e.getMessage());
        e = assertThrows(NetworkDefinitionException.class, () -> Conex.network(n -> {
            n.dt(0.1);
            var a = n.neurons("a", 10, g -> g.iafPscExp(c -> { }));
            n.synapses(a, a, s -> s.connect(c -> c.fixedTotalNumber(20).delays(Distribution.normal(1, 1))));
        }));
        assertTrue(e.getMessage().contains("can be -Infinity ms, which rounds to 0 steps of dt = 0.10000000149011612"
                + " ms"), e.getMessage());
    }
}
