package io.conex4j.core.behaviors.neuron;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conex4j.core.behaviors.network.TimeResolution;
import io.conex4j.core.runtime.Fill;
import io.conex4j.core.runtime.Network;
import io.conex4j.core.runtime.NeuronGroup;
import org.junit.jupiter.api.Test;

/**
 * The start, thresholds, adaptation timing, overflow and noise of the neuron behaviors, where conex4j follows CoNeX
 * (or deliberately does not).
 */
class CoNeXNeuronSemanticsTest {

    @Test
    void theVoltageStartsAtRestByDefaultAndAtTheGivenInitialVoltageOtherwise() {
        Network net = new Network(1, 0);
        NeuronGroup rest = net.neurons("rest", 3).add(LIF.builder().threshold(-50).vRest(-65).vReset(-70).build());
        NeuronGroup zero = net.neurons("zero", 3).add(LIF.builder().threshold(-50).vRest(-65).vReset(-70)
                .initialVoltage(0).build());
        NeuronGroup given = net.neurons("given", 3).add(LIF.builder().threshold(-50).vRest(-65).vReset(-70)
                .initialVoltage(Fill.function(i -> -60 + 10 * i)).build());
        net.initialize();
        assertArrayEquals(new float[] {-65, -65, -65}, rest.voltage());
        assertArrayEquals(new boolean[3], rest.spikes(), "below threshold: no initial spikes");
        assertArrayEquals(new float[] {0, 0, 0}, zero.voltage(), "CoNeX's start");
        assertArrayEquals(new boolean[] {true, true, true}, zero.spikes(), "CoNeX: initial spikes are v >= threshold");
        assertArrayEquals(new float[] {-60, -50, -40}, given.voltage());
        assertArrayEquals(new boolean[] {false, true, true}, given.spikes(), "v >= threshold, at equality too");
    }

    @Test
    void eachNeuronFiresAtItsOwnThreshold() {
        Network net = new Network(1, 0);
        NeuronGroup g = net.neurons("g", 3).add(CurrentInput.constant(0))
                .add(LIF.builder().tau(1e9).vRest(-70).vReset(-70).thresholds(-60, -50, -40).build()).add(new Fire());
        net.initialize();
        assertArrayEquals(new float[] {-60, -50, -40}, g.thresholds());
        System.arraycopy(new float[] {-55, -55, -39}, 0, g.voltage(), 0, 3);
        net.step();
        assertArrayEquals(new boolean[] {true, false, true}, g.spikes());
        assertArrayEquals(new float[] {-70, -55, -70}, g.voltage());
        g.thresholds()[1] = -56;
        net.step();
        assertArrayEquals(new boolean[] {false, true, false}, g.spikes(), "a moved threshold takes effect at once");
    }

    @Test
    void badStartsAndThresholdsAreClearErrors() {
        assertEquals("LIF: thresholds[1] (-80.0 mV) must be above vReset (-70.0 mV)",
                assertThrows(IllegalArgumentException.class, () -> LIF.builder().vReset(-70).thresholds(-50, -80)
                        .build()).getMessage());
        assertEquals("LIF: thresholds[0] (NaN) must be finite", assertThrows(IllegalArgumentException.class,
                () -> LIF.builder().thresholds(Float.NaN)).getMessage());
        Network net = new Network(1, 0);
        net.neurons("g", 3).add(LIF.builder().thresholds(-50, -51).build());
        assertEquals("LIF on neurons g: 2 thresholds for 3 neurons; give one per neuron",
                assertThrows(IllegalArgumentException.class, net::initialize).getMessage());
        Network bad = new Network(1, 0);
        bad.neurons("g", 2).add(LIF.builder().initialVoltage(Fill.function(i -> i == 1 ? Double.NaN : -60)).build());
        assertTrue(assertThrows(IllegalArgumentException.class, bad::initialize).getMessage()
                .startsWith("LIF on neurons g: initial voltage NaN of neuron 1"));
    }

