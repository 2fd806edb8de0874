package io.conex4j.core.behaviors.neuron;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conex4j.core.behaviors.synapse.DelayInitializer;
import io.conex4j.core.behaviors.synapse.SynapseInit;
import io.conex4j.core.runtime.Behavior;
import io.conex4j.core.runtime.DataFlow;
import io.conex4j.core.runtime.Network;
import io.conex4j.core.runtime.NeuronGroup;
import io.conex4j.core.runtime.Priorities;
import io.conex4j.core.runtime.SynapseGroup;
import io.conex4j.core.runtime.SynapticCurrent;
import io.conex4j.core.testutil.Property;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The dendrite structure's delay buffers and the dendrite computation's current. */
class DendriteTest {

    /** A synapse current from a table: {@code I = table[iteration][neuron]} (zeros past the table). */
    private static final class TableCurrent extends Behavior<SynapseGroup> {
        private final float[][] table;
        private SynapticCurrent current;

        TableCurrent(float[][] table) {
            super(Priorities.DENDRITIC_INPUT);
            this.table = table;
        }

        @Override
        public void declare(SynapseGroup s, DataFlow flow) {
            flow.creates(s, SynapseGroup.CURRENT).writes(s, SynapseGroup.CURRENT);
        }

        @Override
        public void initialize(SynapseGroup s) {
            current = new SynapticCurrent(s.dst().size());
            s.put(SynapseGroup.CURRENT, current);
        }

        @Override
        public void forward(SynapseGroup s) {
            int t = (int) s.network().iteration();
            float[] out = current.accumulate();
            for (int i = 0; i < out.length; i++) {
                out[i] = t < table.length ? table[t][i] : 0f;
            }
        }
    }

    private static SynapseGroup synapses(Network net, String name, NeuronGroup dst, float[][] table, int[] delays,
            String... tags) {
        NeuronGroup src = net.neurons("src_" + name, 1);
        SynapseGroup s = net.synapses(name, src, dst, tags).add(new SynapseInit()).add(new TableCurrent(table));
        if (delays != null) {
            s.add(DelayInitializer.explicit(delays).destination());
        }
        return s;
    }

    @Test
    void aCurrentArrivesItsDestinationDelayLaterSummedOverSynapses() {
        Property.forAll("the proximal current of neuron i at t is the sum of I_s(t - dstDelay_s[i])", r -> {
            int n = 1 + r.nextInt(6);
            int steps = 10;
            int count = 1 + r.nextInt(3);
            boolean fitted = r.nextBoolean();
            Network net = new Network(1, 0);
            NeuronGroup g = net.neurons("g", n);
            g.add(fitted ? new SimpleDendriteStructure() : new SimpleDendriteStructure(4, 1, 2));
            List<float[][]> tables = new ArrayList<>();
            List<int[]> delays = new ArrayList<>();
            for (int k = 0; k < count; k++) {
                float[][] table = new float[steps + 1][];
                for (int t = 0; t <= steps; t++) {
                    table[t] = Property.floats(r, n, -2, 2);
                }
                int[] d = new int[n];
                for (int i = 0; i < n; i++) {
                    d[i] = r.nextInt(4);
                }
                tables.add(table);
                delays.add(d);
                synapses(net, "S" + k, g, table, d, r.nextBoolean() ? new String[] {"Proximal"} : new String[0]);
            }
            net.initialize();
            for (int t = 1; t <= steps; t++) {
                net.step();
                float[] expected = new float[n];
                for (int k = 0; k < count; k++) {
                    for (int i = 0; i < n; i++) {
                        int from = t - delays.get(k)[i];
                        if (from >= 1) {
                            expected[i] += tables.get(k)[from][i];
                        }
                    }
                }
                assertArrayEquals(expected, g.get(Dendrite.PROXIMAL.current()), 1e-5f, "iteration " + t);
                assertArrayEquals(expected, g.current(), 1e-5f, "I is the proximal current without I_tau");
            }
        });
    }

    @Test
    void theBuffersRollTowardRowZeroAndHoldWhatIsStillOnItsWay() {
        Network net = new Network(1, 0);
        NeuronGroup g = net.neurons("g", 2).add(new SimpleDendriteStructure(3, 1, 2));
        synapses(net, "A", g, new float[][] {{0, 0}, {1, 10}, {2, 20}}, new int[] {0, 2});
        net.initialize();
        net.step();
        assertArrayEquals(new float[] {1, 0, 0, 0, 0, 10}, g.get(Dendrite.PROXIMAL.buffer()));
        net.step();
        assertArrayEquals(new float[] {2, 0, 0, 10, 0, 20}, g.get(Dendrite.PROXIMAL.buffer()));
        net.step();
        assertArrayEquals(new float[] {0, 10, 0, 20, 0, 0}, g.get(Dendrite.PROXIMAL.buffer()));
        assertArrayEquals(new float[] {0, 10}, g.get(Dendrite.PROXIMAL.current()));
    }

