package io.conex4j.core.integration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.conex4j.core.behaviors.learning.Bound;
import io.conex4j.core.behaviors.learning.SimpleSTDP;
import io.conex4j.core.behaviors.learning.SparseSTDP;
import io.conex4j.core.behaviors.learning.StdpParams;
import io.conex4j.core.behaviors.neuron.Fire;
import io.conex4j.core.behaviors.neuron.KWTA;
import io.conex4j.core.behaviors.neuron.LIF;
import io.conex4j.core.behaviors.neuron.NeuronAxon;
import io.conex4j.core.behaviors.neuron.SimpleDendriteStructure;
import io.conex4j.core.behaviors.synapse.CurrentNormalization;
import io.conex4j.core.behaviors.synapse.DelayInitializer;
import io.conex4j.core.behaviors.synapse.PostSpikeCatcher;
import io.conex4j.core.behaviors.synapse.PostTrace;
import io.conex4j.core.behaviors.synapse.PreSpikeCatcher;
import io.conex4j.core.behaviors.synapse.PreTrace;
import io.conex4j.core.behaviors.synapse.SimpleDendriticInput;
import io.conex4j.core.behaviors.synapse.SparseDendriticInput;
import io.conex4j.core.behaviors.synapse.SynapseInit;
import io.conex4j.core.behaviors.synapse.WeightClip;
import io.conex4j.core.behaviors.synapse.WeightInitializer;
import io.conex4j.core.behaviors.synapse.WeightNormalization;
import io.conex4j.core.kernels.KernelProvider;
import io.conex4j.core.kernels.Kernels;
import io.conex4j.core.recording.SpikeRecorder;
import io.conex4j.core.runtime.Network;
import io.conex4j.core.runtime.NeuronGroup;
import io.conex4j.core.testutil.TestNets;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A small plastic network with recurrent excitation, sparse and dense synapses, STDP, weight and current
 * normalization (every reduction kernel) runs with the scalar and the Panama kernels: the spike trains, the
 * voltages and the weights are the same bits; sums added in another order would give other bits.
 */
class KernelPathsNetworkTest {

    private static final int STEPS = 4000;

    @BeforeAll
    static void needsPanama() {
        assumeTrue(KernelProvider.panamaAvailable(), "Panama kernels need jdk.incubator.vector");
    }

    /** What a run leaves: every spike of both groups, the voltages and every synapse group's weights. */
    private record Outcome(long[] inIterations, int[] inIndices, long[] excIterations, int[] excIndices,
            int[] voltageBits, int[][] weightBits) {
    }

    /**
     * Like the demo: 200 inputs showing 4 bars in turn (60 Hz on the bar, 3 Hz elsewhere) drive 40 LIF neurons
     * with k-winners-take-all through sparse plastic synapses with delays, current and weight normalization;
     * 10 inhibitory neurons feed back. Plus a dense plastic path and recurrent excitation.
     */
    private static Outcome run(Kernels kernels) {
        Network net = new Network(1.0, 11);
        net.kernels(kernels);
        SplittableRandom draws = new SplittableRandom(5);
        SpikeRecorder inRec = new SpikeRecorder();
        SpikeRecorder excRec = new SpikeRecorder();
        NeuronGroup in = net.neurons("in", 200).add(TestNets.spikes((t, spikes) -> {
            int bar = (int) (t / 50 % 4);
            for (int i = 0; i < spikes.length; i++) {
                spikes[i] = draws.nextDouble() < (i / 50 == bar ? 0.06 : 0.003);
            }
        })).add(new NeuronAxon(6)).add(inRec);
        NeuronGroup exc = net.neurons("exc", 40).add(new SimpleDendriteStructure())
                .add(new LIF(20, 1, -52, -65, -65, 2)).add(new KWTA(2)).add(new Fire()).add(new NeuronAxon(3))
                .add(excRec);
        NeuronGroup inh = net.neurons("inh", 10, "inh").add(new SimpleDendriteStructure())
                .add(new LIF(10, 1, -55, -65, -65, 1)).add(new Fire()).add(new NeuronAxon(1));
        net.synapses("sparse", in, exc).add(new SynapseInit())
                .add(WeightInitializer.mode("uniform(0, 0.3)").density(0.25).build())
                .add(DelayInitializer.of("uniform(0, 5)")).add(new SparseDendriticInput(40))
                .add(new CurrentNormalization(15)).add(new PreSpikeCatcher()).add(new PostSpikeCatcher())
                .add(new PreTrace(20)).add(new PostTrace(20))
                .add(new SparseSTDP(StdpParams.of(0.1, 0.04).bounds(Bound.HARD, Bound.HARD)))
                .add(new WeightNormalization(8)).add(new WeightClip(0, 1));
        net.synapses("dense", in, exc).add(new SynapseInit()).add(WeightInitializer.mode("uniform(0, 0.05)").build())
                .add(new SimpleDendriticInput(2)).add(new PreSpikeCatcher()).add(new PostSpikeCatcher())
                .add(new PreTrace(10)).add(new PostTrace(10)).add(new SimpleSTDP(StdpParams.of(0.01, 0.01)))
                .add(new WeightNormalization(2)).add(new WeightClip(0, 1));
        net.synapses("recurrent", exc, exc).add(new SynapseInit())
                .add(WeightInitializer.mode("uniform(0, 0.1)").build())
                .add(DelayInitializer.of("uniform(0, 2.9)")).add(new SimpleDendriticInput(3)).add(new PreSpikeCatcher());
        net.synapses("exc_inh", exc, inh).add(new SynapseInit()).add(WeightInitializer.mode(1.0).build())
                .add(new SimpleDendriticInput(25)).add(new PreSpikeCatcher());
        net.synapses("inh_exc", inh, exc).add(new SynapseInit()).add(WeightInitializer.mode(1.0).build())
                .add(new SimpleDendriticInput(3)).add(new PreSpikeCatcher());
        net.initialize();
                net.simulate(STEPS);
        int[][] weights = new int[net.synapseGroups().size()][];
        for (int s = 0; s < weights.length; s++) {
            weights[s] = bits(net.synapseGroups().get(s).weights().values());
        }
        return new Outcome(inRec.iterations(), inRec.indices(), excRec.iterations(), excRec.indices(),
                bits(exc.voltage()), weights);
    }

