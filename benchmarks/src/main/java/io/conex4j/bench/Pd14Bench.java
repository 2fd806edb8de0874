package io.conex4j.bench;

import io.conex4j.core.io.AtomicFiles;
import io.conex4j.core.io.Npy;
import io.conex4j.core.io.NpyArray;
import io.conex4j.core.kernels.KernelProvider;
import io.conex4j.core.recording.SpikeHash;
import io.conex4j.core.recording.SpikeRecorder;
import io.conex4j.core.runtime.Network;
import io.conex4j.core.runtime.NeuronGroup;
import io.conex4j.core.storage.FutureInput;
import io.conex4j.demo.models.Pd14;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The cortical microcircuit benchmark (PD14.md's recipe): builds the network (timed), runs {@code --twarm} ms of
 * warm-up and {@code --tsim} ms measured, and prints {@code RESULT {...}} with the build and simulation times, the
 * real-time factor (wall seconds per model second, over warm-up and measured part as the Brian2 peer reports it,
 * and over the measured part alone), the heap after the build, the mean rate of each population in the measured
 * part, the spike count and the {@link SpikeHash} of the measured part. Usage: {@code NetworkBench pd14 --scale S
 * [--threads T] [--drive dc|poisson] [--seed N] [--twarm MS] [--tsim MS] [--out DIR] [--jit-warmup yes|no]
 * [--plan yes|no]}; {@code --plan yes} also prints the plan of the threads after the run
 * ({@link Network#describeThreads()});
 * {@code --out} writes the measured spikes as {@code spike_ids.npy} and {@code spike_times_ms.npy} (the peer's
 * scoring script reads them); {@code --jit-warmup yes} (default) first runs small microcircuits (both drives) so that the
 * JIT has compiled the code before the timed build and run (Brian2's C++ compile is not timed either).
 */
final class Pd14Bench {

    private Pd14Bench() {
    }

    private static boolean yesNo(String option, String v) {
        return switch (v) {
            case "yes" -> true;
            case "no" -> false;
            default -> throw new IllegalArgumentException(option + ": '" + v + "'; allowed: yes, no");
        };
    }

    static void main(String[] args) throws IOException {
        double scale = 0.1;
        int threads = 0;
        Pd14.Drive drive = Pd14.Drive.DC;
        long seed = 12345;
        double twarm = 500;
        double tsim = 1000;
        Path out = null;
        boolean jitWarmup = true;
        boolean plan = false;
        for (int i = 1; i < args.length; i++) {
            String v = i + 1 < args.length ? args[i + 1] : null;
            if (v == null) {
                throw new IllegalArgumentException(args[i] + " needs a value");
            }
            switch (args[i]) {
                case "--scale" -> scale = NetworkBench.decimal("--scale", v);
                case "--threads" -> threads = (int) NetworkBench.whole("--threads", v, 0, Network.MAX_THREADS);
                case "--drive" -> drive = switch (v) {
                    case "dc" -> Pd14.Drive.DC;
                    case "poisson" -> Pd14.Drive.POISSON;
                    default -> throw new IllegalArgumentException("--drive: '" + v + "'; allowed: dc, poisson");
                };
                case "--seed" -> seed = NetworkBench.whole("--seed", v, Long.MIN_VALUE, Long.MAX_VALUE);
                case "--twarm" -> twarm = NetworkBench.decimal("--twarm", v);
                case "--tsim" -> tsim = NetworkBench.decimal("--tsim", v);
                case "--out" -> out = Path.of(v);
                case "--jit-warmup" -> jitWarmup = yesNo("--jit-warmup", v);
                case "--plan" -> plan = yesNo("--plan", v);
                default -> throw new IllegalArgumentException("unknown option '" + args[i] + "'");
            }
            i++;
        }
        // the step counts must fit an int: 2 x 10^9 steps of 0.1 ms
        long most = 200_000_000;
        if (!(twarm >= 0 && twarm <= most) || !(tsim > 0 && tsim <= most)) {
            throw new IllegalArgumentException("--twarm (" + twarm + ") must be 0 to " + most + " ms and --tsim ("
                    + tsim + ") above 0 up to " + most + " ms");
        }
        int warmSteps = (int) Math.round(twarm / Pd14.DT);
        int simSteps = (int) Math.round(tsim / Pd14.DT);

        if (jitWarmup) {
            jitWarmup(threads, drive);
        }
        long t0 = System.nanoTime();
        Network net = ReferenceNetworks.pd14(scale, drive, seed, threads);
        double build = (System.nanoTime() - t0) / 1e9;
        long heapPeak = heapPeak();
        System.gc();
        long heap = heapUsed();
        long synapses = Pd14.at(scale, drive).totalSynapses();
        System.out.printf(Locale.ROOT, "pd14 scale %s (%s): %d neurons, %d synapses, built in %.2f s, heap %.0f MB"
                + " (peak %.0f MB)%n", scale, drive, Pd14.at(scale, drive).totalNeurons(), synapses, build,
                heap / 1e6, heapPeak / 1e6);

        long t1 = System.nanoTime();
        net.simulate(warmSteps);
        long t2 = System.nanoTime();
        net.simulate(simSteps);
        long t3 = System.nanoTime();
        double warm = (t2 - t1) / 1e9;
        double measured = (t3 - t2) / 1e9;
        double sim = warm + measured;

        List<NeuronGroup> groups = new ArrayList<>(net.neuronGroups());
        long from = warmSteps + 1L;
        long to = (long) warmSteps + simSteps;
        StringBuilder rates = new StringBuilder();
        int neurons = 0;
        for (NeuronGroup g : groups) {
            int c = SpikeHash.count(List.of(g), from, to);
            neurons += g.size();
            rates.append(rates.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "\"%s\": %.4f",
                    g.name(), c / (g.size() * simSteps * Pd14.DT / 1000.0)));
        }
        int spikes = SpikeHash.count(groups, from, to);
        long hash = SpikeHash.of(groups, from, to);
        if (out != null) {
            writeSpikes(out, groups, from, to);
        }
        if (plan) {
            System.out.println(net.describeThreads());
        }
        double modelSeconds = (warmSteps + simSteps) * Pd14.DT / 1000.0;
        System.out.printf(Locale.ROOT, "RESULT {\"network\": \"pd14\", \"scale\": %s, \"drive\": \"%s\", \"neurons\": %d,"
                + " \"synapses\": %d, \"build_seconds\": %.3f, \"sim_seconds\": %.3f, \"measured_seconds\": %.3f,"
                + " \"rtf\": %.4f, \"rtf_measured\": %.4f, \"heap_bytes\": %d, \"heap_peak_bytes\": %d,"
                + " \"rates\": {%s}, \"threads\": %d, \"spikes\": %d, \"spike_hash\": \"%016x\", \"seed\": %d,"
                + " \"kernels\": \"%s\", \"twarm_ms\": %s, \"tsim_ms\": %s, \"jit_warmup\": %s}%n",
                scale, drive.name().toLowerCase(Locale.ROOT), neurons, synapses, build, sim, measured,
                sim / modelSeconds, measured / (simSteps * Pd14.DT / 1000.0), heap, heapPeak, rates, net.threads(),
                spikes, hash, seed, KernelProvider.get().name(), twarm, tsim, jitWarmup);
    }

    /**
     * Runs small microcircuits (scale 0.05, both forms of the future input, Poisson drive and the measured drive) for
     * 300 ms each, so that the JIT has compiled the simulation's code, including the measured drive's branch, before
     * the measured network is built, as Brian2's C++ is compiled before its binary runs (neither compile time is
     * counted). Without the measured drive the JIT recompiled the neuron model in the first measured steps.
     */
    private static void jitWarmup(int threads, Pd14.Drive drive) {
        long t = System.nanoTime();
        int networks = 0;
        for (Pd14.Drive d : drive == Pd14.Drive.POISSON ? new Pd14.Drive[] {drive}
                : new Pd14.Drive[] {Pd14.Drive.POISSON, drive}) {
            for (FutureInput.Form form : new FutureInput.Form[] {FutureInput.Form.RING, FutureInput.Form.QUEUE}) {
                ReferenceNetworks.pd14(0.05, d, 1, threads, "auto", form).simulate(3000);
                networks++;
            }
        }
        System.out.printf(Locale.ROOT, "JIT warm-up (%d networks at scale 0.05, 300 ms each): %.1f s%n", networks,
                (System.nanoTime() - t) / 1e9);
    }

    private static long heapUsed() {
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    /** The sum of the peak usage of the heap's memory pools so far. */
    private static long heapPeak() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    /** The measured spikes as neuron ids (across populations) and times in ms, for {@code pd14_stats.py}. */
    private static void writeSpikes(Path dir, List<NeuronGroup> groups, long from, long to) throws IOException {
        Files.createDirectories(dir);
        List<int[]> ids = new ArrayList<>();
        List<double[]> times = new ArrayList<>();
        int total = 0;
        int offset = 0;
        StringBuilder bounds = new StringBuilder("0");
        for (NeuronGroup g : groups) {
            SpikeRecorder r = SpikeRecorder.of(g);
            long[] it = r.iterations();
            int[] idx = r.indices();
            int[] i2 = new int[it.length];
            double[] t2 = new double[it.length];
            int c = 0;
            for (int k = 0; k < it.length; k++) {
                if (it[k] >= from && it[k] <= to) {
                    i2[c] = offset + idx[k];
                    t2[c] = (it[k] - 1) * Pd14.DT; // iteration 1 is the step from t = 0, as Brian2 times its steps
                    c++;
                }
            }
            ids.add(java.util.Arrays.copyOf(i2, c));
            times.add(java.util.Arrays.copyOf(t2, c));
            total += c;
            offset += g.size();
            bounds.append(", ").append(offset);
        }
        int[] allIds = new int[total];
        double[] allTimes = new double[total];
        int at = 0;
        for (int k = 0; k < ids.size(); k++) {
            System.arraycopy(ids.get(k), 0, allIds, at, ids.get(k).length);
            System.arraycopy(times.get(k), 0, allTimes, at, times.get(k).length);
            at += ids.get(k).length;
        }
        AtomicFiles.write(dir.resolve("spike_ids.npy"), o -> Npy.write(NpyArray.of(allIds, allIds.length), o));
        AtomicFiles.write(dir.resolve("spike_times_ms.npy"), o -> Npy.write(NpyArray.of(allTimes, allTimes.length), o));
        String meta = String.format(Locale.ROOT, "{\"populations\": [\"L23E\", \"L23I\", \"L4E\", \"L4I\", \"L5E\","
                + " \"L5I\", \"L6E\", \"L6I\"], \"bounds\": [%s], \"t_start_ms\": %s, \"t_stop_ms\": %s}%n", bounds,
                (from - 1) * Pd14.DT, to * Pd14.DT);
        AtomicFiles.write(dir.resolve("meta.json"), o -> o.write(meta.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
}
