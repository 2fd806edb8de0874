package io.conex4j.bench;

import io.conex4j.core.kernels.KernelProvider;
import java.util.Arrays;
import java.util.Locale;

/**
 * Times the simulation loop of a reference network (the network is built first, outside the timing), as
 * the peers were measured (BENCHMARKS.md). Usage: {@code NetworkBench simple-lif|izhikevich|cuba [--seed S]
 * [--repeat N] [--warmup W]}. Each repeat builds a fresh network with the same seed; warm-up runs are not
 * timed. The last line is {@code RESULT {"network": ..., "loop_seconds": <median>, "spikes": <total>,
 * "repeats": n}}.
 */
public final class NetworkBench {

    private NetworkBench() {
    }

    /** Runs the benchmark from the command line. */
    public static void main(String[] args) {
        if (args.length == 0 || args[0].equals("--help")) {
            System.out.println("usage: NetworkBench simple-lif|izhikevich|cuba [--seed S] [--repeat N] [--warmup W]\n"
                    + "       NetworkBench pd14 --scale S [--threads T] [--drive dc|poisson] [--seed N] [--twarm MS]"
                    + " [--tsim MS] [--out DIR] [--jit-warmup yes|no]");
            return;
        }
        if (args[0].equals("pd14")) {
            try {
                Pd14Bench.main(args);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
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