    private static int[] bits(float[] a) {
        int[] b = new int[a.length];
        for (int i = 0; i < a.length; i++) {
            b[i] = Float.floatToRawIntBits(a[i]);
        }
        return b;
    }

    private static void assertSame(Outcome expected, Outcome actual) {
        assertArrayEquals(expected.inIterations(), actual.inIterations(), "input spike iterations");
        assertArrayEquals(expected.inIndices(), actual.inIndices(), "input spike neurons");
        assertArrayEquals(expected.excIterations(), actual.excIterations(), "exc spike iterations");
        assertArrayEquals(expected.excIndices(), actual.excIndices(), "exc spike neurons");
        assertArrayEquals(expected.voltageBits(), actual.voltageBits(), "exc voltages");
        for (int s = 0; s < expected.weightBits().length; s++) {
            assertArrayEquals(expected.weightBits()[s], actual.weightBits()[s], "weights of synapse group " + s);
        }
    }

    @Test
    void scalarAndPanamaKernelsRunTheNetworkIdentically() {
        Outcome scalar = run(KernelProvider.scalar());
        Outcome panama = run(KernelProvider.panama());
        assertTrue(scalar.excIndices().length > 1000, "the network is active: " + scalar.excIndices().length
                + " exc spikes");
        assertSame(scalar, panama);
    }

    /**
     * The comparison can see a rounding difference: kernels that differ from the scalar ones only in adding
     * their sums one element after the other (what the scalar kernels did before) leave other weight and
     * voltage bits. (Their spike trains happen to agree over this run; the demo's did not.)
     */
    @Test
    void sumsInAnotherOrderLeaveOtherBits() {
        Outcome base = run(KernelProvider.scalar());
        Outcome other = run(new SequentialSums(KernelProvider.scalar()));
        assertFalse(Arrays.equals(base.weightBits()[0], other.weightBits()[0]), "sparse weights differ");
        assertFalse(Arrays.equals(base.voltageBits(), other.voltageBits()), "exc voltages differ");
        assertEquals(base.inIndices().length, other.inIndices().length, "the input does not depend on the kernels");
    }

    /** The given kernels, but {@code sum} and {@code rowSums} add one element after the other. */
    private record SequentialSums(Kernels k) implements Kernels {
        @Override
        public String name() {
            return "sequential-sums";
        }

        @Override
        public float sum(float[] a, int from, int to) {
            float s = 0f;
            for (int i = from; i < to; i++) {
                s += a[i];
            }
            return s;
        }

        @Override
        public void rowSums(float[] w, int rows, int cols, float[] out) {
            for (int r = 0; r < rows; r++) {
                out[r] = sum(w, r * cols, (r + 1) * cols);
            }
        }

        @Override
        public void fill(float[] a, int from, int to, float value) {
            k.fill(a, from, to, value);
        }

        @Override
        public void scale(float[] a, int from, int to, float factor) {
            k.scale(a, from, to, factor);
        }

        @Override
        public void addScalar(float[] a, int from, int to, float value) {
            k.addScalar(a, from, to, value);
        }

        @Override
        public void clip(float[] a, int from, int to, float lo, float hi) {
            k.clip(a, from, to, lo, hi);
        }

        @Override
        public void multiply(float[] a, int aOff, float[] b, int bOff, int length) {
            k.multiply(a, aOff, b, bOff, length);
        }

        @Override
        public void columnSums(float[] w, int rows, int cols, float[] out) {
            k.columnSums(w, rows, cols, out);
        }

        @Override
        public void scaleColumns(float[] w, int rows, int cols, float[] factors) {
            k.scaleColumns(w, rows, cols, factors);
        }

        @Override
        public void scaleRows(float[] w, int rows, int cols, float[] factors) {
            k.scaleRows(w, rows, cols, factors);
        }

        @Override
        public void addRows(float[] w, int cols, int[] rows, int count, float[] out) {
            k.addRows(w, cols, rows, count, out);
        }

        @Override
        public void axpyRow(float alpha, float[] w, int row, int cols, float[] out) {
            k.axpyRow(alpha, w, row, cols, out);
        }

        @Override
        public void traceUpdate(float[] x, boolean[] spikes, float spikeScale, float tau, float dt) {
            k.traceUpdate(x, spikes, spikeScale, tau, dt);
        }

        @Override
        public int spikingIndices(boolean[] flags, int[] out) {
            return k.spikingIndices(flags, out);
        }

        @Override
        public int fire(float[] v, float threshold, boolean strict, float reset, boolean[] spikes, int[] out) {
            return k.fire(v, threshold, strict, reset, spikes, out);
        }

        @Override
        public int fire(float[] v, float[] threshold, boolean strict, float reset, boolean[] spikes, int[] out) {
            return k.fire(v, threshold, strict, reset, spikes, out);
        }
    }
}
