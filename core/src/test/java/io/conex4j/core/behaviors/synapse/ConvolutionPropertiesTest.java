package io.conex4j.core.behaviors.synapse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.conex4j.core.behaviors.learning.Bound;
import io.conex4j.core.behaviors.learning.Conv2dSTDP;
import io.conex4j.core.behaviors.learning.Local2dSTDP;
import io.conex4j.core.behaviors.learning.StdpParams;
import io.conex4j.core.runtime.Behavior;
import io.conex4j.core.runtime.Network;
import io.conex4j.core.runtime.NeuronGroup;
import io.conex4j.core.runtime.SynapseGroup;
import io.conex4j.core.storage.DenseWeights;
import io.conex4j.core.testutil.Property;
import io.conex4j.core.testutil.TestNets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Convolutional and local dendrites and their STDP rules against naive reference implementations. */
class ConvolutionPropertiesTest {

    /** Random geometry: in (c, h, w), kernel, stride, padding; out channels. */
    private record Geo(int c, int h, int w, int k1, int k2, int stride, int pad, int outCh) {
        int outH() {
            return (h + 2 * pad - k1) / stride + 1;
        }

        int outW() {
            return (w + 2 * pad - k2) / stride + 1;
        }

        float at(float[] in, int ch, int y, int x) {
            return y < 0 || y >= h || x < 0 || x >= w ? 0f : in[(ch * h + y) * w + x];
        }

        static Geo random(SplittableRandom r) {
            int h = 1 + r.nextInt(7);
            int w = 1 + r.nextInt(7);
            int pad = r.nextInt(2);
            int k1 = 1 + r.nextInt(h + 2 * pad);
            int k2 = 1 + r.nextInt(w + 2 * pad);
            return new Geo(1 + r.nextInt(3), h, w, Math.min(k1, 4), Math.min(k2, 4), 1 + r.nextInt(2), pad,
                    1 + r.nextInt(3));
        }
    }

    private static float[] asFloats(boolean[] b) {
        float[] f = new float[b.length];
        for (int i = 0; i < b.length; i++) {
            f[i] = b[i] ? 1f : 0f;
        }
        return f;
    }

    private static SynapseGroup net(Geo g, float[] weights, int[] shape, int[] kernelShape,
            Behavior<SynapseGroup> dendrite, Behavior<SynapseGroup> learning) {
        Network n = new Network(1, 0);
        NeuronGroup src = n.neurons("src", g.c(), g.h(), g.w());
        NeuronGroup dst = n.neurons("dst", g.outCh(), g.outH(), g.outW());
        WeightInitializer.Builder init = WeightInitializer.builder().weights(weights, shape);
        if (kernelShape != null) {
            init.kernelShape(kernelShape);
        }
        SynapseGroup s = n.synapses("S", src, dst).add(new SynapseInit()).add(init.build());
        TestNets.learningReady(s).add(dendrite);
        if (learning != null) {
            s.add(learning);
        }
        n.initialize();
        return s;
    }

    private static void randomActivity(SplittableRandom r, SynapseGroup s) {
        s.behavior(PreSpikeCatcher.class).set(Property.bools(r, s.get(SynapseGroup.PRE_SPIKE).length, 0.3));
        s.behavior(PostSpikeCatcher.class).set(Property.bools(r, s.get(SynapseGroup.POST_SPIKE).length, 0.3));
        System.arraycopy(Property.floats(r, s.get(SynapseGroup.PRE_TRACE).length, 0, 1), 0, s.get(SynapseGroup.PRE_TRACE), 0, s.get(SynapseGroup.PRE_TRACE).length);
        System.arraycopy(Property.floats(r, s.get(SynapseGroup.POST_TRACE).length, 0, 1), 0, s.get(SynapseGroup.POST_TRACE), 0, s.get(SynapseGroup.POST_TRACE).length);
    }

