package io.conex4j.core.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conex4j.core.behaviors.neuron.Fire;
import io.conex4j.core.behaviors.neuron.LIF;
import io.conex4j.core.behaviors.neuron.NeuronAxon;
import io.conex4j.core.behaviors.neuron.PoissonInput;
import io.conex4j.core.behaviors.neuron.SimpleDendriteStructure;
import io.conex4j.core.behaviors.synapse.DelayInitializer;
import io.conex4j.core.behaviors.synapse.PreSpikeCatcher;
import io.conex4j.core.behaviors.synapse.SimpleDendriticInput;
import io.conex4j.core.behaviors.synapse.SynapseInit;
import io.conex4j.core.behaviors.synapse.WeightInitializer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The network resolves declared data flow at initialize: providers, consumers, order, schedule, rollback. */
class DataFlowTest {

    private static Network minimal(long seed) {
        Network net = new Network(1.0, seed);
        NeuronGroup in = net.neurons("in", 50).add(PoissonInput.uniform(50, 200));
        NeuronGroup out = net.neurons("out", 5).add(new LIF(10, 20, -55, -70, -70, 0)).add(new Fire());
        net.synapses("S", in, out).add(WeightInitializer.mode("uniform(0, 1)").build())
                .add(DelayInitializer.explicit(new int[] {0, 2, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}))
                .add(new SimpleDendriticInput());
        return net;
    }

    @Test
    void theStandardProvidersAreAddedWhereNothingProvidesTheState() {
        Network net = minimal(1);
        net.initialize();
        SynapseGroup s = net.synapseGroup("S");
        assertNotNull(s.behavior(PreSpikeCatcher.class), "a catcher for the dendritic input");
        assertEquals(null, s.behavior(SynapseInit.class), "the DelayInitializer provides the delays the catcher reads");
        assertNotNull(net.neuronGroup("out").behavior(SimpleDendriteStructure.class), "a dendrite reads the current");
        NeuronAxon axon = net.neuronGroup("in").behavior(NeuronAxon.class);
        assertEquals(3, axon.depth(), "fitted to the largest delay (2) plus one");
        net.simulate(50);
        float sum = 0;
        for (float v : net.neuronGroup("out").current()) {
            sum += v;
        }
        assertTrue(sum > 0, "the input reached the neurons");
    }

    @Test
    void theScheduleShowsEveryBehaviorAndTheEdgeFromThePreviousIteration() {
        Network net = minimal(1);
        net.initialize();
        String text = net.describeSchedule();
        assertTrue(text.contains("S.preSpiking: [420, S, PreSpikeCatcher] -> [180, S, SimpleDendriticInput]  next iteration"),
                text);
        assertTrue(text.contains("S.current: [180, S, SimpleDendriticInput] -> [220, out, SimpleDendriteStructure]"
                + "  same iteration"), text);
        assertTrue(text.contains("in.axon: [380, in, NeuronAxon] -> [420, S, PreSpikeCatcher]  same iteration"), text);
    }

    @Test
    void aReadWithoutProviderIsNamedWithItsHint() {
        Network net = new Network(1.0, 1);
        NeuronGroup a = net.neurons("a", 2);
        net.synapses("S", a, a).add(new SimpleDendriticInput());
        IllegalStateException e = assertThrows(IllegalStateException.class, net::initialize);
        assertEquals("Network network: SimpleDendriticInput on S reads S.weights but no behavior creates or writes it;"
                + " add a WeightInitializer (with a mode or explicit weights)", e.getMessage());
        assertEquals(List.of(), net.synapseGroup("S").behaviors().stream()
                .filter(b -> !(b instanceof SimpleDendriticInput)).toList(), "nothing added is left behind");
    }

    @Test
    void aSameIterationReadBeforeItsWriterIsAnOrderError() {
        Network net = new Network(1.0, 1);
        NeuronGroup g = net.neurons("g", 3).add(new LIF(10, 1, -55, -70, -70, 0)).add(new VoltageReader());
        IllegalStateException e = assertThrows(IllegalStateException.class, net::initialize);
        assertTrue(e.getMessage().contains("[250, g, VoltageReader] reads this iteration's g.voltage but [260, g, LIF]"
                + " writes it later in the iteration"), e.getMessage());
        assertEquals(2, g.behaviors().size());
    }

    @Test
    void aFailedInitializeLeavesNothingAndARetryEqualsAFreshBuild() {
        Network retried = minimal(7);
        FailOnce fail = new FailOnce();
        retried.neuronGroup("out").add(fail);
        assertThrows(IllegalStateException.class, retried::initialize);
        assertEquals(null, retried.synapseGroup("S").weights(), "state cleared");
        assertEquals(null, retried.synapseGroup("S").behavior(PreSpikeCatcher.class), "added behaviors removed");
        retried.initialize();
        Network fresh = minimal(7);
        fresh.neuronGroup("out").add(new FailOnce().used());
        fresh.initialize();
        assertArrayEquals(fresh.synapseGroup("S").weights().values(), retried.synapseGroup("S").weights().values());
        fresh.simulate(30);
        retried.simulate(30);
        assertArrayEquals(fresh.neuronGroup("out").voltage(), retried.neuronGroup("out").voltage());
    }

    /** Declares a same-iteration read of the voltage before the neuron model writes it. */
    private static final class VoltageReader extends Behavior<NeuronGroup> {
        VoltageReader() {
            super(250);
        }

        @Override
        public void declare(NeuronGroup g, DataFlow flow) {
            flow.reads(g, NeuronGroup.VOLTAGE);
        }
    }

    /** Fails its first initialize (after the weights drew their random numbers). */
    private static final class FailOnce extends Behavior<NeuronGroup> {
        private boolean failed;

        FailOnce() {
            super(Priorities.RECORDER);
        }

        FailOnce used() {
            failed = true;
            return this;
        }

        @Override
        public void initialize(NeuronGroup g) {
            if (!failed) {
                failed = true;
                throw new IllegalStateException("FailOnce: first try");
            }
        }

        @Override
        public Map<String, Object> parameters() {
            return Map.of();
        }
    }

    @Test
    void oneBehaviorInstanceServesOneOwner() {
        Network net = new Network(1.0, 1);
        NeuronGroup a = net.neurons("a", 5);
        NeuronGroup b = net.neurons("b", 300);
        LIF shared = new LIF(10, 1, -55, -70, -70, 0);
        a.add(shared);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> b.add(shared));
        assertEquals("LIF is already attached to NeuronGroup(a); a behavior keeps the state of one owner: create a new"
                + " LIF for NeuronGroup(b)", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> a.add(shared), "twice on the same owner");
        assertEquals(1, a.behaviors().size());
        assertEquals(0, b.behaviors().size());
    }
}
