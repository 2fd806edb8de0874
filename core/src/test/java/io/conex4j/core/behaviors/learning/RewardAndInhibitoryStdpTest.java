package io.conex4j.core.behaviors.learning;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conex4j.core.behaviors.network.Dopamine;
import io.conex4j.core.behaviors.network.Payoff;
import io.conex4j.core.behaviors.synapse.PostSpikeCatcher;
import io.conex4j.core.behaviors.synapse.PreSpikeCatcher;
import io.conex4j.core.runtime.SynapseGroup;
import io.conex4j.core.storage.DenseWeights;
import io.conex4j.core.storage.Weights;
import io.conex4j.core.testutil.Property;
import io.conex4j.core.testutil.RandomWeights;
import io.conex4j.core.testutil.TestNets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** iSTDP against CoNeX's formula and RSTDP's eligibility with zero dopamine, on dense, CSC and one-to-one. */
class RewardAndInhibitoryStdpTest {

    private static void randomState(SplittableRandom rnd, SynapseGroup s) {
        s.behavior(PreSpikeCatcher.class).set(Property.bools(rnd, s.get(SynapseGroup.PRE_SPIKE).length, 0.3));
        s.behavior(PostSpikeCatcher.class).set(Property.bools(rnd, s.get(SynapseGroup.POST_SPIKE).length, 0.3));
        float[] x = s.get(SynapseGroup.PRE_TRACE);
        float[] y = s.get(SynapseGroup.POST_TRACE);
        System.arraycopy(Property.floats(rnd, x.length, 0, 2), 0, x, 0, x.length);
        System.arraycopy(Property.floats(rnd, y.length, 0, 2), 0, y, 0, y.length);
    }

    private static Weights randomWeights(SplittableRandom rnd, int layout, int r, int c) {
        return switch (layout) {
            case 0 -> new DenseWeights(Property.floats(rnd, r * c, -1, 1), r, c);
            case 1 -> RandomWeights.csc(rnd, r, c);
            default -> new DenseWeights(Property.floats(rnd, r, -1, 1), r);
        };
    }

    /** Source and destination of stored entry k (dense, CSC or one-to-one). */
    private static int[][] endpoints(Weights w, int r, int c, int layout) {
        int n = w.storedCount();
        int[][] ij = new int[n][2];
        if (layout == 1) {
            io.conex4j.core.storage.CscWeights csc = (io.conex4j.core.storage.CscWeights) w;
            for (int j = 0; j < c; j++) {
                for (int e = csc.colPtr()[j]; e < csc.colPtr()[j + 1]; e++) {
                    ij[e] = new int[] {csc.rowIdx()[e], j};
                }
            }
        } else if (layout == 0) {
            for (int k = 0; k < n; k++) {
                ij[k] = new int[] {k / c, k % c};
            }
        } else {
            for (int k = 0; k < n; k++) {
                ij[k] = new int[] {k, k};
            }
        }
        return ij;
    }

    @Test
    void iStdpEqualsTheFormulaOnEveryLayout() {
        Property.forAll("iSTDP equals lr*(s_pre*((alpha-x_post)*sign) + x_pre*s_post)", rnd -> {
            int layout = rnd.nextInt(3);
            int r = 1 + rnd.nextInt(12);
            int c = layout == 2 ? r : 1 + rnd.nextInt(12);
            boolean inh = rnd.nextBoolean();
            double rho = rnd.nextDouble() * 50;
            double lr = rnd.nextDouble() * 0.1;
            IStdpRule rule = switch (layout) {
                case 0 -> new SimpleiSTDP(rho, Double.NaN, lr, inh);
                case 1 -> new SparseiSTDP(rho, Double.NaN, lr, inh);
                default -> new One2OneiSTDP(rho, Double.NaN, lr, inh);
            };
            SynapseGroup s = TestNets.learningReady(TestNets.withWeights(r, c, randomWeights(rnd, layout, r, c)))
                    .add(rule);
            s.network().initialize();
            assertEquals((float) (2 * rho * 10.0 / 1000), rule.alpha());
            randomState(rnd, s);
            float[] w = s.weights().values();
            float[] expected = w.clone();
            int[][] ij = endpoints(s.weights(), r, c, layout);
            float sign = inh ? -1f : 1f;
            float alpha = rule.alpha();
            for (int k = 0; k < w.length; k++) {
                int i = ij[k][0];
                int j = ij[k][1];
                float sp = s.get(SynapseGroup.PRE_SPIKE)[i] ? 1f : 0f;
                float so = s.get(SynapseGroup.POST_SPIKE)[j] ? 1f : 0f;
                float d = (float) lr * (sp * ((alpha - s.get(SynapseGroup.POST_TRACE)[j]) * sign)
                        + s.get(SynapseGroup.PRE_TRACE)[i] * so);
                expected[k] = w[k] + d;
            }
            rule.forward(s);
            assertArrayEquals(expected, w);
        });
    }

