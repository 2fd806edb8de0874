package io.conex4j.bench;

import io.conex4j.core.data.ImageDataset;
import io.conex4j.core.data.Split;
import io.conex4j.core.encoding.Encoders;
import io.conex4j.core.readout.ClassResponses;
import io.conex4j.core.readout.ConfusionMatrix;
import io.conex4j.core.readout.NeuronLabels;
import io.conex4j.core.readout.Presenter;
import io.conex4j.core.readout.RunningAccuracy;
import io.conex4j.core.runtime.Network;
import io.conex4j.dsl.Conex;
import io.conex4j.core.io.NetworkArchive;
import io.conex4j.core.plot.Plots;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Diehl and Cook (2015), "Unsupervised learning of digit recognition using spike-timing-dependent plasticity", as
 * {@code examples/DiehlCook.java} spells it out (a test checks that both give the same accuracy and weights): 784
 * Poisson inputs driven by the pixel intensities, N excitatory LIF neurons with adaptive thresholds learning their
 * input weights by STDP (weights normalized per neuron before each image), N inhibitory neurons, each excited by one
 * excitatory neuron and inhibiting all the others. Each image is shown for 350 ms (again with higher rates while the
 * layer answers with fewer than 5 spikes), then 150 ms of rest. After one pass over the training images with
 * learning, learning stops, each neuron is labelled with the class it answered most over the training images, and
 * each test image is classified by the class whose neurons fire most. Current-based, as BindsNET's reproduction: an
 * input spike moves the potential by its weight in mV.
 */
public final class DiehlCook {

    /** Classes (digits). */
    public static final int CLASSES = 10;
    /** Image side, pixels. */
    public static final int SIDE = 28;
    /** The input rate of a white pixel, Hz (the paper's intensity 2 of 255 / 8 Hz). */
    public static final double MAX_INPUT_RATE_HZ = 63.75;
    /** Presentation of one image, ms. */
    public static final int PRESENT_MS = 350;
    /** Rest after each image, ms. */
    public static final int REST_MS = 150;
    /** Spikes the excitatory layer must fire for an image, else it is shown again with higher rates. */
    public static final int MIN_SPIKES = 5;
    /** Input gain added per retry: 0.5 raises the rates by 31.875 Hz, the paper's intensity step. */
    public static final double GAIN_STEP = 0.5;
    /** Presentations of one image at most. */
    public static final int MAX_ATTEMPTS = 10;

    /** Excitatory resting potential, mV. */
    public static final double EXC_REST = -65;
    /** Excitatory reset potential, mV. */
    public static final double EXC_RESET = -60;
    /** Excitatory firing threshold before adaptation, mV. */
    public static final double EXC_THRESHOLD = -52;
    /** Excitatory membrane time constant, ms. */
    public static final double EXC_TAU = 100;
    /** Excitatory refractory period, ms. */
    public static final double EXC_REFRACTORY = 5;
    /**
     * The rise of the adaptive threshold per spike is THETA_SCALE x neurons / training digits, mV: 0.5 mV for 100
     * neurons and 9,000 digits, 2 mV for 400. The paper's 0.05 mV is made for 60,000 digits and more (several passes
     * for larger layers); in one pass over fewer digits every neuron must still get its turn.
     */
    public static final double THETA_SCALE = 45;
    /** Decay time constant of the adaptive threshold, ms. */
    public static final double TAU_THETA = 1e7;

    /** Inhibitory resting potential, mV. */
    public static final double INH_REST = -60;
    /** Inhibitory reset potential, mV. */
    public static final double INH_RESET = -45;
    /** Inhibitory firing threshold, mV. */
    public static final double INH_THRESHOLD = -40;
    /** Inhibitory membrane time constant, ms. */
    public static final double INH_TAU = 10;
    /** Inhibitory refractory period, ms. */
    public static final double INH_REFRACTORY = 2;

