package io.conex4j.core.behaviors.neuron;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conex4j.core.runtime.Fill;
import io.conex4j.core.runtime.Network;
import io.conex4j.core.runtime.NeuronGroup;
import org.junit.jupiter.api.Test;

/** Neuron models against their equations, step by step. */
class NeuronModelsTest {

    @Test
    void lifIntegratesTowardRestPlusRIAndFiresAtThreshold() {
        Network net = new Network(1, 0);
        NeuronGroup g = net.neurons("g", 1).add(CurrentInput.constant(20)).add(new LIF(10, 1, -55, -70, -70, 0))
                .add(new Fire());
        net.initialize();
        float v = -70f;
        for (int t = 1; t <= 20; t++) {
            net.step();
            v += ((-70f - v) + 1f * 20f) * (1f / 10f);
            boolean fired = v >= -55f;
            if (fired) {
                v = -70f;
            }
            assertEquals(v, g.voltage()[0], 1e-5f, "t=" + t);
            assertEquals(fired, g.spikes()[0], "t=" + t);
        }
    }

    @Test
    void lifDoesNotIntegrateDuringTheRefractoryPeriod() {
        Network net = new Network(1, 0);
        NeuronGroup g = net.neurons("g", 1).add(CurrentInput.constant(200)).add(new LIF(10, 1, -55, -70, -70, 3))
                .add(new Fire());
        net.initialize();
        net.step();
        assertTrue(g.spikes()[0], "a strong current fires at once");
        for (int t = 2; t <= 4; t++) {
            net.step();
            assertEquals(-70f, g.voltage()[0], "held at reset while within 3 ms of the spike, t=" + t);
        }
        net.step();
        assertTrue(g.spikes()[0], "integrates (and fires) again after the refractory period");
    }

    @Test
    void elifAddsTheExponentialTerm() {
        Network net = new Network(0.5, 0);
        NeuronGroup g = net.neurons("g", 1).add(new ELIF(10, 1, -40, -70, -70, 0, 2, -50));
        net.initialize();
        g.voltage()[0] = -52f;
        net.step();
        float expected = -52f + ((-70f + 52f) + 2f * (float) Math.exp((-52f + 50f) / 2f)) * (0.5f / 10f);
        assertEquals(expected, g.voltage()[0], 1e-5f);
    }

    @Test
    void aelifAdaptationGrowsWithSpikesAndSlowsFiring() {
        Network net = new Network(1, 0);
        NeuronGroup a = net.neurons("a", 1).add(CurrentInput.constant(40))
                .add(new AELIF(10, 1, -50, -70, -70, 0, 2, -55, 0.1, 5, 50)).add(new Fire());
        NeuronGroup e = net.neurons("e", 1).add(CurrentInput.constant(40))
                .add(new ELIF(10, 1, -50, -70, -70, 0, 2, -55)).add(new Fire());
        net.initialize();
        int spikesA = 0;
        int spikesE = 0;
        for (int t = 0; t < 300; t++) {
            net.step();
            spikesA += a.spikes()[0] ? 1 : 0;
            spikesE += e.spikes()[0] ? 1 : 0;
        }
        assertTrue(a.get(AELIF.ADAPTATION)[0] > 0, "adaptation current builds up");
        assertTrue(spikesA < spikesE, "adaptation slows firing: " + spikesA + " vs " + spikesE);
    }

    @Test
    void izhikevichFiresResetsAndIntegratesFromThePostResetState() {
        Network net = new Network(1, 0);
        NeuronGroup g = net.neurons("g", 1).add(CurrentInput.constant(10))
                .add(new Izhikevich(0.02, 0.2, -65, 8, Fill.constant(35), Fill.constant(-14)));
        net.initialize();
        net.step();
        assertTrue(g.spikes()[0]);
        float v = -65f;
        float u = -14f + 8f;
        float dv = 0.04f * v * v + 5f * v + 140f - u + 10f;
        float du = 0.02f * (0.2f * v - u);
        assertEquals(v + dv, g.voltage()[0], 1e-4f);
        assertEquals(u + du, g.get(Izhikevich.RECOVERY)[0], 1e-5f);
        net.step();
        assertFalse(g.spikes()[0]);
    }

    @Test
    void kwtaLetsOnlyTheKHighestFire() {
        Network net = new Network(1, 0);
        NeuronGroup g = net.neurons("g", 5).add(new LIF(1e9, 1, -55, -70, -70, 0)).add(new KWTA(2)).add(new Fire());
        net.initialize();
        float[] v = {-50, -40, -54, -60, -45};
        System.arraycopy(v, 0, g.voltage(), 0, 5);
        net.step();
        assertArrayEquals(new boolean[] {false, true, false, false, true}, g.spikes());
    }

    @Test
    void badNeuronParametersAreClearErrors() {
        assertEquals("LIF: tau (-1.0) must be finite and > 0",
                assertThrows(IllegalArgumentException.class, () -> new LIF(-1, 1, -55, -70, -70, 0)).getMessage());
        assertEquals("LIF: vReset (-50.0) must be < threshold (-55.0)",
                assertThrows(IllegalArgumentException.class, () -> new LIF(10, 1, -55, -50, -70, 0)).getMessage());
        assertEquals("KWTA: k (0) must be >= 1", assertThrows(IllegalArgumentException.class, () -> new KWTA(0))
                .getMessage());
        assertEquals("PoissonInput: rate[1] (-3.0 Hz) must be finite and >= 0",
                assertThrows(IllegalArgumentException.class, () -> new PoissonInput(new float[] {1, -3})).getMessage());
    }
}
