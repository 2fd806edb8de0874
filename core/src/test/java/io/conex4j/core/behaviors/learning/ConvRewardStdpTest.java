package io.conex4j.core.behaviors.learning;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.conex4j.core.behaviors.network.Dopamine;
import io.conex4j.core.behaviors.network.Payoff;
import io.conex4j.core.behaviors.synapse.Conv2dDendriticInput;
import io.conex4j.core.behaviors.synapse.Local2dDendriticInput;
import io.conex4j.core.behaviors.synapse.PostSpikeCatcher;
import io.conex4j.core.behaviors.synapse.PreSpikeCatcher;
import io.conex4j.core.behaviors.synapse.SynapseInit;
import io.conex4j.core.behaviors.synapse.WeightInitializer;
import io.conex4j.core.runtime.Behavior;
import io.conex4j.core.runtime.Network;
import io.conex4j.core.runtime.SynapseGroup;
import io.conex4j.core.testutil.Property;
import io.conex4j.core.testutil.TestNets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The convolutional and local RSTDP rules against naive formulas: with zero dopamine the weights never move and the
 * eligibility follows {@code c + (-c / tauC + dW)}, {@code dW} the matching STDP rule's change (the shared
 * divisor, and CoNeX's pre-spike quirk when asked for); the quirk as CoNeX computes it.
 */
class ConvRewardStdpTest {

    /** Random geometry: input (c, h, w), kernel, stride, padding, output channels. */
    private record Geo(int c, int h, int w, int kh, int kw, int stride, int pad, int outCh) {
        int outH() {
            return (h + 2 * pad - kh) / stride + 1;
        }

        int outW() {
            return (w + 2 * pad - kw) / stride + 1;
        }

        int outSize() {
            return outH() * outW();
        }

        int conn() {
            return c * kh * kw;
        }

        /** The input under connection {@code conn} of output position {@code pos}, or -1 in the padding. */
        int input(int pos, int conn) {
            int ch = conn / (kh * kw);
            int y = (pos / outW()) * stride - pad + (conn / kw) % kh;
            int x = (pos % outW()) * stride - pad + conn % kw;
            return y < 0 || y >= h || x < 0 || x >= w ? -1 : (ch * h + y) * w + x;
        }

        static Geo random(SplittableRandom r) {
            int h = 1 + r.nextInt(5);
            int w = 1 + r.nextInt(5);
            int pad = r.nextInt(2);
            return new Geo(1 + r.nextInt(2), h, w, 1 + r.nextInt(Math.min(3, h + 2 * pad)),
                    1 + r.nextInt(Math.min(3, w + 2 * pad)), 1 + r.nextInt(2), pad, 1 + r.nextInt(3));
        }

        /** A geometry whose source holds outCh * outSize neurons, so CoNeX's pre-spike quirk runs. */
        static Geo quirkReady(SplittableRandom r) {
            for (;;) {
                Geo g = random(r);
                int src = g.c() * g.h() * g.w();
                if (src == g.outCh() || src == g.outCh() * g.outSize()) {
                    return g;
                }
            }
        }
    }

    private static SynapseGroup net(Geo g, boolean shared, float[] weights, Behavior<SynapseGroup> rule) {
        Network n = new Network(1, 0);
        n.add(new Payoff(0.0)).add(new Dopamine(4.0));
        var src = n.neurons("src", g.c(), g.h(), g.w());
        var dst = n.neurons("dst", g.outCh(), g.outH(), g.outW());
        WeightInitializer.Builder init = WeightInitializer.builder();
        if (shared) {
            init.weights(weights, g.outCh(), g.c(), g.kh(), g.kw());
        } else {
            init.weights(weights, g.outCh(), g.outSize(), g.conn())
                    .kernelShape(g.outCh(), g.outH(), g.outW(), g.c(), g.kh(), g.kw());
        }
        SynapseGroup s = n.synapses("S", src, dst).add(new SynapseInit()).add(init.build());
        TestNets.learningReady(s).add(shared ? new Conv2dDendriticInput(1, g.stride(), g.pad())
                : new Local2dDendriticInput(1, g.stride(), g.pad())).add(rule);
        n.initialize();
        return s;
    }

    private static float[] spikes(SynapseGroup s, boolean pre) {
        boolean[] b = s.get(pre ? SynapseGroup.PRE_SPIKE : SynapseGroup.POST_SPIKE);
        float[] f = new float[b.length];
        for (int i = 0; i < b.length; i++) {
            f[i] = b[i] ? 1f : 0f;
        }
        return f;
    }

    private static void randomActivity(SplittableRandom r, SynapseGroup s) {
        s.behavior(PreSpikeCatcher.class).set(Property.bools(r, s.get(SynapseGroup.PRE_SPIKE).length, 0.4));
        s.behavior(PostSpikeCatcher.class).set(Property.bools(r, s.get(SynapseGroup.POST_SPIKE).length, 0.4));
        float[] x = s.get(SynapseGroup.PRE_TRACE);
        float[] y = s.get(SynapseGroup.POST_TRACE);
        System.arraycopy(Property.floats(r, x.length, 0, 1), 0, x, 0, x.length);
        System.arraycopy(Property.floats(r, y.length, 0, 1), 0, y, 0, y.length);
    }

