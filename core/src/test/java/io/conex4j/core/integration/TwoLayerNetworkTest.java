package io.conex4j.core.integration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conex4j.core.behaviors.learning.Bound;
import io.conex4j.core.behaviors.learning.SparseSTDP;
import io.conex4j.core.behaviors.learning.StdpParams;
import io.conex4j.core.behaviors.neuron.Fire;
import io.conex4j.core.behaviors.neuron.LIF;
import io.conex4j.core.behaviors.neuron.NeuronAxon;
import io.conex4j.core.behaviors.neuron.PoissonInput;
import io.conex4j.core.behaviors.neuron.SimpleDendriteStructure;
import io.conex4j.core.behaviors.synapse.DelayInitializer;
import io.conex4j.core.behaviors.synapse.PostSpikeCatcher;
import io.conex4j.core.behaviors.synapse.PostTrace;
import io.conex4j.core.behaviors.synapse.PreSpikeCatcher;
import io.conex4j.core.behaviors.synapse.PreTrace;
import io.conex4j.core.behaviors.synapse.SparseDendriticInput;
import io.conex4j.core.behaviors.synapse.SynapseInit;
import io.conex4j.core.behaviors.synapse.WeightClip;
import io.conex4j.core.behaviors.synapse.WeightInitializer;
import io.conex4j.core.behaviors.synapse.WeightNormalization;
import io.conex4j.core.plot.Plots;
import io.conex4j.core.recording.SpikeRecorder;
import io.conex4j.core.runtime.Network;
import io.conex4j.core.runtime.NeuronGroup;
import io.conex4j.core.runtime.SynapseGroup;
import io.conex4j.core.storage.CscWeights;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Poisson input → LIF layer through sparse, delayed synapses with traces, STDP, normalization and clipping,
 * built with the core API; checks the spikes and the learned weights, and writes the pictures to
 * {@code target/two-layer/}.
 */
class TwoLayerNetworkTest {

    private static final int IN = 100;
    private static final int OUT = 20;

    private record Run(Network net, SynapseGroup syn, SpikeRecorder inRec, SpikeRecorder outRec, float[] before) {
    }

    private static Run run(long seed, int steps) {
        Network net = new Network(1.0, seed);
        float[] rates = new float[IN];
        for (int i = 0; i < IN; i++) {
            rates[i] = i < IN / 2 ? 50f : 2f;
        }
        SpikeRecorder inRec = new SpikeRecorder(200_000);
        SpikeRecorder outRec = new SpikeRecorder(200_000);
        NeuronGroup input = net.neurons("input", IN).add(new PoissonInput(rates)).add(new NeuronAxon(4)).add(inRec);
        NeuronGroup exc = net.neurons("exc", OUT).add(new SimpleDendriteStructure())
                .add(new LIF(20, 1, -52, -65, -65, 2)).add(new Fire()).add(new NeuronAxon(1)).add(outRec);
        SynapseGroup syn = net.synapses("input_exc", input, exc).add(new SynapseInit())
                .add(WeightInitializer.mode("uniform(0.2, 0.6)").density(0.3).build())
                .add(DelayInitializer.of("uniform(0, 3.99)"))
                .add(new SparseDendriticInput(100)).add(new PreSpikeCatcher()).add(new PostSpikeCatcher())
                .add(new PreTrace(20)).add(new PostTrace(20))
                .add(new SparseSTDP(StdpParams.of(0.05, 0.01).bounds(Bound.SOFT, Bound.SOFT)))
                .add(new WeightNormalization(6)).add(new WeightClip(0, 1));
        net.initialize();
        float[] before = syn.weights().values().clone();
        net.simulate(steps);
        return new Run(net, syn, inRec, outRec, before);
    }

    @Test
    void learnsToPreferTheActiveInputsAndWritesItsPictures() throws Exception {
        Run r = run(7, 2000);
        CscWeights w = (CscWeights) r.syn().weights();
        assertTrue(r.outRec().count() > 100, "the LIF layer fires: " + r.outRec().count());
        double seconds = 2.0;
        double inRate = r.inRec().count() / (IN * seconds);
        assertEquals((50 + 2) / 2.0, inRate, 2.0, "input rate");
        for (float v : w.values()) {
            assertTrue(v >= 0 && v <= 1, "clipped: " + v);
        }
        double activeMean = 0;
        double quietMean = 0;
        int active = 0;
        int quiet = 0;
        for (int k = 0; k < w.nnz(); k++) {
            if (w.rowIdx()[k] < IN / 2) {
                activeMean += w.values()[k];
                active++;
            } else {
                quietMean += w.values()[k];
                quiet++;
            }
        }
        activeMean /= active;
        quietMean /= quiet;
        assertTrue(activeMean > 1.5 * quietMean, "STDP strengthens the often active inputs: " + activeMean + " vs "
                + quietMean);
        float[] dense = w.toDense();
        for (int j = 0; j < OUT; j++) {
            float s = 0;
            for (int i = 0; i < IN; i++) {
                s += dense[i * OUT + j];
            }
            assertTrue(s <= 6.0001f, "normalized then clipped column sum " + s);
        }
        Path out = Path.of("target", "two-layer");
        Files.createDirectories(out);
        long steps = r.net().iteration();
        Plots.raster(out.resolve("raster_exc.png"), "exc spikes", r.outRec().iterations(), r.outRec().indices(), OUT,
                steps, 1.0);
        Plots.heatmap(out.resolve("weights.png"), "input → exc weights after learning", dense, IN, OUT);
        Plots.rate(out.resolve("rate_exc.png"), "exc population rate", r.outRec().iterations(), OUT, steps, 1.0, 20);
        assertTrue(Files.size(out.resolve("weights.png")) > 1000);
    }

    @Test
    void theSameSeedGivesTheSameRunWhateverTheJitHasCompiled() {
        // The first run starts cold, the later ones run compiled code: results must not depend on it.
        Run a = run(3, 300);
        for (int warm = 0; warm < 5; warm++) {
            run(11 + warm, 2000);
        }
        Run b = run(3, 300);
        assertArrayEquals(a.syn().weights().values(), b.syn().weights().values());
        assertArrayEquals(a.outRec().indices(), b.outRec().indices());
    }
}