    @Test
    void aelifAdaptsAfterTheResetWithThisIterationsSpike() {
        double alpha = 0.4;
        double beta = 1.5;
        double wTau = 20;
        Network net = new Network(0.5, 0);
        NeuronGroup g = net.neurons("g", 2).add(CurrentInput.constant(0))
                .add(AELIF.builder().tau(10).r(2).threshold(-50).vReset(-68).vRest(-65).delta(2).thetaRh(-58)
                        .alpha(alpha).beta(beta).wTau(wTau).build()).add(new Fire());
        net.initialize();
        g.voltage()[0] = 100; // far above threshold: spikes at once
        g.voltage()[1] = -64;
        net.step();
        float[] w = g.get(AELIF.ADAPTATION);
        float dt = 0.5f;
        float bw = (float) (beta * wTau);
        float spiking = 0f + ((((float) alpha * (-68f - -65f) - 0f) + bw) * dt) / (float) wTau;
        assertTrue(g.spikes()[0]);
        assertEquals(spiking, w[0], 0f, "post-reset voltage and this iteration's spike: beta * dt plus the drift");
        float quiet = 0f + ((((float) alpha * (g.voltage()[1] - -65f)) - 0f) * dt) / (float) wTau;
        assertFalse(g.spikes()[1]);
        assertEquals(quiet, w[1], 0f);
    }

    @Test
    void anOverflowingElifVoltageStaysFiniteFiresAndIsResetWhereCoNeXWouldReachInfinity() {
        Network net = new Network(1, 0);
        NeuronGroup fired = net.neurons("fired", 1).add(CurrentInput.constant(0))
                .add(ELIF.builder().delta(0.5).thetaRh(-55).threshold(-50).vReset(-70).build()).add(new Fire());
        NeuronGroup free = net.neurons("free", 1).add(CurrentInput.constant(0))
                .add(ELIF.builder().delta(0.5).thetaRh(-55).threshold(-50).vReset(-70).build());
        net.initialize();
        fired.voltage()[0] = 0; // exp(110) overflows float32
        free.voltage()[0] = 0;
        net.step();
        assertTrue(fired.spikes()[0]);
        assertEquals(-70f, fired.voltage()[0]);
        assertEquals(Float.MAX_VALUE, free.voltage()[0], "without Fire the voltage saturates at the largest float");
        for (int t = 0; t < 3; t++) {
            net.step();
            assertEquals(Float.MAX_VALUE, free.voltage()[0], "and never becomes NaN (inf - inf in CoNeX)");
        }
    }

    @Test
    void timeResolutionSetsDtWhichTheModelsReadOnEveryStep() {
        Network net = new Network(1, 0);
        net.add(new TimeResolution(0.25));
        NeuronGroup g = net.neurons("g", 1).add(CurrentInput.constant(10))
                .add(LIF.builder().tau(10).r(1).vRest(-70).vReset(-70).threshold(0).build());
        net.initialize();
        assertEquals(0.25f, net.dt());
        net.step();
        float v = -70f + ((-70f - -70f) + 10f) * (0.25f / 10f);
        assertEquals(v, g.voltage()[0], 0f);
        net.setDt(2);
        net.step();
        v = v + ((-70f - v) + 10f) * (2f / 10f);
        assertEquals(v, g.voltage()[0], 0f, "a changed dt takes effect at the next step");
        assertEquals("Network: dt (0.0) must be finite and > 0 (ms)",
                assertThrows(IllegalArgumentException.class, () -> new TimeResolution(0)).getMessage());
    }

    @Test
    void aFailedInitializePutsDtBack() {
        Network net = new Network(1, 0);
        net.add(new TimeResolution(0.5));
        net.neurons("g", 3).add(LIF.builder().thresholds(-50, -51).build());
        assertThrows(IllegalArgumentException.class, net::initialize);
        assertEquals(1f, net.dt(), "a retry starts from the dt the network was built with");
    }

    @Test
    void inherentNoiseAddsScaledDrawsPlusOffsetOrAConstant() {
        Network net = new Network(1, 3);
        NeuronGroup c = net.neurons("c", 2).add(CurrentInput.constant(0))
                .add(LIF.builder().tau(1e9).vRest(-70).vReset(-70).threshold(100).build())
                .add(new InherentNoise(0.5, 2, -1));
        NeuronGroup u = net.neurons("u", 200).add(CurrentInput.constant(0))
                .add(LIF.builder().tau(1e9).vRest(0).vReset(-70).threshold(100).build())
                .add(new InherentNoise("rand", 2, -1));
        net.initialize();
        net.step();
        float lifStep = -70f + ((-70f - -70f) + 0f) * (1f / 1e9f);
        assertEquals(lifStep + (0.5f * 2f + -1f), c.voltage()[0], 0f, "constant mode: (value * scale) + offset");
        float min = Float.MAX_VALUE;
        float max = -Float.MAX_VALUE;
        for (float v : u.voltage()) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        assertTrue(min >= -1f && max < 1f && max - min > 1.5f, "rand * 2 - 1 spans [-1, 1): " + min + " .. " + max);
        assertEquals(io.conex4j.core.runtime.Priorities.NOISE, new InherentNoise(1).priority());
    }
}