    /** The STDP change of every weight, summed in double from the definitions. */
    private static float[] naiveDelta(Geo g, boolean shared, boolean quirk, SynapseGroup s, StdpParams p) {
        float[] w = s.weights().values();
        float[] preS = spikes(s, true);
        float[] postS = spikes(s, false);
        float[] preT = s.get(SynapseGroup.PRE_TRACE);
        float[] postT = s.get(SynapseGroup.POST_TRACE);
        int rows = preS.length / g.outCh();
        double[] plus = new double[w.length];
        double[] minus = new double[w.length];
        for (int o = 0; o < g.outCh(); o++) {
            for (int pos = 0; pos < g.outSize(); pos++) {
                int out = o * g.outSize() + pos;
                float post = quirk ? preS[o * rows + (rows == 1 ? 0 : pos)] : postS[out];
                for (int k = 0; k < g.conn(); k++) {
                    int in = g.input(pos, k);
                    if (in < 0) {
                        continue;
                    }
                    int idx = shared ? o * g.conn() + k : out * g.conn() + k;
                    plus[idx] += post * preT[in];
                    minus[idx] += postT[out] * preS[in];
                }
            }
        }
        float[] d = new float[w.length];
        for (int k = 0; k < w.length; k++) {
            float pb = p.positiveBound().factor(w[k], p.wMin(), p.wMax());
            float nb = p.negativeBound().factor(w[k], p.wMin(), p.wMax());
            d[k] = (float) ((plus[k] * pb * p.aPlus() - minus[k] * nb * p.aMinus()) / (shared ? g.outSize() : 1));
        }
        return d;
    }

    @Test
    void convolutionalAndLocalRstdpWithZeroDopamineChangeNoWeight() {
        Property.forAll("conv/local RSTDP with zero dopamine keeps W, c follows c + (-c/tauC + dW_stdp)", r -> {
            boolean shared = r.nextBoolean();
            boolean quirk = !shared && r.nextBoolean();
            Geo g = quirk ? Geo.quirkReady(r) : Geo.random(r);
            int count = shared ? g.outCh() * g.conn() : g.outCh() * g.outSize() * g.conn();
            StdpParams p = StdpParams.of(r.nextDouble() * 0.2, r.nextDouble() * 0.2)
                    .bounds(Bound.values()[r.nextInt(3)], Bound.values()[r.nextInt(3)]);
            float tauC = 1 + (float) r.nextDouble() * 10;
            RstdpRule rule = shared ? new Conv2dRSTDP(p, tauC)
                    : quirk ? Local2dRSTDP.withPreSpikeQuirk(p, tauC, 0) : new Local2dRSTDP(p, tauC);
            SynapseGroup s = net(g, shared, Property.floats(r, count, -0.5, 1.5), rule);
            float[] w = s.weights().values();
            float[] before = w.clone();
            float[] c = s.get(RstdpRule.ELIGIBILITY);
            for (int step = 0; step < 3; step++) {
                randomActivity(r, s);
                float[] d = naiveDelta(g, shared, quirk, s, p);
                float[] expected = c.clone();
                for (int k = 0; k < expected.length; k++) {
                    expected[k] = expected[k] + ((-expected[k] / tauC) + d[k]);
                }
                rule.forward(s);
                assertArrayEquals(expected, c, 1e-5f, "eligibility after step " + step);
                assertArrayEquals(before, w, "the weights with zero dopamine");
            }
        });
    }

    @Test
    void local2dStdpWithThePreSpikeQuirkComputesWhatCoNeXComputes() {
        Property.forAll("Local2dSTDP.withPreSpikeQuirk equals the rule with pre spikes viewed as (outCh, rows)", r -> {
            Geo g = Geo.quirkReady(r);
            StdpParams p = StdpParams.of(0.2, 0.1);
            Local2dSTDP rule = Local2dSTDP.withPreSpikeQuirk(p);
            SynapseGroup s = net(g, false, Property.floats(r, g.outCh() * g.outSize() * g.conn(), 0, 1), rule);
            randomActivity(r, s);
            float[] w = s.weights().values().clone();
            float[] d = naiveDelta(g, false, true, s, p);
            for (int k = 0; k < w.length; k++) {
                w[k] += d[k];
            }
            rule.forward(s);
            assertArrayEquals(w, s.weights().values(), 1e-6f);
        });
    }

    @Test
    void thePreSpikeQuirkOnASourceCoNeXCannotViewIsAnErrorNamingTheSizes() {
        Geo g = new Geo(1, 4, 4, 2, 2, 1, 0, 2);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> net(g, false, new float[2 * 9 * 4], Local2dSTDP.withPreSpikeQuirk(StdpParams.defaults())));
        assertEquals("Local2dSTDP on synapses S: CoNeX's pre-spike quirk views the 16 source spikes as (outCh 2, rows),"
                + " which works only with 2 or 18 source neurons (outCh x outH*outW); use the rule without the quirk",
                e.getMessage());
    }
}
