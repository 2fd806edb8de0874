package io.conex4j.core.recording;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conex4j.core.runtime.Network;
import io.conex4j.core.runtime.NeuronGroup;
import io.conex4j.core.testutil.TestNets;
import org.junit.jupiter.api.Test;

/** Spike and variable recorders, including their memory bounds. */
class RecordersTest {

    private static NeuronGroup everyOther(Network net) {
        return net.neurons("g", 3).add(TestNets.spikes((t, s) -> {
            s[0] = t % 2 == 0;
            s[1] = false;
            s[2] = true;
        }));
    }

    @Test
    void spikeRecorderKeepsIterationAndIndexPairs() {
        Network net = new Network(1, 0);
        SpikeRecorder rec = new SpikeRecorder(100);
        everyOther(net).add(rec);
        net.simulate(3);
        assertArrayEquals(new long[] {1, 2, 2, 3}, rec.iterations());
        assertArrayEquals(new int[] {2, 0, 2, 2}, rec.indices());
    }

    @Test
    void aFullSpikeRecorderFailsWithAClearMessageByDefault() {
        Network net = new Network(1, 0);
        SpikeRecorder rec = new SpikeRecorder(3);
        everyOther(net).add(rec);
        net.simulate(2);
        IllegalStateException e = assertThrows(IllegalStateException.class, net::step);
        assertEquals("SpikeRecorder on neurons g: capacity of 3 spikes reached at iteration 3; give a larger"
                + " maxSpikes or record fewer steps", e.getMessage());
        assertEquals(3, rec.count(), "what was recorded is kept");
    }

    @Test
    void aFullSpikeRecorderCanStopInstead() {
        Network net = new Network(1, 0);
        SpikeRecorder rec = new SpikeRecorder(3, CapacityPolicy.STOP);
        everyOther(net).add(rec);
        net.simulate(10);
        assertTrue(rec.truncated());
        assertEquals(3, rec.count());
    }

    @Test
    void variableRecorderSamplesEveryKSteps() {
        Network net = new Network(1, 0);
        NeuronGroup g = net.neurons("g", 2).add(new io.conex4j.core.behaviors.neuron.CurrentInput((t, i) -> t + i));
        VariableRecorder<NeuronGroup> rec = new VariableRecorder<>("I", NeuronGroup::current, 2, 10);
        g.add(rec);
        net.simulate(5);
        assertArrayEquals(new long[] {2, 4}, rec.iterations());
        assertArrayEquals(new float[] {2, 3, 4, 5}, rec.data());
        VariableRecorder<NeuronGroup> small = new VariableRecorder<>("v", NeuronGroup::voltage, 1, 2);
        Network n2 = new Network(1, 0);
        n2.neurons("h", 1).add(small);
        n2.simulate(2);
        assertEquals("VariableRecorder v on h: capacity of 2 records reached at iteration 3; give a larger"
                + " maxRecords or a larger every", assertThrows(IllegalStateException.class, n2::step).getMessage());
    }
}
