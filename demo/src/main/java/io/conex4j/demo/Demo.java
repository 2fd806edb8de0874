package io.conex4j.demo;

import io.conex4j.core.io.NetworkArchive;
import io.conex4j.core.io.Csv;
import io.conex4j.core.io.NpyArray;
import io.conex4j.core.io.Npz;
import io.conex4j.core.plot.Plots;
import io.conex4j.core.recording.SpikeRecorder;
import io.conex4j.core.runtime.Network;
import io.conex4j.core.runtime.NeuronGroup;
import io.conex4j.core.runtime.SynapseGroup;
import io.conex4j.core.storage.CscWeights;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The main job: builds {@link DemoNetwork}, runs it with a progress bar (for runs longer than a second),
 * prints a summary, and writes pictures, {@code .npz} and CSV files into an output folder.
 */
public final class Demo {

    /**
     * The most steps: the recorders keep every spike in memory, about {@code INPUTS * 0.02} input spikes per step,
     * so this bound (about 10.7 million steps, some 40 million spikes, under 0.5 GB) keeps a run within a default
     * heap.
     */
    static final int MAX_STEPS = Integer.MAX_VALUE / DemoNetwork.INPUTS;

    private static final String USAGE = """
            usage: java --add-modules jdk.incubator.vector -jar demo/target/conex4j.jar [options]
              --steps N    iterations to simulate, 1 to %d (default 4000; dt = 1 ms)
              --seed S     seed of every random draw (default 42)
              --out DIR    output folder (default conex4j-out)
              --save FILE  save the trained network to FILE (.npz; see README for reading it in Python)
              --load FILE  start from a network saved by --save instead of a fresh one
              --help       this text""".formatted(MAX_STEPS);

    private Demo() {
    }

    /** Options of one run. */
    record Options(int steps, long seed, Path out, Path save, Path load) {
    }

