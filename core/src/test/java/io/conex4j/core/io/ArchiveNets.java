package io.conex4j.core.io;

import io.conex4j.core.behaviors.learning.Bound;
import io.conex4j.core.behaviors.learning.Conv2dRSTDP;
import io.conex4j.core.behaviors.learning.Conv2dSTDP;
import io.conex4j.core.behaviors.learning.SimpleSTDP;
import io.conex4j.core.behaviors.learning.SparseSTDP;
import io.conex4j.core.behaviors.learning.StdpParams;
import io.conex4j.core.behaviors.network.Dopamine;
import io.conex4j.core.behaviors.network.Payoff;
import io.conex4j.core.behaviors.network.TimeResolution;
import io.conex4j.core.behaviors.neuron.AELIF;
import io.conex4j.core.behaviors.neuron.ActivityBaseHomeostasis;
import io.conex4j.core.behaviors.neuron.DatasetInput;
import io.conex4j.core.behaviors.neuron.InherentNoise;
import io.conex4j.core.behaviors.neuron.VoltageBaseHomeostasis;
import io.conex4j.core.behaviors.neuron.Fire;
import io.conex4j.core.behaviors.neuron.LIF;
import io.conex4j.core.behaviors.neuron.NeuronAxon;
import io.conex4j.core.behaviors.neuron.PoissonInput;
import io.conex4j.core.behaviors.neuron.SimpleDendriteComputation;
import io.conex4j.core.behaviors.neuron.SimpleDendriteStructure;
import io.conex4j.core.behaviors.synapse.Conv2dDendriticInput;
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
import io.conex4j.core.data.ImageDataset;
import io.conex4j.core.data.SpikeDataset;
import io.conex4j.core.encoding.Encoders;
import io.conex4j.core.recording.SpikeRecorder;
import io.conex4j.core.recording.VariableRecorder;
import io.conex4j.core.runtime.Behavior;
import io.conex4j.core.runtime.Network;
import io.conex4j.core.runtime.Priorities;
import io.conex4j.core.runtime.NeuronGroup;
import io.conex4j.core.runtime.SynapseGroup;

/** Networks with dense, sparse and convolutional plastic synapses for the save/restore tests. */
final class ArchiveNets {

    private ArchiveNets() {
    }

    /** The iteration at which {@link HalveDt} halves dt, once. */
    static final int DT_CHANGE = 120;

    /** Halves the network's dt at iteration {@link #DT_CHANGE}; a restored run must continue with the halved dt. */
    static final class HalveDt extends Behavior<Network> {
        HalveDt() {
            super(Priorities.NETWORK);
        }

        @Override
        public void forward(Network n) {
            if (n.iteration() == DT_CHANGE) {
                n.setDt(n.dt() / 2);
            }
        }
    }