    @Test
    void conv2dInputEqualsANaiveConvolution() {
        Property.forAll("Conv2d input equals naive convolution", r -> {
            Geo g = Geo.random(r);
            int[] shape = {g.outCh(), g.c(), g.k1(), g.k2()};
            float[] w = Property.floats(r, g.outCh() * g.c() * g.k1() * g.k2(), -1, 1);
            Conv2dDendriticInput input = new Conv2dDendriticInput(1.5, g.stride(), g.pad());
            SynapseGroup s = net(g, w, shape, null, input, null);
            randomActivity(r, s);
            input.forward(s);
            float[] in = asFloats(s.get(SynapseGroup.PRE_SPIKE));
            float[] expected = new float[s.get(SynapseGroup.CURRENT).values().length];
            for (int o = 0; o < g.outCh(); o++) {
                for (int oy = 0; oy < g.outH(); oy++) {
                    for (int ox = 0; ox < g.outW(); ox++) {
                        float acc = 0;
                        for (int c = 0; c < g.c(); c++) {
                            for (int ky = 0; ky < g.k1(); ky++) {
                                for (int kx = 0; kx < g.k2(); kx++) {
                                    acc += w[((o * g.c() + c) * g.k1() + ky) * g.k2() + kx]
                                            * g.at(in, c, oy * g.stride() - g.pad() + ky, ox * g.stride() - g.pad() + kx);
                                }
                            }
                        }
                        expected[(o * g.outH() + oy) * g.outW() + ox] = 1.5f * acc;
                    }
                }
            }
            assertArrayEquals(expected, s.get(SynapseGroup.CURRENT).values(), 1e-4f);
        });
    }

    @Test
    void local2dInputEqualsANaiveUnfoldProduct() {
        Property.forAll("Local2d input equals naive unfold product", r -> {
            Geo g = Geo.random(r);
            int outSize = g.outH() * g.outW();
            int conn = g.c() * g.k1() * g.k2();
            int[] shape = {g.outCh(), outSize, conn};
            float[] w = Property.floats(r, g.outCh() * outSize * conn, -1, 1);
            Local2dDendriticInput input = new Local2dDendriticInput(1, g.stride(), g.pad());
            SynapseGroup s = net(g, w, shape, new int[] {g.outCh(), g.outH(), g.outW(), g.c(), g.k1(), g.k2()}, input,
                    null);
            randomActivity(r, s);
            input.forward(s);
            float[] in = asFloats(s.get(SynapseGroup.PRE_SPIKE));
            float[] expected = new float[s.get(SynapseGroup.CURRENT).values().length];
            for (int o = 0; o < g.outCh(); o++) {
                for (int pos = 0; pos < outSize; pos++) {
                    int oy = pos / g.outW();
                    int ox = pos % g.outW();
                    float acc = 0;
                    for (int c = 0; c < g.c(); c++) {
                        for (int ky = 0; ky < g.k1(); ky++) {
                            for (int kx = 0; kx < g.k2(); kx++) {
                                int ci = (c * g.k1() + ky) * g.k2() + kx;
                                acc += w[(o * outSize + pos) * conn + ci]
                                        * g.at(in, c, oy * g.stride() - g.pad() + ky, ox * g.stride() - g.pad() + kx);
                            }
                        }
                    }
                    expected[o * outSize + pos] = acc;
                }
            }
            assertArrayEquals(expected, s.get(SynapseGroup.CURRENT).values(), 1e-4f);
        });
    }

    @Test
    void conv2dStdpEqualsTheNaiveSumOverOutputPositions() {
        conv2dStdpEqualsTheNaiveRule("Conv2dSTDP equals naive rule", StdpParams.of(0.05, 0.04)
                .bounds(Bound.SOFT, Bound.HARD));
    }

    /** Clamping into [0.3, 0.7] with rates that cross the limits: the changed weights end inside them. */
    @Test
    void clampedConv2dStdpKeepsEveryChangedWeightWithinTheLimits() {
        conv2dStdpEqualsTheNaiveRule("clamped Conv2dSTDP equals naive rule, clamped", StdpParams.of(2.5, 2)
                .bounds(Bound.SOFT, Bound.HARD).clamp(0.3, 0.7));
    }

