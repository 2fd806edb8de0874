package io.conex4j.core.behaviors.neuron;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.conex4j.core.runtime.Network;
import io.conex4j.core.runtime.NeuronGroup;
import org.junit.jupiter.api.Test;

/** Statistics and timing of the inputs. */
class InputsTest {

    @Test
    void poissonRateMatchesWithinTolerance() {
        Network net = new Network(0.5, 11);
        float[] rates = new float[100];
        for (int i = 0; i < rates.length; i++) {
            rates[i] = i < 50 ? 10f : 40f;
        }
        NeuronGroup g = net.neurons("g", 100).add(new PoissonInput(rates));
        long[] counts = new long[100];
        int steps = 40_000;
        net.initialize();
        for (int t = 0; t < steps; t++) {
            net.step();
            for (int i = 0; i < 100; i++) {
                counts[i] += g.spikes()[i] ? 1 : 0;
            }
        }
        double seconds = steps * 0.5 / 1000;
        long low = 0;
        long high = 0;
        for (int i = 0; i < 100; i++) {
            if (i < 50) {
                low += counts[i];
            } else {
                high += counts[i];
            }
        }
        assertEquals(10.0, low / (50 * seconds), 0.3);
        assertEquals(40.0, high / (50 * seconds), 0.6);
    }

    @Test
    void spikeTrainReplaysAtTheIterationContainingEachTime() {
        Network net = new Network(0.5, 0);
        NeuronGroup g = net.neurons("g", 3).add(new SpikeTrainInput(new float[] {1.2f, 0f, 0.4f, 1.0f},
                new int[] {2, 0, 1, 1}));
        net.initialize();
        net.step();
        assertArrayEquals(new boolean[] {true, true, false}, g.spikes(), "[0, 0.5) ms");
        net.step();
        assertArrayEquals(new boolean[] {false, false, false}, g.spikes(), "[0.5, 1) ms");
        net.step();
        assertArrayEquals(new boolean[] {false, true, true}, g.spikes(), "[1, 1.5) ms");
    }

    @Test
    void currentInputFollowsItsProfile() {
        Network net = new Network(1, 0);
        NeuronGroup g = net.neurons("g", 2).add(new CurrentInput((t, i) -> t * 10 + i));
        net.initialize();
        net.step();
        net.step();
        assertArrayEquals(new float[] {20, 21}, g.current());
    }
}