    /**
     * Poisson input (2 x 6 x 6) → LIF (dense, STDP, activity homeostasis; a distal synapse with destination delays
     * through a decaying, provocative dendrite computation), AELIF (sparse, delayed, STDP, noise, voltage homeostasis)
     * and a conv layer (STDP, and reward STDP on an apical synapse); dt set by TimeResolution and halved during the run.
     */
    static Network build(long seed, int inputSize) {
        Network net = new Network(1.0, seed);
        net.add(new TimeResolution(1.0)).add(new HalveDt());
        net.add(new Payoff(0, t -> (t / 25) % 2 == 0 ? 1.0 : -0.5)).add(new Dopamine(5));
        int side = inputSize;
        NeuronGroup in = net.neurons("in", 2, side, side).add(PoissonInput.uniform(2 * side * side, 40))
                .add(new NeuronAxon(4)).add(new SpikeRecorder(100_000));
        NeuronGroup lif = net.neurons("lif", 12).add(new SimpleDendriteStructure(1, 3, 1))
                .add(SimpleDendriteComputation.builder().iTau(4).distalProvocativeness(0.6).build())
                .add(new LIF(15, 1, -55, -65, -65, 3))
                .add(new Fire()).add(new ActivityBaseHomeostasis(2, 25, 0.2, 0.95)).add(new NeuronAxon(1))
                .add(new SpikeRecorder(100_000))
                .add(new VariableRecorder<NeuronGroup>("v", NeuronGroup::voltage, 7, 1000));
        NeuronGroup ad = net.neurons("ad", 10).add(new SimpleDendriteStructure())
                .add(new AELIF(20, 1, -50, -65, -65, 2, 2, -55, 0.1, 3, 50)).add(new InherentNoise("randn", 0.5, 0))
                .add(new VoltageBaseHomeostasis(-60, -52, 0.01)).add(new Fire()).add(new NeuronAxon(2));
        NeuronGroup conv = net.neurons("conv", 3, side - 2, side - 2).add(new SimpleDendriteStructure())
                .add(SimpleDendriteComputation.builder().apicalGain(0.5).build())
                .add(new LIF(10, 10, -60, -65, -65, 0)).add(new Fire()).add(new NeuronAxon(1));
        SynapseGroup dense = net.synapses("dense", in, lif).add(new SynapseInit())
                .add(WeightInitializer.mode("uniform(0, 0.5)").build()).add(new SimpleDendriticInput(60));
        learning(dense).add(new SimpleSTDP(StdpParams.of(0.02, 0.01).bounds(Bound.HARD, Bound.SOFT)))
                .add(new WeightNormalization(5)).add(new WeightClip(0, 1));
        net.synapses("distal", in, lif, "Distal").add(new SynapseInit())
                .add(WeightInitializer.mode("uniform(0, 1)").build())
                .add(DelayInitializer.of("uniform(0, 2.99)").destination()).add(new SimpleDendriticInput(8));
        SynapseGroup sparse = net.synapses("sparse", in, ad).add(new SynapseInit())
                .add(WeightInitializer.mode("random").density(0.3).build())
                .add(DelayInitializer.of("uniform(0, 3.99)")).add(DelayInitializer.of(1).destination())
                .add(new SparseDendriticInput(20)).add(new CurrentNormalization(4));
        learning(sparse).add(new SparseSTDP(StdpParams.of(0.03, 0.02).bounds(Bound.SOFT, Bound.SOFT)))
                .add(new WeightClip(0, 1));
        SynapseGroup c = net.synapses("conv_syn", in, conv).add(new SynapseInit())
                .add(WeightInitializer.mode("uniform(0, 0.4)").weightShape(3, 2, 3, 3).build())
                .add(new Conv2dDendriticInput(6, 1, 0));
        learning(c).add(new Conv2dSTDP(StdpParams.of(0.05, 0.04).bounds(Bound.SOFT, Bound.SOFT)));
        SynapseGroup reward = net.synapses("conv_reward", in, conv, "Apical").add(new SynapseInit())
                .add(WeightInitializer.mode("uniform(0, 0.4)").weightShape(3, 2, 3, 3).build())
                .add(new Conv2dDendriticInput(4, 1, 0));
        learning(reward).add(new Conv2dRSTDP(StdpParams.of(0.05, 0.04), 10));
        net.initialize();
        return net;
    }

