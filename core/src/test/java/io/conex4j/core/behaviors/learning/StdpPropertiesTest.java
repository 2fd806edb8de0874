package io.conex4j.core.behaviors.learning;

import io.conex4j.core.behaviors.synapse.PostSpikeCatcher;
import io.conex4j.core.behaviors.synapse.PreSpikeCatcher;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.conex4j.core.runtime.SynapseGroup;
import io.conex4j.core.storage.CscWeights;
import io.conex4j.core.storage.DenseWeights;
import io.conex4j.core.testutil.Property;
import io.conex4j.core.testutil.TestNets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The event-driven STDP updates equal CoNeX's full outer-product formula, cell for cell. */
class StdpPropertiesTest {

    /** Half of the cases clamp, with limits inside the weights' range [0, 1] and rates that cross them. */
    private static StdpParams randomParams(SplittableRandom rnd) {
        Bound[] b = Bound.values();
        if (rnd.nextBoolean()) {
            return new StdpParams((float) rnd.nextDouble() * 0.1f, (float) rnd.nextDouble() * 0.1f, 0f, 1f,
                    b[rnd.nextInt(3)], b[rnd.nextInt(3)]);
        }
        return new StdpParams((float) rnd.nextDouble() * 0.6f, (float) rnd.nextDouble() * 0.6f, 0.2f, 0.8f,
                b[rnd.nextInt(3)], b[rnd.nextInt(3)], true);
    }

    private static void randomState(SplittableRandom rnd, SynapseGroup s) {
        s.behavior(PreSpikeCatcher.class).set(Property.bools(rnd, s.get(SynapseGroup.PRE_SPIKE).length, 0.3));
        s.behavior(PostSpikeCatcher.class).set(Property.bools(rnd, s.get(SynapseGroup.POST_SPIKE).length, 0.3));
        float[] pre = Property.floats(rnd, s.get(SynapseGroup.PRE_TRACE).length, 0, 2);
        for (int i = 0; i < pre.length; i++) {
            if (rnd.nextInt(4) == 0) {
                pre[i] = 0;
            }
        }
        System.arraycopy(pre, 0, s.get(SynapseGroup.PRE_TRACE), 0, pre.length);
        System.arraycopy(Property.floats(rnd, s.get(SynapseGroup.POST_TRACE).length, 0, 2), 0, s.get(SynapseGroup.POST_TRACE), 0, s.get(SynapseGroup.POST_TRACE).length);
    }

    /**
     * CoNeX: dw = outer(preTrace, postSpike)*aPlus*pb(W) - outer(preSpike, postTrace)*aMinus*nb(W); with clamping,
     * a weight whose source or destination spiked is then clamped into [wMin, wMax].
     */
    private static float naive(StdpParams p, float w, boolean preSpike, boolean postSpike, float preTrace,
            float postTrace) {
        float plus = (preTrace * (postSpike ? 1f : 0f)) * p.aPlus() * p.positiveBound().factor(w, p.wMin(), p.wMax());
        float minus = ((preSpike ? 1f : 0f) * postTrace) * p.aMinus() * p.negativeBound().factor(w, p.wMin(), p.wMax());
        float out = w + (plus - minus);
        return p.clamped() && (preSpike || postSpike) ? Math.min(Math.max(out, p.wMin()), p.wMax()) : out;
    }

    @Test
    void simpleStdpEqualsTheDenseOuterProductFormula() {
        Property.forAll("SimpleSTDP equals outer-product formula", rnd -> {
            int r = 1 + rnd.nextInt(20);
            int c = 1 + rnd.nextInt(20);
            StdpParams p = randomParams(rnd);
            SimpleSTDP rule = new SimpleSTDP(p);
            SynapseGroup s = TestNets.learningReady(TestNets.withWeights(r, c,
                    new DenseWeights(Property.floats(rnd, r * c, 0, 1), r, c))).add(rule);
            s.network().initialize();
            randomState(rnd, s);
            float[] w = s.weights().values();
            float[] expected = new float[w.length];
            for (int i = 0; i < r; i++) {
                for (int j = 0; j < c; j++) {
                    expected[i * c + j] = naive(p, w[i * c + j], s.get(SynapseGroup.PRE_SPIKE)[i], s.get(SynapseGroup.POST_SPIKE)[j], s.get(SynapseGroup.PRE_TRACE)[i],
                            s.get(SynapseGroup.POST_TRACE)[j]);
                }
            }
            rule.forward(s);
            assertArrayEquals(expected, w);
        });
    }

    @Test
    void sparseStdpEqualsTheFormulaOnStoredEntriesAndKeepsTheStructure() {
        Property.forAll("SparseSTDP equals formula on stored entries", rnd -> {
            int r = 1 + rnd.nextInt(20);
            int c = 1 + rnd.nextInt(20);
            StdpParams p = randomParams(rnd);
            SparseSTDP rule = new SparseSTDP(p);
            CscWeights w0 = io.conex4j.core.testutil.RandomWeights.csc(rnd, r, c);
            SynapseGroup s = TestNets.learningReady(TestNets.withWeights(r, c, w0)).add(rule);
            s.network().initialize();
            randomState(rnd, s);
            CscWeights w = (CscWeights) s.weights();
            int[] colPtrBefore = w.colPtr().clone();
            float[] v = w.values();
            float[] expected = new float[v.length];
            for (int k = 0; k < v.length; k++) {
                int i = w.rowIdx()[k];
                int j = w.colIdx()[k];
                expected[k] = naive(p, v[k], s.get(SynapseGroup.PRE_SPIKE)[i], s.get(SynapseGroup.POST_SPIKE)[j], s.get(SynapseGroup.PRE_TRACE)[i], s.get(SynapseGroup.POST_TRACE)[j]);
            }
            rule.forward(s);
            assertArrayEquals(expected, v);
            assertArrayEquals(colPtrBefore, w.colPtr());
        });
    }

    @Test
    void one2OneStdpEqualsTheFormula() {
        Property.forAll("One2OneSTDP equals formula", rnd -> {
            int n = 1 + rnd.nextInt(30);
            StdpParams p = randomParams(rnd);
            One2OneSTDP rule = new One2OneSTDP(p);
            SynapseGroup s = TestNets.learningReady(TestNets.withWeights(n, n,
                    new DenseWeights(Property.floats(rnd, n, 0, 1), n))).add(rule);
            s.network().initialize();
            randomState(rnd, s);
            float[] w = s.weights().values();
            float[] expected = new float[n];
            for (int i = 0; i < n; i++) {
                expected[i] = naive(p, w[i], s.get(SynapseGroup.PRE_SPIKE)[i], s.get(SynapseGroup.POST_SPIKE)[i], s.get(SynapseGroup.PRE_TRACE)[i], s.get(SynapseGroup.POST_TRACE)[i]);
            }
            rule.forward(s);
            assertArrayEquals(expected, w);
        });
    }

    @Test
    void stdpWithoutTracesIsAnErrorNamingWhatIsMissing() {
        SynapseGroup s = TestNets.withWeights(2, 2, new DenseWeights(new float[4], 2, 2))
                .add(new SimpleSTDP(StdpParams.of(0.1, 0.1)));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> s.network().initialize());
        org.junit.jupiter.api.Assertions.assertEquals(
                "Network network: SimpleSTDP on S reads S.preTrace but no behavior creates or writes it; add a"
                + " PreTrace(tauS); SimpleSTDP on S reads S.postTrace but no behavior creates or writes it; add a"
                + " PostTrace(tauS)", e.getMessage());
    }
}
