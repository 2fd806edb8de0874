package io.conex4j.bench;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;

/**
 * How much faster two threads read memory than one, the way a spike delivery reads it: blocks of consecutive cache
 * lines at random places in an array far larger than the caches (a spiking neuron's synapse rows). Each thread reads
 * its own array, one {@code long} per 64-byte line; one thread and then two threads read alternately, and the rates
 * are in GB of lines read per second (after a shorter round the JIT compiles in). On a machine whose memory serves two processors as fast as one, no event-driven
 * delivery over synapses that do not fit the caches can gain from a second thread, whatever the code does. Usage:
 * {@code NetworkBench memory [--mb 256] [--block 4096] [--rounds 3]}; the last line is {@code RESULT {"probe":
 * "memory", "mb_per_thread": ..., "block_bytes": ..., "one_thread_gb_s": <median>, "two_threads_gb_s": <median>,
 * "two_vs_one": <median of the rounds' ratios>}}.
 */
final class MemoryProbe {

    private static final int LINE_LONGS = 8;
    /** Bytes each thread reads per timed run. */
    private static final long BYTES_PER_RUN = 1L << 30;

    /** Where the sums read go, so that the reads are not optimized away. */
    private static volatile long sink;

    private MemoryProbe() {
    }

    /** The rates of one round, in GB per second. */
    record Round(double oneThread, double twoThreads) {
        double ratio() {
            return twoThreads / oneThread;
        }
    }

    /**
     * Runs {@code rounds} rounds over arrays of {@code mb} MB per thread, blocks of {@code blockBytes} bytes, each
     * thread reading {@code bytesPerRun} bytes per run.
     */
    static Round[] measure(int mb, int blockBytes, int rounds, long bytesPerRun) {
        long[][] arrays = {fill(mb), fill(mb)};
        // a round the JIT compiles the read loop in, not counted
        rate(arrays, 1, blockBytes, bytesPerRun / 4, -1);
        rate(arrays, 2, blockBytes, bytesPerRun / 4, -1);
        Round[] out = new Round[rounds];
        for (int r = 0; r < rounds; r++) {
            double one = rate(arrays, 1, blockBytes, bytesPerRun, r);
            double two = rate(arrays, 2, blockBytes, bytesPerRun, r);
            out[r] = new Round(one, two);
        }
        return out;
    }

    private static long[] fill(int mb) {
        long[] a = new long[mb * (1 << 17)];
        for (int i = 0; i < a.length; i++) {
            a[i] = i;
        }
        return a;
    }

    /** All threads' bytes over the wall time of the slowest, in GB per second. */
    private static double rate(long[][] arrays, int threads, int blockBytes, long bytesPerRun, int round) {
        long blocks = bytesPerRun / blockBytes;
        int blockLongs = blockBytes / 8;
        long[] sums = new long[threads];
        CountDownLatch start = new CountDownLatch(1);
        Thread[] ts = new Thread[threads];
        for (int t = 0; t < threads; t++) {
            int id = t;
            ts[t] = new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                sums[id] = read(arrays[id], blockLongs, blocks, 31L * round + id);
            }, "memory-probe-" + t);
            ts[t].start();
        }
        long t0 = System.nanoTime();
        start.countDown();
        for (Thread t : ts) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        sink += Arrays.stream(sums).sum();
        return threads * blocks * (double) blockBytes / seconds / 1e9;
    }

    private static long read(long[] a, int blockLongs, long blocks, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int lines = (a.length - blockLongs) / LINE_LONGS;
        long sum = 0;
        for (long b = 0; b < blocks; b++) {
            int at = rnd.nextInt(lines) * LINE_LONGS;
            int end = at + blockLongs;
            for (int i = at; i < end; i += LINE_LONGS) {
                sum += a[i];
            }
        }
        return sum;
    }

    static void main(String[] args) {
        Map<String, String> o = NetworkBench.options(args, Set.of("--mb", "--block", "--rounds"));
        int mb = (int) NetworkBench.number(o, "--mb", 256, 1, 8192);
        int block = (int) NetworkBench.number(o, "--block", 4096, 64, 1 << 20);
        int rounds = (int) NetworkBench.number(o, "--rounds", 3, 1, 1000);
        if (block % 64 != 0 || (long) block > (long) mb << 19) {
            throw new IllegalArgumentException("--block " + block + " must be a multiple of 64 and at most half of --mb");
        }
        Round[] rs = measure(mb, block, rounds, BYTES_PER_RUN);
        for (Round r : rs) {
            System.out.printf(Locale.ROOT, "one thread %.2f GB/s, two threads %.2f GB/s: %.2fx%n", r.oneThread(),
                    r.twoThreads(), r.ratio());
        }
        System.out.printf(Locale.ROOT, "RESULT {\"probe\": \"memory\", \"mb_per_thread\": %d, \"block_bytes\": %d,"
                + " \"one_thread_gb_s\": %.3f, \"two_threads_gb_s\": %.3f, \"two_vs_one\": %.3f}%n", mb, block,
                median(rs, Round::oneThread), median(rs, Round::twoThreads), median(rs, Round::ratio));
    }

    static double median(Round[] rs, java.util.function.ToDoubleFunction<Round> f) {
        double[] v = Arrays.stream(rs).mapToDouble(f).sorted().toArray();
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }
}
