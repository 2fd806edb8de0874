package io.conex4j.core.behaviors.neuron;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conex4j.core.runtime.Network;
import io.conex4j.core.runtime.NeuronGroup;
import io.conex4j.core.testutil.Property;
import org.junit.jupiter.api.Test;

/** Both homeostasis rules move what they control toward its target, and follow CoNeX's arithmetic. */
class HomeostasisPropertiesTest {

    private static final int WINDOW = 50;
    private static final int TARGET = 5;

    @Test
    void activityHomeostasisMovesEveryNeuronsSpikeCountTowardTheTarget() {
        Property.forAll("ActivityBaseHomeostasis moves spike counts per window toward activityRate", 40, rnd -> {
            int n = 8;
            float[] drive = new float[n];
            for (int i = 0; i < n; i++) {
                drive[i] = (float) (5 + rnd.nextDouble() * 60);
            }
            Network net = new Network(1, 0);
            NeuronGroup g = net.neurons("g", n).add(new CurrentInput((t, i) -> drive[i]))
                    .add(LIF.builder().tau(10).r(1).vRest(-70).vReset(-70).threshold(-55).build()).add(new Fire())
                    .add(new ActivityBaseHomeostasis(TARGET, WINDOW, 0.5));
            net.initialize();
            double first = 0;
            double last = 0;
            int windows = 120;
            for (int w = 0; w < windows; w++) {
                int[] counts = new int[n];
                for (int t = 0; t < WINDOW; t++) {
                    net.step();
                    for (int i = 0; i < n; i++) {
                        counts[i] += g.spikes()[i] ? 1 : 0;
                    }
                }
                double error = 0;
                for (int c : counts) {
                    error += Math.abs(c - TARGET);
                }
                if (w == 0) {
                    first = error / n;
                } else if (w >= windows - 20) {
                    last += error / n / 20;
                }
            }
            assertTrue(first >= 1, "the drives start away from the target (mean error " + first + ")");
            assertTrue(last <= 0.25 * first && last <= 1.5, "mean |spikes per window - " + TARGET + "|: first window "
                    + first + ", last 20 windows " + last);
        });
    }

    @Test
    void aNeuronFiringExactlyTheTargetKeepsItsThresholdAndTheRateDecaysPerWindow() {
        Network net = new Network(1, 0);
        NeuronGroup g = net.neurons("g", 2)
                .add(io.conex4j.core.testutil.TestNets.spikes((t, s) -> {
                    s[0] = t % 5 == 0; // 2 spikes per window of 10
                    s[1] = false;
                }));
        g.add(LIF.builder().tau(1e9).vRest(-70).vReset(-70).threshold(-55).build());
        ActivityBaseHomeostasis h = new ActivityBaseHomeostasis(2, 10, 0.3, 0.9);
        g.add(h);
        net.initialize();
        net.simulate(10);
        float penalty = (float) (-2.0 / 8.0);
        float silent = 0;
        for (int t = 0; t < 10; t++) {
            silent += penalty;
        }
        assertEquals(-55f, g.thresholds()[0], "net activity 0: threshold kept");
        assertEquals(-55f - (-silent * (float) 0.3), g.thresholds()[1], 0f, "fewer spikes lower the threshold");
        assertArrayEquals(new float[2], h.activities(), "activities restart each window");
        assertEquals(0.3 * 0.9, h.updatingRate(), 0.0, "the rate decays in double");
        assertEquals(-0.25, h.nonFiringPenalty(), 0.0);
    }

