package io.conex4j.dsl.demo;

import io.conex4j.core.behaviors.learning.Bound;
import io.conex4j.core.behaviors.learning.SparseSTDP;
import io.conex4j.core.behaviors.learning.StdpParams;
import io.conex4j.core.behaviors.neuron.Fire;
import io.conex4j.core.behaviors.neuron.LIF;
import io.conex4j.core.behaviors.neuron.NeuronAxon;
import io.conex4j.core.behaviors.neuron.PoissonInput;
import io.conex4j.core.behaviors.neuron.SimpleDendriteStructure;
import io.conex4j.core.behaviors.synapse.CurrentNormalization;
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
import io.conex4j.core.kernels.KernelProvider;
import io.conex4j.core.runtime.Network;
import io.conex4j.core.runtime.NeuronGroup;
import io.conex4j.core.runtime.SynapseGroup;
import java.io.PrintStream;
import java.util.Locale;

/**
 * The demo: Poisson input patterns drive a layer of LIF neurons through sparse CSC synapses with
 * per-neuron delays, traces, STDP, weight and current normalization and clipping. Prints what happened.
 * Options: {@code --steps N}, {@code --seed S}, {@code --help}.
 */
public final class Demo {

    private Demo() {
    }

    /** Runs the demo with command-line options. */
    public static void main(String[] args) {
        int steps = 500;
        long seed = 42;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--steps" -> steps = Integer.parseInt(value(args, ++i, "--steps"));
                case "--seed" -> seed = Long.parseLong(value(args, ++i, "--seed"));
                case "--help", "-h" -> {
                    System.out.println("usage: Demo [--steps N (default 500)] [--seed S (default 42)]");
                    return;
                }
                default -> {
                    System.err.println("Demo: unknown option '" + args[i] + "'; try --help");
                    System.exit(2);
                }
            }
        }
        run(steps, seed, System.out);
    }

    private static String value(String[] args, int i, String opt) {
        if (i >= args.length) {
            System.err.println("Demo: " + opt + " needs a value");
            System.exit(2);
        }
        return args[i];
    }

    /** Builds and runs the demo network, writing a summary to {@code out}. */
    public static Network run(int steps, long seed, PrintStream out) {
        Network net = new Network("demo", 1.0, seed);
        int inputs = 200;
        int outputs = 40;
        float[] rates = new float[inputs];
        PoissonInput poisson = new PoissonInput(rates);
        NeuronGroup input = net.neurons("input", inputs).add(poisson).add(new NeuronAxon(5));
        NeuronGroup exc = net.neurons("exc", outputs)
                .add(new SimpleDendriteStructure())
                .add(new LIF(20, 1, -52, -65, -65, 2))
                .add(new Fire())
                .add(new NeuronAxon(1));
        SynapseGroup syn = net.synapses("input_exc", input, exc)
                .add(new SynapseInit())
                .add(WeightInitializer.mode("uniform(0, 0.3)").density(0.2).build())
                .add(DelayInitializer.of("uniform(0, 4.99)"))
                .add(new SparseDendriticInput(100))
                .add(new CurrentNormalization(8))
                .add(new PreSpikeCatcher())
                .add(new PostSpikeCatcher())
                .add(new PreTrace(20))
                .add(new PostTrace(20))
                .add(new SparseSTDP(StdpParams.of(0.01, 0.012).bounds(Bound.SOFT, Bound.SOFT)))
                .add(new WeightNormalization(4))
                .add(new WeightClip(0, 1));
        net.initialize();
        float[] before = syn.weights.values().clone();
        long[] counts = new long[2];
        long start = System.nanoTime();
        for (int t = 0; t < steps; t++) {
            if (t % 50 == 0) {
                int pattern = (t / 50) % 4;
                for (int i = 0; i < inputs; i++) {
                    rates[i] = (i / (inputs / 4)) == pattern ? 60f : 5f;
                }
                poisson.setRates(rates);
            }
            net.step();
            counts[0] += input.spikeCount();
            counts[1] += exc.spikeCount();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double simSeconds = steps * net.dt() / 1000.0;
        out.printf(Locale.ROOT, "conex4j demo: %d steps of %.1f ms, seed %d, kernels %s%n", steps, net.dt(), seed,
                KernelProvider.get().name());
        out.printf(Locale.ROOT, "  input: %d neurons, %d spikes (%.1f Hz)%n", inputs, counts[0],
                counts[0] / (inputs * simSeconds));
        out.printf(Locale.ROOT, "  exc:   %d neurons, %d spikes (%.1f Hz)%n", outputs, counts[1],
                counts[1] / (outputs * simSeconds));
        out.printf(Locale.ROOT, "  weights (CSC, %d synapses): before %s%n", before.length, stats(before));
        out.printf(Locale.ROOT, "                              after  %s%n", stats(syn.weights.values()));
        out.printf(Locale.ROOT, "  %.0f steps per second%n", steps / seconds);
        return net;
    }

    private static String stats(float[] w) {
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
        return String.format(Locale.ROOT, "mean %.4f sd %.4f min %.4f max %.4f", mean, Math.sqrt(var / w.length), min,
                max);
    }
}