    /**
     * Three dataset inputs (Poisson intervals, Intensity2Latency with a sparsity, spike tensors) with an instance of
     * {@code 15} iterations and a silent interval of {@code silent}, whose labels are offset by {@code labelOffset},
     * driving LIF neurons through plastic synapses.
     */
    static Network withDatasets(long seed, int silent, int labelOffset) {
        Network net = new Network(1.0, seed);
        int n = 16;
        float[][] images = new float[5][n];
        int[] labels = new int[5];
        boolean[][][] trains = new boolean[5][9][n];
        for (int k = 0; k < 5; k++) {
            labels[k] = k + labelOffset;
            for (int i = 0; i < n; i++) {
                images[k][i] = ((i * 7 + k * 3) % 11) / 10f;
                for (int t = 0; t < 9; t++) {
                    trains[k][t][i] = (i + t * k) % 5 == 0;
                }
            }
        }
        ImageDataset data = ImageDataset.of(images, labels);
        NeuronGroup poisson = net.neurons("poisson", n).add(DatasetInput.images(data, Encoders.poisson(0.3))
                .instanceDuration(15).silentInterval(silent).build()).add(new NeuronAxon(1));
        NeuronGroup latency = net.neurons("latency", n).add(DatasetInput.images(data,
                Encoders.intensity2Latency(null, 0.4, 0, 1, true, true)).instanceDuration(15).silentInterval(silent)
                .build()).add(new NeuronAxon(1));
        NeuronGroup train = net.neurons("train", n).add(DatasetInput.spikes(SpikeDataset.of(trains, labels))
                .instanceDuration(15).silentInterval(silent).build()).add(new NeuronAxon(1));
        NeuronGroup out = net.neurons("out", 6).add(new SimpleDendriteStructure()).add(new LIF(10, 1, -60, -65, -65, 1))
                .add(new Fire()).add(new NeuronAxon(1)).add(new SpikeRecorder(100_000));
        for (NeuronGroup in : new NeuronGroup[] {poisson, latency, train}) {
            SynapseGroup s = net.synapses(in.name() + "_out", in, out).add(new SynapseInit())
                    .add(WeightInitializer.mode("uniform(0, 0.5)").build()).add(new SimpleDendriticInput(8));
            learning(s).add(new SimpleSTDP(StdpParams.of(0.02, 0.015).bounds(Bound.SOFT, Bound.SOFT)));
        }
        net.initialize();
        return net;
    }

    /**
     * Diehl and Cook's pieces on 36 inputs: a dataset input (Bernoulli process) → 8 LIF neurons with an adaptive
     * threshold and an activity homeostasis (two writers of the threshold), clamped STDP and a normalization once per
     * period of 30 iterations → 8 inhibitory neurons feeding back.
     */
    static Network diehlCookLike(long seed) {
        Network net = new Network(1.0, seed);
        float[][] images = new float[6][36];
        int[] labels = new int[6];
        for (int k = 0; k < 6; k++) {
            labels[k] = k % 3;
            for (int i = 0; i < 36; i++) {
                images[k][i] = ((i * 5 + k * 7) % 9) / 8f;
            }
        }
        NeuronGroup in = net.neurons("in", 1, 6, 6).add(DatasetInput.images(ImageDataset.of(images, labels),
                Encoders.bernoulliProcess(0.2)).instanceDuration(20).silentInterval(10).build())
                .add(new NeuronAxon(1));
        NeuronGroup exc = net.neurons("exc", 8).add(new SimpleDendriteStructure())
                .add(new LIF(20, 20, -52, -60, -65, 2)).add(new Fire())
                .add(new ActivityBaseHomeostasis(3, 30, 0.1))
                .add(new io.conex4j.core.behaviors.neuron.AdaptiveThreshold(0.4, 500)).add(new NeuronAxon(1))
                .add(new SpikeRecorder(100_000));
        NeuronGroup inh = net.neurons("inh", 8, "inh").add(new SimpleDendriteStructure())
                .add(new LIF(10, 10, -40, -45, -60, 1)).add(new Fire()).add(new NeuronAxon(1));
        SynapseGroup s = net.synapses("in_exc", in, exc).add(new SynapseInit())
                .add(WeightInitializer.mode("uniform(0, 0.6)").build()).add(new SimpleDendriticInput(1));
        learning(s).add(new SimpleSTDP(StdpParams.of(0.05, 0.01).clamp(0, 1)))
                .add(WeightNormalization.every(6, 30));
        net.synapses("exc_inh", exc, inh).add(new SynapseInit()).add(WeightInitializer.mode("20").weightShape(8)
                .build()).add(new io.conex4j.core.behaviors.synapse.One2OneDendriticInput(1));
        net.synapses("inh_exc", inh, exc).add(new SynapseInit()).add(WeightInitializer.mode("5").build())
                .add(new SimpleDendriticInput(1));
        net.initialize();
        return net;
    }

    private static SynapseGroup learning(SynapseGroup s) {
        return s.add(new PreSpikeCatcher()).add(new PostSpikeCatcher()).add(new PreTrace(15)).add(new PostTrace(10));
    }
}