    @Test
    void voltageHomeostasisBringsTheVoltageItSeesToTheTarget() {
        // The rule sees v after the dynamics and before its own correction, v + exhaustion once it has run; that is
        // what converges to the target (the corrected v settles where the next step lifts it back to the target).
        Property.forAll("VoltageBaseHomeostasis brings the voltage it sees to its target", 40, rnd -> {
            int n = 6;
            float[] drive = new float[n];
            for (int i = 0; i < n; i++) {
                drive[i] = (float) (rnd.nextDouble() * 40);
            }
            float target = (float) (-65 + rnd.nextDouble() * 20);
            double eta = 0.002 + rnd.nextDouble() * 0.02;
            Network net = new Network(1, 0);
            NeuronGroup g = net.neurons("g", n).add(new CurrentInput((t, i) -> drive[i]))
                    .add(LIF.builder().tau(10).r(1).vRest(-70).vReset(-80).threshold(1000).build())
                    .add(VoltageBaseHomeostasis.target(target, eta));
            net.initialize();
            double[] mean = new double[n];
            int steps = 4000;
            int tail = 1000;
            for (int t = 0; t < steps; t++) {
                net.step();
                if (t >= steps - tail) {
                    for (int i = 0; i < n; i++) {
                        mean[i] += (g.voltage()[i] + g.get(VoltageBaseHomeostasis.EXHAUSTION)[i]) / (double) tail;
                    }
                }
            }
            for (int i = 0; i < n; i++) {
                double free = -70 + drive[i];
                assertTrue(Math.abs(mean[i] - target) <= 0.05 * Math.abs(free - target) + 0.05, "neuron " + i
                        + ": mean seen v " + mean[i] + ", target " + target + ", without homeostasis " + free + ", eta "
                        + eta);
            }
        });
    }

    @Test
    void voltageHomeostasisFollowsCoNeXsIntegralStep() {
        Network net = new Network(1, 0);
        NeuronGroup g = net.neurons("g", 3).add(LIF.builder().tau(1e9).vRest(-70).vReset(-80).threshold(0).build())
                .add(new VoltageBaseHomeostasis(-60, -50, 0.1));
        net.initialize();
        float[] v = {-40, -55, -70};
        System.arraycopy(v, 0, g.voltage(), 0, 3);
        net.step();
        float[] e = g.get(VoltageBaseHomeostasis.EXHAUSTION);
        float[] expectedE = {(-40f - -50f) * 0.1f, 0f, (-70f - -60f) * 0.1f};
        assertArrayEquals(expectedE, e);
        float[] lif = new float[3];
        for (int i = 0; i < 3; i++) {
            lif[i] = v[i] + ((-70f - v[i]) + 0f) * (1f / 1e9f);
        }
        assertArrayEquals(new float[] {lif[0] - expectedE[0], lif[1], lif[2] - expectedE[2]}, g.voltage());
        java.util.Arrays.fill(g.voltage(), -55f);
        net.step();
        assertArrayEquals(expectedE, e, "inside the band the exhaustion stays");
        float inBand = -55f + ((-70f - -55f) + 0f) * (1f / 1e9f);
        assertArrayEquals(new float[] {inBand - expectedE[0], inBand, inBand - expectedE[2]}, g.voltage(),
                "and is still subtracted");
    }

    @Test
    void crashingCoNeXSettingsAreRejectedAtConstruction() {
        assertEquals("ActivityBaseHomeostasis: activityRate (5.0) must be >= 0 and below windowSize (5); at"
                + " windowSize the penalty divides by zero", assertThrows(IllegalArgumentException.class,
                        () -> new ActivityBaseHomeostasis(5, 5, 0.1)).getMessage());
        assertEquals("ActivityBaseHomeostasis: windowSize (0) must be >= 1 iteration",
                assertThrows(IllegalArgumentException.class, () -> new ActivityBaseHomeostasis(0, 0, 0.1))
                        .getMessage());
        assertEquals("VoltageBaseHomeostasis: minTa (-50.0 mV) must not exceed maxTa (-60.0 mV)",
                assertThrows(IllegalArgumentException.class, () -> new VoltageBaseHomeostasis(-50, -60, 0.1))
                        .getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> VoltageBaseHomeostasis.target(Double.NaN))
                .getMessage().startsWith("VoltageBaseHomeostasis: minTa"));
    }
}