    /** A mistake of the user's (an option, a path): reported on one line, exit code 2. */
    static final class UserMistake extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        UserMistake(String message) {
            super(message);
        }
    }

    /** Parses the options; throws {@link UserMistake} with a message on bad input, null for --help. */
    static Options parse(String[] args) {
        int steps = 4000;
        long seed = 42;
        Path out = Path.of("conex4j-out");
        Path save = null;
        Path load = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--help", "-h" -> {
                    return null;
                }
                case "--steps" -> {
                    long n = number(args, ++i, a);
                    if (n < 1 || n > MAX_STEPS) {
                        throw new UserMistake("--steps (" + n + ") must be between 1 and " + MAX_STEPS);
                    }
                    steps = (int) n;
                }
                case "--seed" -> seed = number(args, ++i, a);
                case "--out" -> out = Path.of(value(args, ++i, a));
                case "--save" -> save = Path.of(value(args, ++i, a));
                case "--load" -> load = Path.of(value(args, ++i, a));
                default -> throw new UserMistake("unknown option '" + a + "'");
            }
        }
        return new Options(steps, seed, out, save, load);
    }

    private static String value(String[] args, int i, String opt) {
        if (i >= args.length) {
            throw new UserMistake(opt + " needs a value");
        }
        return args[i];
    }

    private static long number(String[] args, int i, String opt) {
        String v = value(args, i, opt);
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new UserMistake(opt + " needs a whole number, got '" + v + "'");
        }
    }

    /** Runs the demo from the command line; exits with {@link #run(String[], PrintStream, PrintStream)}'s code. */
    public static void main(String[] args) {
        int code = run(args, System.out, System.err);
        if (code != 0) {
            System.exit(code);
        }
    }

    /**
     * Runs the demo as the command line does: options, checks of the paths, the run, the saved network, the
     * files. A mistake of the user's (an option, a path, a file for {@code --load}) is one line on {@code err}.
     *
     * @return 0 when done, 2 for a mistake of the user's, 1 when writing failed after the run
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        try {
            Options o = parse(args);
            if (o == null) {
                out.println(USAGE);
                return 0;
            }
            checkPaths(o);
            run(o, out, err);
            return 0;
        } catch (UserMistake e) {
            err.println("conex4j demo: " + e.getMessage() + " (--help lists the options)");
            return 2;
        } catch (IOException e) {
            err.println("conex4j demo: " + describe(e));
            return 1;
        }
    }

    /** What an I/O error says, on one line: the message with the file it names. */
    private static String describe(IOException e) {
        String msg = e.getMessage();
        return e.getClass().getSimpleName() + (msg == null ? "" : ": " + msg);
    }

    /**
     * Checks before the run that {@code --load} is a readable file and that the {@code --out} folder and the
     * folder of {@code --save} exist or can be made, and are writable: a mistake there must not cost a run.
     */
    static void checkPaths(Options o) {
        if (o.load() != null) {
            Path f = o.load();
            if (!Files.exists(f)) {
                throw new UserMistake("--load: " + f + " does not exist");
            }
            if (!Files.isRegularFile(f)) {
                throw new UserMistake("--load: " + f + " is not a file");
            }
            if (!Files.isReadable(f)) {
                throw new UserMistake("--load: " + f + " is not readable");
            }
        }
        writableFolder("--out", o.out());
        if (o.save() != null) {
            Path f = o.save().toAbsolutePath();
            if (Files.isDirectory(f)) {
                throw new UserMistake("--save: " + o.save() + " is a folder, not a file");
            }
            writableFolder("--save", f.getParent());
        }
    }

    /** Makes {@code dir} if missing and checks that a file can be written into it. */
    private static void writableFolder(String option, Path dir) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new UserMistake(option + ": " + dir + " is a file, not a folder");
        }
        try {
            Files.createDirectories(dir);
            Files.delete(Files.createTempFile(dir, ".conex4j-check-", ".tmp"));
        } catch (IOException | SecurityException e) {
            throw new UserMistake(option + ": cannot write into the folder " + dir + " ("
                    + (e instanceof IOException io ? describe(io) : e.toString()) + ")");
        }
    }

    /**
     * Runs the demo, writing the summary to {@code out} and the progress bar to {@code progress}; saves the
     * network ({@code --save}) before writing the pictures and data.
     *
     * @throws UserMistake if {@code --load} names a file that is not a network saved by the demo
     */
    static Network run(Options o, PrintStream out, PrintStream progress) throws IOException {
        Network net = DemoNetwork.build(o.seed());
        if (o.load() != null) {
            try {
                NetworkArchive.load(net, o.load());
            } catch (IllegalArgumentException e) {
                throw new UserMistake("--load: " + e.getMessage());
            }
            out.println("conex4j demo: continuing from " + o.load() + " at iteration " + net.iteration());
        }
        SynapseGroup plastic = net.synapseGroup("input_exc");
        float[] before = plastic.weights().values().clone();
        ProgressBar bar = new ProgressBar(progress);
        long start = System.nanoTime();
        net.simulate(o.steps(), bar);
        double seconds = (System.nanoTime() - start) / 1e9;
        bar.finish();
        out.printf(Locale.ROOT, "conex4j demo: %d steps of %.1f ms, seed %d, kernels %s%n", net.iteration(), net.dt(),
                o.seed(), net.kernels().name());
        double simSeconds = net.iteration() * net.dt() / 1000.0;
        for (NeuronGroup g : net.neuronGroups()) {
            SpikeRecorder r = g.behavior(SpikeRecorder.class);
            int[] per = perNeuron(r, g.size());
            out.printf(Locale.ROOT, "  %-6s %4d neurons %8d spikes %7.2f Hz  (%d–%d per neuron)%n", g.name(), g.size(),
                    r.count(), r.count() / (g.size() * simSeconds), Arrays.stream(per).min().orElse(0),
                    Arrays.stream(per).max().orElse(0));
        }
        out.printf(Locale.ROOT, "  weights input→exc (CSC, %d synapses)%n    before: %s%n    after:  %s%n",
                before.length, stats(before), stats(plastic.weights().values()));
        CscWeights w = (CscWeights) plastic.weights();
        int[] neuronsPerBar = new int[DemoNetwork.BARS];
        for (int b : preferredBars(w)) {
            if (b >= 0) {
                neuronsPerBar[b]++;
            }
        }
        out.printf(Locale.ROOT, "  selectivity (after): %.2f (0.25 = none, 1 = one bar only); neurons preferring bar"
                + " 0/1/2/3: %s%n", selectivity(w), Arrays.stream(neuronsPerBar).mapToObj(Integer::toString)
                .collect(Collectors.joining("/")));
        out.printf(Locale.ROOT, "  %.0f simulated steps per second (%.3f s)%n", o.steps() / seconds, seconds);
        if (o.save() != null) {
            NetworkArchive.save(net, o.save());
            out.println("  saved the trained network to " + o.save().toAbsolutePath());
        }
        write(net, o, out);
        return net;
    }

    /** The last this many iterations get a raster of their own, where single spikes show. */
    static final int LAST_WINDOW = 1000;

    private static void write(Network net, Options o, PrintStream out) throws IOException {
        Path dir = o.out();
        long steps = net.iteration();
        CscWeights w = (CscWeights) net.synapseGroup("input_exc").weights();
        float[] dense = w.toDense();
        // The exc neurons in order of the bar they prefer (then of where in the bar): the heatmap's columns and
        // the exc rasters' rows, so that a neuron's preference and its spikes line up.
        int[] byBar = Plots.orderByRowBand(dense, w.rows(), w.cols(), DemoNetwork.BARS);
        Map<String, NpyArray> spikes = new LinkedHashMap<>();
        for (NeuronGroup g : net.neuronGroups()) {
            SpikeRecorder r = g.behavior(SpikeRecorder.class);
            spikes.put(g.name() + "_iteration", NpyArray.of(r.iterations()));
            spikes.put(g.name() + "_neuron", NpyArray.of(r.indices()));
            boolean exc = g.name().equals("exc");
            Plots.raster(dir.resolve("raster_" + g.name() + ".png"), g.name() + " spikes"
                    + (exc ? ", sorted by preferred bar" : ""), r.iterations(), r.indices(), g.size(), 1, steps,
                    net.dt(), exc ? byBar : null);
            Csv.spikes(dir.resolve("spikes_" + g.name() + ".csv"), r.iterations(), r.indices());
        }
        SpikeRecorder exc = net.neuronGroup("exc").behavior(SpikeRecorder.class);
        long from = Math.max(1, steps - LAST_WINDOW + 1);
        Plots.raster(dir.resolve("raster_exc_last.png"), String.format(Locale.ROOT,
                "exc spikes, last %.0f ms, sorted by preferred bar (bars change every %.0f ms)",
                (steps - from + 1) * net.dt(), DemoNetwork.PERIOD * net.dt()), exc.iterations(), exc.indices(), DemoNetwork.EXC, from, steps, net.dt(), byBar);
        Npz.write(dir.resolve("spikes.npz"), spikes);
        Plots.rate(dir.resolve("rate_exc.png"), "exc population rate", exc.iterations(), DemoNetwork.EXC, steps,
                net.dt(), 20);
        Plots.heatmap(dir.resolve("weights_input_exc.png"), "input → exc weights after " + steps
                + " steps, columns sorted by preferred bar", dense, w.rows(), w.cols(), byBar);
        Map<String, NpyArray> weights = new LinkedHashMap<>();
        weights.put("data", NpyArray.of(w.values()));
        weights.put("indices", NpyArray.of(w.rowIdx()));
        weights.put("indptr", NpyArray.of(w.colPtr()));
        weights.put("shape", NpyArray.of(new int[] {w.rows(), w.cols()}));
        Npz.write(dir.resolve("weights_input_exc.npz"), weights);
        Csv.triplets(dir.resolve("weights_input_exc.csv"), w.rowIdx(), w.colIdx(), w.values());
        out.println("  wrote rasters, rate, weight heatmap (PNG), spikes and weights (.npz, CSV) to "
                + dir.toAbsolutePath());
    }

    static String stats(float[] w) {
        double sum = 0;
        float min = Float.POSITIVE_INFINITY;
        float max = Float.NEGATIVE_INFINITY;
        for (float v : w) {
            sum += v;
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        double mean = sum / w.length;
        double var = 0;
        for (float v : w) {
            var += (v - mean) * (v - mean);
        }
        return String.format(Locale.ROOT, "mean %.4f  sd %.4f  min %.4f  max %.4f", mean, Math.sqrt(var / w.length),
                min, max);
    }

    /** Spikes of each neuron of a group of {@code size}. */
    static int[] perNeuron(SpikeRecorder r, int size) {
        int[] per = new int[size];
        int[] idx = r.indices();
        for (int k = 0; k < r.count(); k++) {
            per[idx[k]]++;
        }
        return per;
    }

    /** Per exc neuron, the weight summed over each bar's inputs ({@code [neuron][bar]}). */
    private static double[][] perBar(CscWeights w) {
        int width = w.rows() / DemoNetwork.BARS;
        double[][] perBar = new double[w.cols()][DemoNetwork.BARS];
        for (int j = 0; j < w.cols(); j++) {
            for (int k = w.colPtr()[j]; k < w.colPtr()[j + 1]; k++) {
                perBar[j][Math.min(DemoNetwork.BARS - 1, w.rowIdx()[k] / width)] += w.values()[k];
            }
        }
        return perBar;
    }

    /** Per exc neuron, the bar whose inputs hold most of its weight (the first on a tie), or −1 without weights. */
    static int[] preferredBars(CscWeights w) {
        double[][] perBar = perBar(w);
        int[] preferred = new int[w.cols()];
        for (int j = 0; j < w.cols(); j++) {
            preferred[j] = -1;
            double most = 0;
            for (int b = 0; b < DemoNetwork.BARS; b++) {
                if (perBar[j][b] > most) {
                    most = perBar[j][b];
                    preferred[j] = b;
                }
            }
        }
        return preferred;
    }

    /**
     * How strongly the exc neurons prefer one input bar: for each neuron, its largest per-bar weight sum
     * divided by its total (0.25 = no preference with 4 bars, 1 = only one bar); the mean over neurons.
     */
    static double selectivity(CscWeights w) {
        double total = 0;
        for (double[] bars : perBar(w)) {
            double sum = 0;
            double best = 0;
            for (double b : bars) {
                sum += b;
                best = Math.max(best, b);
            }
            total += sum > 0 ? best / sum : 0;
        }
        return total / w.cols();
    }
}