    /** Input weights start uniform in [0, INPUT_W_INIT). */
    public static final double INPUT_W_INIT = 0.3;
    /** Input weights are clamped into [0, INPUT_W_MAX] by the learning rule. */
    public static final double INPUT_W_MAX = 1;
    /** Each excitatory neuron's input weights sum to this before each image. */
    public static final double INPUT_W_SUM = 78.4;
    /** Time constant of the pre- and post-synaptic traces, ms. */
    public static final double TAU_TRACE = 20;
    /** Potentiation per post-synaptic spike, times the pre-synaptic trace. */
    public static final double NU_POST = 1e-2;
    /** Depression per pre-synaptic spike, times the post-synaptic trace. */
    public static final double NU_PRE = 1e-4;
    /** Excitatory to inhibitory weight (one to one), mV. */
    public static final double EXC_INH_W = 22.5;
    /** Inhibitory to excitatory weight (each inhibitory neuron to every excitatory neuron but its own), mV. */
    public static final double INH_EXC_W = 150;

    /** Samples per block of the running accuracy shown during training. */
    public static final int RUNNING_WINDOW = 500;

    private DiehlCook() {
    }

    /** What one run gives. */
    public record Result(Network net, NeuronLabels labels, ConfusionMatrix confusion, double trainSeconds,
            double labelSeconds, double testSeconds, int trainImages, int testImages, long trainSteps) {
    }

    /**
     * The network: the digits shown by the input group {@code input}, layers {@code exc} and {@code inh}; the
     * threshold rises by {@code thetaPlus} mV per spike; on {@code threads} threads (0: automatic).
     */
    public static Network network(ImageDataset digits, int neurons, double thetaPlus, long seed, String kernels,
            int threads) {
        float[] allButSelf = new float[neurons * neurons];
        Arrays.fill(allButSelf, 1f);
        for (int i = 0; i < neurons; i++) {
            allButSelf[i * neurons + i] = 0f;
        }
        return Conex.network(n -> {
            n.dt(1).seed(seed).kernels(kernels);
            if (threads > 0) {
                n.threads(threads);
            }
            var input = n.neurons("input", 1, SIDE, SIDE, g -> g
                    .images(digits, Encoders.bernoulliProcess(MAX_INPUT_RATE_HZ / 1000),
                            d -> d.instanceDuration(PRESENT_MS).silentInterval(REST_MS)));
            var exc = n.neurons("exc", neurons, g -> g
                    .lif(l -> l.tau(EXC_TAU).r(EXC_TAU).vRest(EXC_REST).vReset(EXC_RESET).threshold(EXC_THRESHOLD)
                            .refractory(EXC_REFRACTORY))
                    .adaptiveThreshold(thetaPlus, TAU_THETA));
            var inh = n.neurons("inh", neurons, g -> g
                    .tags("inh")
                    .lif(l -> l.tau(INH_TAU).r(INH_TAU).vRest(INH_REST).vReset(INH_RESET).threshold(INH_THRESHOLD)
                            .refractory(INH_REFRACTORY)));
            n.synapses(input, exc, s -> s
                    .weights(w -> w.uniform(0, INPUT_W_INIT))
                    .traces(TAU_TRACE, TAU_TRACE)
                    .stdp(p -> p.aPlus(NU_POST).aMinus(NU_PRE).clamp(0, INPUT_W_MAX))
                    .normalize(INPUT_W_SUM, PRESENT_MS + REST_MS));
            n.synapses(exc, inh, s -> s.one2one().weights(w -> w.constant(EXC_INH_W).shape(neurons)));
            n.synapses(inh, exc, s -> s.weights(w -> w.explicit(allButSelf, neurons, neurons)).currentCoef(INH_EXC_W));
        });
    }

    /** The behaviors that learn or adapt, switched off for labelling and testing (the traces only feed STDP). */
    static final String[] LEARNING = {"SimpleSTDP", "AdaptiveThreshold", "WeightNormalization", "PreTrace",
        "PostTrace"};