    private void conv2dStdpEqualsTheNaiveRule(String property, StdpParams p) {
        Property.forAll(property, r -> {
            Geo g = Geo.random(r);
            int[] shape = {g.outCh(), g.c(), g.k1(), g.k2()};
            float[] w0 = Property.floats(r, g.outCh() * g.c() * g.k1() * g.k2(), 0, 1);
            Conv2dSTDP rule = new Conv2dSTDP(p);
            SynapseGroup s = net(g, w0, shape, null, new Conv2dDendriticInput(1, g.stride(), g.pad()), rule);
            randomActivity(r, s);
            float[] w = s.weights().values().clone();
            float[] preS = asFloats(s.get(SynapseGroup.PRE_SPIKE));
            float[] postS = asFloats(s.get(SynapseGroup.POST_SPIKE));
            int outSize = g.outH() * g.outW();
            float[] expected = new float[w.length];
            for (int o = 0; o < g.outCh(); o++) {
                for (int c = 0; c < g.c(); c++) {
                    for (int ky = 0; ky < g.k1(); ky++) {
                        for (int kx = 0; kx < g.k2(); kx++) {
                            float plus = 0;
                            float minus = 0;
                            for (int pos = 0; pos < outSize; pos++) {
                                int y = (pos / g.outW()) * g.stride() - g.pad() + ky;
                                int x = (pos % g.outW()) * g.stride() - g.pad() + kx;
                                plus += postS[o * outSize + pos] * g.at(s.get(SynapseGroup.PRE_TRACE), c, y, x);
                                minus += s.get(SynapseGroup.POST_TRACE)[o * outSize + pos] * g.at(preS, c, y, x);
                            }
                            int k = ((o * g.c() + c) * g.k1() + ky) * g.k2() + kx;
                            float v = w[k];
                            float dw = (plus * Bound.SOFT.factor(v, p.wMin(), p.wMax()) * p.aPlus()
                                    - minus * Bound.HARD.factor(v, p.wMin(), p.wMax()) * p.aMinus()) / outSize;
                            boolean changed = plus != 0 || minus != 0;
                            expected[k] = p.clamped() && changed
                                    ? Math.min(Math.max(v + dw, p.wMin()), p.wMax()) : v + dw;
                        }
                    }
                }
            }
            rule.forward(s);
            assertArrayEquals(expected, s.weights().values(), 1e-5f);
        });
    }

    @Test
    void local2dStdpEqualsTheNaiveRuleWithPostSynapticSpikes() {
        Property.forAll("Local2dSTDP equals naive rule", r -> {
            Geo g = Geo.random(r);
            int outSize = g.outH() * g.outW();
            int conn = g.c() * g.k1() * g.k2();
            int[] shape = {g.outCh(), outSize, conn};
            float[] w0 = Property.floats(r, g.outCh() * outSize * conn, 0, 1);
            StdpParams p = StdpParams.of(0.05, 0.04);
            Local2dSTDP rule = new Local2dSTDP(p);
            SynapseGroup s = net(g, w0, shape, new int[] {g.outCh(), g.outH(), g.outW(), g.c(), g.k1(), g.k2()},
                    new Local2dDendriticInput(1, g.stride(), g.pad()), rule);
            randomActivity(r, s);
            float[] w = s.weights().values().clone();
            float[] preS = asFloats(s.get(SynapseGroup.PRE_SPIKE));
            float[] expected = new float[w.length];
            for (int o = 0; o < g.outCh(); o++) {
                for (int pos = 0; pos < outSize; pos++) {
                    int row = o * outSize + pos;
                    for (int c = 0; c < g.c(); c++) {
                        for (int ky = 0; ky < g.k1(); ky++) {
                            for (int kx = 0; kx < g.k2(); kx++) {
                                int ci = (c * g.k1() + ky) * g.k2() + kx;
                                int y = (pos / g.outW()) * g.stride() - g.pad() + ky;
                                int x = (pos % g.outW()) * g.stride() - g.pad() + kx;
                                float plus = (s.get(SynapseGroup.POST_SPIKE)[row] ? 1f : 0f) * g.at(s.get(SynapseGroup.PRE_TRACE), c, y, x);
                                float minus = s.get(SynapseGroup.POST_TRACE)[row] * g.at(preS, c, y, x);
                                expected[row * conn + ci] = w[row * conn + ci] + (plus * 0.05f - minus * 0.04f);
                            }
                        }
                    }
                }
            }
            rule.forward(s);
            assertArrayEquals(expected, s.weights().values(), 1e-6f);
        });
    }

