package io.conex4j.core.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.conex4j.core.behaviors.neuron.InherentNoise;
import io.conex4j.core.behaviors.synapse.WeightInitializer;
import io.conex4j.core.recording.CapacityPolicy;
import io.conex4j.core.recording.SpikeRecorder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** A null a user passes is an IllegalArgumentException naming the owner and the parameter, never a NullPointerException. */
class NullArgumentsTest {

    private static void refused(String message, Executable call) {
        assertEquals(message, assertThrows(IllegalArgumentException.class, call).getMessage());
    }

    @Test
    void nullsAreNamedWhereTheyAreGiven() {
        Network net = new Network(1, 1);
        NeuronGroup a = net.neurons("a", 2);
        refused("Network: src must not be null", () -> net.synapses("s", null, a));
        refused("Network: dst must not be null", () -> net.synapses("s", a, null));
        refused("a: behavior must not be null", () -> a.add(null));
        refused("Fill: mode must not be null", () -> Fill.parse(null));
        refused("InherentNoise: noise must not be null", () -> new InherentNoise(null, 1, 0));
        refused("WeightInitializer: mode must not be null", () -> WeightInitializer.builder().mode(null));
        refused("SpikeRecorder: policy must not be null", () -> new SpikeRecorder(10, (CapacityPolicy) null));
    }
}
