package io.conex4j.core.behaviors.neuron;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conex4j.core.runtime.Behavior;
import io.conex4j.core.runtime.DataFlow;
import io.conex4j.core.runtime.Network;
import io.conex4j.core.runtime.NeuronGroup;
import io.conex4j.core.testutil.Property;
import io.conex4j.core.testutil.TestNets;
import org.junit.jupiter.api.Test;

/** AdaptiveThreshold: theta follows its rule exactly, the threshold is base + theta, and other writers compose. */
class AdaptiveThresholdTest {

    /** A group whose spikes come from {@code spikes} (no firing), with a LIF model creating the thresholds. */
    private static NeuronGroup group(Network net, int n, boolean[][] spikes, float[] thresholds) {
        NeuronGroup g = net.neurons("g", n).add(TestNets.spikes((t, s) -> {
            System.arraycopy(spikes[(int) ((t - 1) % spikes.length)], 0, s, 0, n);
        }));
        g.add(LIF.builder().tau(1e9).vRest(-70).vReset(-70).thresholds(thresholds).build());
        return g;
    }

    @Test
    void thetaRisesPerSpikeDecaysExponentiallyAndTheThresholdIsBasePlusTheta() {
        Property.forAll("threshold = base + theta, theta = theta * exp(-dt / tau) + thetaPlus per spike", rnd -> {
            int n = 1 + rnd.nextInt(12);
            double thetaPlus = rnd.nextDouble() * 2;
            double tau = 1 + rnd.nextDouble() * (rnd.nextBoolean() ? 50 : 1e7);
            double dt = 0.1 + rnd.nextDouble();
            boolean[][] spikes = new boolean[37][n];
            float[] base = new float[n];
            for (int i = 0; i < n; i++) {
                base[i] = (float) (-60 + rnd.nextDouble() * 10);
                for (int t = 0; t < spikes.length; t++) {
                    spikes[t][i] = rnd.nextInt(4) == 0;
                }
            }
            Network net = new Network(dt, 1);
            NeuronGroup g = group(net, n, spikes, base);
            g.add(new AdaptiveThreshold(thetaPlus, tau));
            net.initialize();
            double[] theta = new double[n];
            double decay = StrictMath.exp(-net.dt() / tau);
            for (int t = 0; t < 3 * spikes.length; t++) {
                net.step();
                for (int i = 0; i < n; i++) {
                    theta[i] = theta[i] * decay + (spikes[t % spikes.length][i] ? thetaPlus : 0);
                    assertEquals(theta[i], g.get(AdaptiveThreshold.THETA)[i], 0.0, "theta of neuron " + i);
                    assertEquals((float) (base[i] + theta[i]), g.thresholds()[i], 0f, "threshold of neuron " + i);
                }
            }
        });
    }

    /** A writer at 341 that lowers every threshold by 0.25 mV every 10th iteration, as a homeostasis would. */
    private static final class Lowering extends Behavior<NeuronGroup> {
        Lowering() {
            super(341);
        }

        @Override
        public void declare(NeuronGroup g, DataFlow flow) {
            flow.readsLatest(g, NeuronGroup.THRESHOLD).writes(g, NeuronGroup.THRESHOLD);
        }

        @Override
        public void forward(NeuronGroup g) {
            if (g.network().iteration() % 10 == 0) {
                float[] t = g.thresholds();
                for (int i = 0; i < t.length; i++) {
                    t[i] -= 0.25f;
                }
            }
        }
    }

    @Test
    void anotherWritersChangesMoveTheBaseInsteadOfBeingOverwritten() {
        boolean[][] spikes = {{true, false}, {false, false}, {false, true}};
        Network net = new Network(1, 1);
        NeuronGroup g = group(net, 2, spikes, new float[] {-50, -55});
        g.add(new Lowering()).add(new AdaptiveThreshold(0.5, 1e7));
        net.initialize();
        net.simulate(60);
        AdaptiveThreshold a = g.behavior(AdaptiveThreshold.class);
        float[] base = a.baseThresholds();
        assertArrayEquals(new float[] {-50 - 6 * 0.25f, -55 - 6 * 0.25f}, base, "six lowerings moved the base");
        double[] theta = g.get(AdaptiveThreshold.THETA);
        assertTrue(theta[0] > 9.9 && theta[1] > 9.9, "20 spikes each raised theta: " + theta[0] + ", " + theta[1]);
        for (int i = 0; i < 2; i++) {
            assertEquals((float) (base[i] + theta[i]), g.thresholds()[i], 0f);
        }
    }

    @Test
    void disabledItHoldsEveryThresholdAndTheta() {
        boolean[][] spikes = {{true, true, false}};
        Network net = new Network(1, 1);
        NeuronGroup g = group(net, 3, spikes, new float[] {-52, -52, -52});
        g.add(new AdaptiveThreshold(0.05, 100));
        net.initialize();
        net.simulate(20);
        float[] held = g.thresholds().clone();
        assertTrue(held[0] > -52f && held[2] == -52f, "spiking neurons' thresholds rose, the silent one's did not");
        net.setEnabled("AdaptiveThreshold", false);
        net.simulate(200);
        assertArrayEquals(held, g.thresholds());
        net.setEnabled("AdaptiveThreshold", true);
        net.simulate(1);
        assertTrue(g.thresholds()[0] > held[0], "enabled again, it continues");
    }

    @Test
    void aChangedDtChangesTheDecay() {
        Network net = new Network(1, 1);
        NeuronGroup g = group(net, 1, new boolean[][] {{true}}, new float[] {-52});
        g.add(new AdaptiveThreshold(1, 10));
        net.initialize();
        net.step();
        assertEquals(1.0, g.get(AdaptiveThreshold.THETA)[0], 0.0);
        net.setDt(5);
        net.step();
        assertEquals(StrictMath.exp(-0.5) + 1, g.get(AdaptiveThreshold.THETA)[0], 0.0,
                "dt 5 ms and tau 10 ms: theta * exp(-0.5), then + 1 for this iteration's spike");
    }

    @Test
    void badParametersAndAMissingModelAreErrorsNamingWhatIsWrong() {
        assertEquals("AdaptiveThreshold: thetaPlus (-1.0) must be finite and >= 0 (mV per spike)",
                assertThrows(IllegalArgumentException.class, () -> new AdaptiveThreshold(-1, 10)).getMessage());
        assertEquals("AdaptiveThreshold: thetaPlus (NaN) must be finite and >= 0 (mV per spike)",
                assertThrows(IllegalArgumentException.class, () -> new AdaptiveThreshold(Double.NaN, 10)).getMessage());
        assertEquals("AdaptiveThreshold: tauTheta (0.0) must be finite and > 0 (ms)",
                assertThrows(IllegalArgumentException.class, () -> new AdaptiveThreshold(0.1, 0)).getMessage());
        assertEquals("AdaptiveThreshold: tauTheta (Infinity) must be finite and > 0 (ms)",
                assertThrows(IllegalArgumentException.class,
                        () -> new AdaptiveThreshold(0.1, Double.POSITIVE_INFINITY)).getMessage());
        Network net = new Network(1, 1);
        net.neurons("g", 2).add(new AdaptiveThreshold(0.1, 10));
        IllegalStateException e = assertThrows(IllegalStateException.class, net::initialize);
        assertTrue(e.getMessage().contains("threshold") && e.getMessage().contains("add a neuron model"),
                e.getMessage());
    }
}