    /**
     * Trains on {@code train} digits, labels the neurons on them with learning off and tests on {@code test} others
     * (a split seeded by {@code seed}) on {@code threads} threads (0: automatic); progress goes to {@code progress}
     * (null: none).
     */
    public static Result run(ImageDataset digits, int neurons, int train, int test, long seed, String kernels,
            int threads, PrintStream progress) {
        Split split = Split.shuffled(digits.size(), train, test, seed);
        Network net = network(digits, neurons, THETA_SCALE * neurons / train, seed, kernels, threads);
        Presenter presenter = Presenter.of(net.neuronGroup("input"), net.neuronGroup("exc"))
                .retry(MIN_SPIKES, GAIN_STEP, MAX_ATTEMPTS).build();
        RunningAccuracy running = new RunningAccuracy(neurons, CLASSES, RUNNING_WINDOW);
        Progress training = new Progress(progress, "training", train);
        long start = System.nanoTime();
        presenter.present(split.first(), r -> {
            running.add(r);
            training.update(running.accuracy());
        });
        double trainSeconds = (System.nanoTime() - start) / 1e9;
        long trainSteps = net.iteration();
        training.finish();
        for (String b : LEARNING) {
            net.setEnabled(b, false);
        }
        ClassResponses responses = new ClassResponses(neurons, CLASSES);
        Progress labelling = new Progress(progress, "labelling", train);
        start = System.nanoTime();
        presenter.present(split.first(), r -> {
            responses.add(r);
            labelling.update(Double.NaN);
        });
        double labelSeconds = (System.nanoTime() - start) / 1e9;
        labelling.finish();
        NeuronLabels labels = responses.labels();
        ConfusionMatrix confusion = new ConfusionMatrix(CLASSES);
        Progress testing = new Progress(progress, "testing", test);
        start = System.nanoTime();
        presenter.present(split.second(), r -> {
            int predicted = labels.classify(r.counts());
            confusion.add(r.label(), predicted);
            testing.update(confusion.accuracy());
        });
        double testSeconds = (System.nanoTime() - start) / 1e9;
        testing.finish();
        return new Result(net, labels, confusion, trainSeconds, labelSeconds, testSeconds, train, test, trainSteps);
    }

    /** The receptive fields picture {@link #writeOutputs} writes. */
    public static final String FIELDS_PNG = "diehl_cook_receptive_fields.png";
    /** The network archive {@link #writeOutputs} writes. */
    public static final String STATE_NPZ = "diehl_cook_network.npz";

    /** Writes the learned receptive fields (one 28 x 28 weight image per excitatory neuron) and the network state. */
    public static void writeOutputs(Result r, Path dir) throws IOException {
        Network net = r.net();
        int neurons = net.neuronGroup("exc").size();
        Plots.receptiveFields(dir.resolve(FIELDS_PNG), "input weights of " + neurons + " excitatory neurons after "
                + r.trainImages() + " digits", net.synapseGroup("input_exc").weights().values(), SIDE * SIDE, neurons,
                SIDE, SIDE);
        NetworkArchive.save(net, dir.resolve(STATE_NPZ));
    }

    /** A one-line progress bar on a stream: images done, images per second, accuracy so far. */
    static final class Progress {
        private final PrintStream out;
        private final String what;
        private final int total;
        private final long start = System.nanoTime();
        private long lastDraw;
        private int done;

        Progress(PrintStream out, String what, int total) {
            this.out = out;
            this.what = what;
            this.total = total;
        }

        void update(double accuracy) {
            done++;
            long now = System.nanoTime();
            if (out == null || (now - lastDraw < 200_000_000L && done < total)) {
                return;
            }
            lastDraw = now;
            int filled = (int) (30L * done / total);
            double perSecond = done / ((now - start) / 1e9);
            out.printf(Locale.ROOT, "\r%-9s [%s%s] %d/%d images, %.0f images/s%s", what, "#".repeat(filled),
                    " ".repeat(30 - filled), done, total, perSecond, Double.isNaN(accuracy) ? ""
                            : String.format(Locale.ROOT, ", accuracy %.3f", accuracy));
            out.flush();
        }

        void finish() {
            if (out != null && done > 0) {
                out.println();
            }
        }
    }
}