    @Test
    void tagsRouteEachSynapseToOneDendriteAndUntaggedOnesAreProximal() {
        Network net = new Network(1, 0);
        NeuronGroup g = net.neurons("g", 1).add(new SimpleDendriteStructure());
        float[][] one = {{0}, {1}};
        synapses(net, "P", g, one, null, "Proximal");
        synapses(net, "U", g, new float[][] {{0}, {2}}, null);
        synapses(net, "D", g, new float[][] {{0}, {4}}, null, "Distal");
        synapses(net, "A", g, new float[][] {{0}, {8}}, new int[] {1}, "Apical");
        net.initialize();
        SimpleDendriteStructure structure = g.behavior(SimpleDendriteStructure.class);
        assertEquals(1, structure.maxDelay(Dendrite.PROXIMAL));
        assertEquals(1, structure.maxDelay(Dendrite.DISTAL));
        assertEquals(2, structure.maxDelay(Dendrite.APICAL), "fitted to the apical delay 1");
        assertNotNull(g.behavior(SimpleDendriteComputation.class), "the network adds the computation");
        net.step();
        assertArrayEquals(new float[] {3}, g.get(Dendrite.PROXIMAL.current()));
        assertArrayEquals(new float[] {4}, g.get(Dendrite.DISTAL.current()));
        assertArrayEquals(new float[] {0}, g.get(Dendrite.APICAL.current()));
        assertArrayEquals(new float[] {3}, g.current(), "without provocativeness distal and apical are not used");
        net.step();
        assertArrayEquals(new float[] {8}, g.get(Dendrite.APICAL.current()));
    }

    @Test
    void structureErrorsNameTheSynapsesTheDelayAndTheFix() {
        Network a = new Network(1, 0);
        NeuronGroup ga = a.neurons("g", 3).add(new SimpleDendriteStructure(2, 1, 2));
        synapses(a, "S", ga, new float[][] {{0, 0, 0}}, new int[] {0, 1, 2}, "Proximal");
        assertEquals("SimpleDendriteStructure on neurons g: synapses S have destination delay 2 for neuron 2; the"
                + " proximal buffer keeps 2 iterations, allowed: 0 to 1 (raise proximalMaxDelay to 3)",
                assertThrows(IllegalArgumentException.class, a::initialize).getMessage());

        Network b = new Network(1, 0);
        NeuronGroup gb = b.neurons("g", 1).add(new SimpleDendriteStructure(1, 1, 0));
        synapses(b, "S", gb, new float[][] {{0}}, null, "Apical");
        assertEquals("SimpleDendriteStructure on neurons g: synapses S end at the apical dendrite, which is disabled"
                + " (apicalMaxDelay 0); give it a max delay >= 1",
                assertThrows(IllegalArgumentException.class, b::initialize).getMessage());

        Network c = new Network(1, 0);
        NeuronGroup gc = c.neurons("g", 1).add(new SimpleDendriteStructure());
        synapses(c, "S", gc, new float[][] {{0}}, null, "Distal", "Apical");
        assertEquals("SimpleDendriteStructure on neurons g: synapses S are tagged both Distal and Apical; a synapse"
                + " reaches one dendrite, give one of the tags",
                assertThrows(IllegalArgumentException.class, c::initialize).getMessage());
        assertEquals(1, gc.behaviors().size(), "a failed initialize removes the computation it added");

        assertEquals("SimpleDendriteStructure: proximalMaxDelay (-1) must be >= 0 (0 disables the dendrite)",
                assertThrows(IllegalArgumentException.class, () -> new SimpleDendriteStructure(-1, 1, 2)).getMessage());
    }

    @Test
    void aDisabledDendriteWithoutSynapsesIsZeroAndAComputationAloneGetsItsStructure() {
        Network net = new Network(1, 0);
        NeuronGroup g = net.neurons("g", 2).add(SimpleDendriteComputation.builder().iTau(2).build());
        synapses(net, "S", g, new float[][] {{0, 0}, {4, 8}}, null);
        net.initialize();
        assertNotNull(g.behavior(SimpleDendriteStructure.class), "the network adds the structure (CoNeX fails)");
        assertEquals(0, g.behavior(SimpleDendriteStructure.class).maxDelay(Dendrite.APICAL));
        net.step();
        assertArrayEquals(new float[] {4, 8}, g.current());
        assertArrayEquals(new float[] {0, 0}, g.get(Dendrite.APICAL.current()));
    }

    @Test
    void iTauDecaysTheCurrentOncePerIterationWhateverDt() {
        Network net = new Network(0.25, 0);
        NeuronGroup g = net.neurons("g", 1).add(SimpleDendriteComputation.builder().iTau(3).build());
        float[][] table = new float[20][];
        for (int t = 0; t < table.length; t++) {
            table[t] = new float[] {t % 3 == 0 ? 0f : 1.5f * t};
        }
        synapses(net, "S", g, table, null);
        net.initialize();
        float expected = 0f;
        for (int t = 1; t < table.length; t++) {
            net.step();
            expected = (expected - expected / 3f) + table[t][0];
            assertEquals(expected, g.current()[0], "iteration " + t);
        }
    }

