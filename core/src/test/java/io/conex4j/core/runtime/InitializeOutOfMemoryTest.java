package io.conex4j.core.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conex4j.core.behaviors.neuron.Fire;
import io.conex4j.core.behaviors.neuron.LIF;
import io.conex4j.core.behaviors.neuron.PoissonInput;
import io.conex4j.core.behaviors.synapse.DelayInitializer;
import io.conex4j.core.behaviors.synapse.SimpleDendriticInput;
import io.conex4j.core.behaviors.synapse.WeightInitializer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An {@link OutOfMemoryError} thrown inside initialize, after the weights, delays, neuron models and axons have been
 * set up, leaves nothing half-built: the state is cleared, the behaviors the network added are removed, the random
 * source is put back, and initializing again without the cause gives the same network as a fresh build.
 */
class InitializeOutOfMemoryTest {

    /** Runs out of memory at initialize, after everything of the first pass up to the axons (priority 450). */
    private static final class RunsOutOfMemory extends Behavior<SynapseGroup> {
        private final OutOfMemoryError error = new OutOfMemoryError("test");
        private int calls;

        RunsOutOfMemory() {
            super(450);
        }

        @Override
        public void initialize(SynapseGroup s) {
            calls++;
            assertNotNull(s.weights(), "runs after the WeightInitializer");
            assertNotNull(s.src().axon(), "runs after the axon the network added");
            throw error;
        }
    }

    private static Network build() {
        Network net = new Network(1, 7);
        NeuronGroup in = net.neurons("in", 20).add(PoissonInput.uniform(20, 300));
        NeuronGroup out = net.neurons("out", 10).add(LIF.builder().threshold(-60).build()).add(new Fire());
        net.synapses("S", in, out)
                .add(WeightInitializer.mode("random").scale(4).density(0.5).build())
                .add(DelayInitializer.of(Fill.uniform(0, 3)))
                .add(new SimpleDendriticInput());
        return net;
    }

    private static List<String> behaviors(Network net) {
        List<String> out = new ArrayList<>();
        for (SimObject o : List.of(net, net.neuronGroup("in"), net.neuronGroup("out"), net.synapseGroup("S"))) {
            for (Behavior<?> b : o.behaviors()) {
                out.add(o.name() + ":" + b.name() + "@" + b.priority());
            }
        }
        return out;
    }

    private static List<String> schedule(Network net) {
        List<String> out = new ArrayList<>();
        for (Network.Entry e : net.schedule()) {
            out.add(e.toString() + " " + e.behavior().parameters());
        }
        return out;
    }

    @Test
    void anOutOfMemoryErrorLeavesNothingHalfBuiltAndARetryEqualsAFreshBuild() {
        Network net = build();
        SynapseGroup s = net.synapseGroup("S");
        RunsOutOfMemory cause = new RunsOutOfMemory();
        s.add(cause);
        List<String> before = behaviors(net);
        long[] randomBefore = net.random().state();

        OutOfMemoryError e = assertThrows(OutOfMemoryError.class, net::initialize);
        assertSame(cause.error, e, "the error itself is rethrown");
        assertEquals(1, cause.calls);

        assertFalse(net.isInitialized());
        assertNull(net.dataFlow());
        assertEquals(before, behaviors(net), "the catcher, axon, SynapseInit and dendrite structure added are removed");
        assertArrayEquals(randomBefore, net.random().state(), "the random source is put back");
        assertNull(s.weights(), "weights cleared");
        assertNull(s.get(SynapseGroup.SRC_DELAY), "delays cleared");
        assertNull(net.neuronGroup("in").axon(), "axon cleared");
        assertNull(net.neuronGroup("out").thresholds(), "firing thresholds cleared");
        for (float v : net.neuronGroup("out").voltage()) {
            assertEquals(0f, v, "voltages cleared");
        }

        s.detach(cause);
        net.initialize();
        Network fresh = build();
        fresh.initialize();

        assertEquals(schedule(fresh), schedule(net));
        assertArrayEquals(fresh.synapseGroup("S").weights().values(), s.weights().values());
        assertArrayEquals(fresh.synapseGroup("S").get(SynapseGroup.SRC_DELAY), s.get(SynapseGroup.SRC_DELAY));
        assertArrayEquals(fresh.random().state(), net.random().state());
        int spikes = 0;
        for (int t = 0; t < 40; t++) {
            net.step();
            fresh.step();
            for (String g : List.of("in", "out")) {
                assertArrayEquals(fresh.neuronGroup(g).spikes(), net.neuronGroup(g).spikes(), g + " at " + t);
                assertArrayEquals(fresh.neuronGroup(g).voltage(), net.neuronGroup(g).voltage(), g + " at " + t);
            }
            spikes += net.neuronGroup("out").spikeCount();
        }
        assertTrue(spikes > 0, "the compared runs spike (" + spikes + ")");
    }
}