    @Test
    void rstdpWithZeroDopamineLeavesTheWeightsButEvolvesTheEligibility() {
        Property.forAll("RSTDP with zero dopamine keeps W, c follows the STDP change", rnd -> {
            int layout = rnd.nextInt(3);
            int r = 1 + rnd.nextInt(12);
            int c = layout == 2 ? r : 1 + rnd.nextInt(12);
            StdpParams p = StdpParams.of(rnd.nextDouble() * 0.1, rnd.nextDouble() * 0.1);
            float tauC = 1 + (float) rnd.nextDouble() * 20;
            RstdpRule rule = switch (layout) {
                case 0 -> new SimpleRSTDP(p, tauC);
                case 1 -> new SparseRSTDP(p, tauC);
                default -> new One2OneRSTDP(p, tauC);
            };
            SynapseGroup s = TestNets.learningReady(TestNets.withWeights(r, c, randomWeights(rnd, layout, r, c)))
                    .add(rule);
            s.network().add(new Payoff(0.0)).add(new Dopamine(5.0));
            s.network().initialize();
            float[] w = s.weights().values();
            float[] before = w.clone();
            float[] elig = s.get(RstdpRule.ELIGIBILITY);
            int[][] ij = endpoints(s.weights(), r, c, layout);
            for (int step = 0; step < 3; step++) {
                randomState(rnd, s);
                float[] expected = elig.clone();
                for (int k = 0; k < w.length; k++) {
                    int i = ij[k][0];
                    int j = ij[k][1];
                    float plus = s.get(SynapseGroup.POST_SPIKE)[j] ? p.plus(s.get(SynapseGroup.PRE_TRACE)[i], w[k]) : 0f;
                    float minus = s.get(SynapseGroup.PRE_SPIKE)[i] ? p.minus(s.get(SynapseGroup.POST_TRACE)[j], w[k]) : 0f;
                    expected[k] = expected[k] + ((-expected[k] / tauC) + (plus - minus));
                }
                rule.forward(s);
                assertArrayEquals(expected, elig);
                assertArrayEquals(before, w);
            }
        });
    }

    @Test
    void badParametersAreRejectedByName() {
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> new SimpleiSTDP(Double.NaN, Double.NaN, 1e-5, true)).getMessage().contains("rho or alpha"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> new SimpleRSTDP(StdpParams.defaults(), 0)).getMessage().contains("tauC"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> new One2OneiSTDP(1, Double.NaN, Double.POSITIVE_INFINITY, true)).getMessage().contains("lr"));
        SynapseGroup s = TestNets.withWeights(3, 3, new DenseWeights(new float[9], 3, 3));
        s.src().add(new io.conex4j.core.behaviors.neuron.NeuronAxon(1));
        s.add(new PreSpikeCatcher()).add(new PostSpikeCatcher())
                .add(new io.conex4j.core.behaviors.synapse.PreTrace(10))
                .add(new io.conex4j.core.behaviors.synapse.PostTrace(20)).add(SimpleiSTDP.ofRho(5));
        Exception e = assertThrows(RuntimeException.class, () -> s.network().initialize());
        assertTrue(e.getMessage().contains("tauS"), e.getMessage());
    }
}