    @Test
    void lateralInputEqualsANaiveSame3dConvolution() {
        Property.forAll("Lateral input equals naive same-padded conv3d", r -> {
            int d = 1 + r.nextInt(3);
            int h = 1 + r.nextInt(4);
            int w = 1 + r.nextInt(4);
            int[] k = {1 + 2 * r.nextInt(2), 1 + 2 * r.nextInt(3), 1 + 2 * r.nextInt(3)};
            float[] weights = Property.floats(r, k[0] * k[1] * k[2], -1, 1);
            int sign = r.nextInt(3);
            boolean inhTag = r.nextBoolean();
            Network n = new Network(1, 0);
            NeuronGroup g = n.neurons("g", d, h, w, inhTag ? new String[] {"inh"} : new String[0]);
            LateralDendriticInput input = sign == 0 ? new LateralDendriticInput(2) : new LateralDendriticInput(2, sign == 1);
            SynapseGroup s = n.synapses("S", g, g).add(new SynapseInit())
                    .add(WeightInitializer.builder().weights(weights, 1, 1, k[0], k[1], k[2]).build());
            s.src().add(new io.conex4j.core.behaviors.neuron.NeuronAxon(1));
            s.add(new PreSpikeCatcher()).add(input);
            n.initialize();
            boolean[] spikes = Property.bools(r, d * h * w, 0.4);
            s.behavior(PreSpikeCatcher.class).set(spikes);
            input.forward(s);
            float type = sign == 0 ? (inhTag ? -1f : 1f) : sign == 1 ? -1f : 1f;
            float[] expected = new float[d * h * w];
            for (int z = 0; z < d; z++) {
                for (int y = 0; y < h; y++) {
                    for (int x = 0; x < w; x++) {
                        float acc = 0;
                        for (int a = 0; a < k[0]; a++) {
                            for (int b = 0; b < k[1]; b++) {
                                for (int c = 0; c < k[2]; c++) {
                                    int zz = z + a - k[0] / 2;
                                    int yy = y + b - k[1] / 2;
                                    int xx = x + c - k[2] / 2;
                                    if (zz >= 0 && zz < d && yy >= 0 && yy < h && xx >= 0 && xx < w
                                            && spikes[(zz * h + yy) * w + xx]) {
                                        acc += weights[(a * k[1] + b) * k[2] + c];
                                    }
                                }
                            }
                        }
                        expected[(z * h + y) * w + x] = 2 * type * acc;
                    }
                }
            }
            assertArrayEquals(expected, s.get(SynapseGroup.CURRENT).values(), 1e-5f);
            assertArrayEquals(new int[] {k[0] / 2, k[1] / 2, k[2] / 2}, input.padding());
        });
    }

    @Test
    void averagePoolEqualsAdaptiveAveragePooling() {
        Property.forAll("AveragePool2D equals adaptive average pooling with overlapping windows", r -> {
            int ch = 1 + r.nextInt(2);
            int h = 1 + r.nextInt(6);
            int w = 1 + r.nextInt(6);
            int oh = 1 + r.nextInt(h + 1);
            int ow = 1 + r.nextInt(w + 1);
            boolean inh = r.nextBoolean();
            Network n = new Network(1, 0);
            NeuronGroup src = n.neurons("src", ch, h, w, inh ? new String[] {"inh"} : new String[0]);
            NeuronGroup dst = n.neurons("dst", ch, oh, ow);
            SynapseGroup s = n.synapses("S", src, dst).add(new SynapseInit());
            src.add(new io.conex4j.core.behaviors.neuron.NeuronAxon(1));
            AveragePool2D pool = new AveragePool2D(1.5);
            s.add(new PreSpikeCatcher()).add(pool);
            n.initialize();
            boolean[] spikes = Property.bools(r, ch * h * w, 0.5);
            s.behavior(PreSpikeCatcher.class).set(spikes);
            pool.forward(s);
            float[] expected = new float[ch * oh * ow];
            for (int c = 0; c < ch; c++) {
                for (int i = 0; i < oh; i++) {
                    for (int j = 0; j < ow; j++) {
                        int y0 = i * h / oh;
                        int y1 = (int) Math.ceil((i + 1) * (double) h / oh);
                        int x0 = j * w / ow;
                        int x1 = (int) Math.ceil((j + 1) * (double) w / ow);
                        double sum = 0;
                        for (int y = y0; y < y1; y++) {
                            for (int x = x0; x < x1; x++) {
                                sum += spikes[(c * h + y) * w + x] ? 1 : 0;
                            }
                        }
                        expected[(c * oh + i) * ow + j] = (float) ((inh ? -1.5 : 1.5) * sum / ((y1 - y0) * (x1 - x0)));
                    }
                }
            }
            assertArrayEquals(expected, s.get(SynapseGroup.CURRENT).values(), 1e-6f);
        });
    }