    private static Network provocative(double dt, double tau, double r, double p, float[][] distal, boolean apical) {
        Network net = new Network(dt, 0);
        SimpleDendriteComputation.Builder b = SimpleDendriteComputation.builder();
        if (apical) {
            b.apicalProvocativeness(p);
        } else {
            b.distalProvocativeness(p);
        }
        NeuronGroup g = net.neurons("g", distal[0].length).add(b.build()).add(new LIF(tau, r, -50, -75, -65, 0));
        synapses(net, "S", g, distal, null, apical ? "Apical" : "Distal");
        return net;
    }

    @Test
    void theNonPrimingRuleFollowsTheFormulaWithThePreviousVoltage() {
        float[][] table = {{0, 0, 0}, {0.5f, -1f, 3f}, {0.5f, -1f, 3f}};
        Network net = provocative(1, 10, 4, 0.5, table, false);
        NeuronGroup g = net.neuronGroup("g");
        net.initialize();
        net.step();
        float[] v = g.voltage().clone();
        float[] i1 = g.current().clone();
        for (int i = 0; i < 3; i++) {
            float t = (float) StrictMath.tanh(table[1][i]);
            float room = t >= 0 ? Math.max((float) (-65 + 0.5 * 15) - (-65f), 0f) : Math.max(-65f - (float) (-65 - 0.5 * 15), 0f);
            assertEquals(0f + (0f + (10f * (t * room)) / 4f), i1[i], "iteration 1, neuron " + i);
        }
        net.step();
        for (int i = 0; i < 3; i++) {
            float t = (float) StrictMath.tanh(table[2][i]);
            float room = t >= 0 ? Math.max(-57.5f - v[i], 0f) : Math.max(v[i] - (-72.5f), 0f);
            assertEquals(0f + (10f * (t * room)) / 4f, g.current()[i], "iteration 2, neuron " + i);
        }
    }

    @Test
    void distalAndApicalInputMoveTheVoltageTowardTheirLimitAndNeverPastIt() {
        Property.forAll("with one current sign, v stays between v_rest and v_rest +- p (threshold - v_rest)", r -> {
            double dt = new double[] {0.25, 0.5, 1}[r.nextInt(3)];
            double tau = 1 + r.nextDouble() * 30;
            double resistance = 0.1 + r.nextDouble() * 10;
            double p = r.nextDouble();
            float sign = r.nextBoolean() ? 1f : -1f;
            int n = 1 + r.nextInt(4);
            float[][] table = new float[60][];
            for (int t = 0; t < table.length; t++) {
                table[t] = Property.floats(r, n, 0, 50);
                for (int i = 0; i < n; i++) {
                    table[t][i] *= sign;
                }
            }
            Network net = provocative(dt, tau, resistance, p, table, r.nextBoolean());
            NeuronGroup g = net.neuronGroup("g");
            net.initialize();
            float upper = (float) (-65 + p * 15);
            float lower = (float) (-65 - p * 15);
            for (int t = 1; t < table.length; t++) {
                net.step();
                for (float v : g.voltage()) {
                    if (sign > 0) {
                        assertTrue(v >= -65f - 1e-4f && v <= upper + 1e-4f, "v " + v + " outside [-65, " + upper + "]");
                    } else {
                        assertTrue(v <= -65f + 1e-4f && v >= lower - 1e-4f, "v " + v + " outside [" + lower + ", -65]");
                    }
                }
            }
        });
    }

    @Test
    void aGainAddsTheDendriteLinearlyAndIsExclusiveWithProvocativeness() {
        Network net = new Network(1, 0);
        NeuronGroup g = net.neurons("g", 1).add(SimpleDendriteComputation.builder().distalGain(0.5).apicalGain(2)
                .build());
        synapses(net, "P", g, new float[][] {{0}, {1}}, null);
        synapses(net, "D", g, new float[][] {{0}, {4}}, null, "Distal");
        synapses(net, "A", g, new float[][] {{0}, {8}}, null, "Apical");
        net.initialize();
        net.step();
        assertArrayEquals(new float[] {1 + 0.5f * 4 + 2 * 8}, g.current());
        assertEquals("SimpleDendriteComputation: the distal dendrite has both a distalProvocativeness and a"
                + " distalGain; give one", assertThrows(IllegalArgumentException.class,
                        () -> SimpleDendriteComputation.builder().distalGain(1).distalProvocativeness(0.5).build())
                        .getMessage());
    }

    @Test
    void provocativenessNeedsAModelWithAMembrane() {
        Network net = new Network(1, 0);
        NeuronGroup g = net.neurons("g", 1).add(SimpleDendriteComputation.builder().distalProvocativeness(0.3).build());
        synapses(net, "D", g, new float[][] {{0}}, null, "Distal");
        IllegalStateException e = assertThrows(IllegalStateException.class, net::initialize);
        assertTrue(e.getMessage().contains("SimpleDendriteComputation on g reads g.membrane but no behavior creates or"
                + " writes it; add a neuron model with a membrane (LIF, ELIF or AELIF) to the group"), e.getMessage());
    }
}