    @Test
    void lateralWeightsAndLayoutsAreCheckedByName() {
        Network n = new Network(1, 0);
        NeuronGroup g = n.neurons("g", 2, 3, 3);
        SynapseGroup s = n.synapses("S", g, g).add(new SynapseInit())
                .add(WeightInitializer.explicit(new DenseWeights(new float[12], 1, 1, 1, 3, 4)));
        g.add(new io.conex4j.core.behaviors.neuron.NeuronAxon(1));
        s.add(new LateralDendriticInput(1, true));
        assertEquals("LateralDendriticInput on synapses S: weights dense [1, 1, 1, 3, 4] must be dense (1, 1, kD, kH, kW)"
                + " with odd kD, kH and kW", assertThrows(IllegalArgumentException.class, n::initialize).getMessage());

        Network m = new Network(1, 0);
        NeuronGroup a = m.neurons("a", 1, 3, 3);
        NeuronGroup b = m.neurons("b", 3, 3, 1);
        SynapseGroup t = m.synapses("T", a, b).add(new SynapseInit())
                .add(WeightInitializer.explicit(new DenseWeights(new float[9], 1, 1, 1, 3, 3)));
        a.add(new io.conex4j.core.behaviors.neuron.NeuronAxon(1));
        t.add(new LateralDendriticInput(1));
        assertEquals("LateralDendriticInput on synapses T: source [1, 3, 3] and destination [3, 3, 1] must have the same"
                + " layout (a lateral input stays within a layer)",
                assertThrows(IllegalArgumentException.class, m::initialize).getMessage());
    }

    @Test
    void averagePoolGivesTheSpikingFractionOfEachWindow() {
        Network n = new Network(1, 0);
        NeuronGroup src = n.neurons("src", 1, 4, 4);
        NeuronGroup dst = n.neurons("dst", 1, 2, 2);
        SynapseGroup s = n.synapses("S", src, dst).add(new SynapseInit());
        src.add(new io.conex4j.core.behaviors.neuron.NeuronAxon(1));
        s.add(new PreSpikeCatcher()).add(new AveragePool2D(2));
        n.initialize();
        boolean[] spikes = new boolean[16];
        spikes[0] = true;
        spikes[5] = true;
        spikes[15] = true;
        s.behavior(PreSpikeCatcher.class).set(spikes);
        s.behavior(AveragePool2D.class).forward(s);
        assertArrayEquals(new float[] {1f, 0f, 0f, 0.5f}, s.get(SynapseGroup.CURRENT).values());
    }

    @Test
    void shapeMismatchesNameBothShapes() {
        Network n = new Network(1, 0);
        NeuronGroup src = n.neurons("src", 1, 5, 5);
        NeuronGroup dst = n.neurons("dst", 2, 4, 4);
        SynapseGroup s = n.synapses("S", src, dst).add(new SynapseInit())
                .add(WeightInitializer.explicit(new DenseWeights(new float[2 * 9], 2, 1, 3, 3)));
        TestNets.learningReady(s).add(new Conv2dDendriticInput(1, 1, 0));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, n::initialize);
        assertEquals("Conv2dDendriticInput on synapses S: the output is [2, 3, 3] but the destination is [2, 4, 4]"
                + " (weights [2, 1, 3, 3], source [1, 5, 5], destination [2, 4, 4], stride 1, padding 0)", e.getMessage());
        assertEquals("Conv2dDendriticInput: stride (0) must be >= 1",
                assertThrows(IllegalArgumentException.class, () -> new Conv2dDendriticInput(1, 0, 0)).getMessage());
    }
}
