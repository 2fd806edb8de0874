package io.conex4j.core.connect;

import io.conex4j.core.random.KeyedRandom;
import io.conex4j.core.storage.Capacity;
import io.conex4j.core.storage.DelayedSynapses;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Draws the synapses of a {@link Connection}, row by row (one row per source neuron), each row from its own
 * counter-based stream, so that the result does not depend on how many threads draw. Memory: the final arrays
 * plus one row of scratch per thread (and one count per source).
 *
 * <p>Fixed total number: the row sizes are the counts of {@code n} uniform source draws (made in blocks of
 * {@value #BLOCK}, each block its own stream), then each row draws its targets uniformly; this is the same
 * distribution as {@code n} independent uniform pairs. Fixed in-degree draws the sources of each target (a stream
 * per target) twice: once to size the rows, once to fill them in target order.
 */
final class Connector {

    static final int BLOCK = 1 << 16;
    private static final int ROWS_PER_TASK = 64;
    private static final long SALT_COUNTS = 1;
    private static final long SALT_ROWS = 2;
    private static final long SALT_IN = 3;

    private final Connection c;
    private final String who;
    private final int nSrc;
    private final int nTgt;
    private final boolean noAutapse;
    private final double dt;
    private final long key;
    private final int threads;

    Connector(Connection c, String who, int nSrc, int nTgt, boolean sameGroup, double dt, long key, int threads) {
        if (nSrc < 1 || nTgt < 1) {
            throw new IllegalArgumentException(who + ": " + nSrc + " sources and " + nTgt
                    + " targets; both groups need neurons");
        }
        if (!(dt > 0) || !Double.isFinite(dt)) {
            throw new IllegalArgumentException(who + ": dt (" + dt + ") must be finite and > 0 (ms)");
        }
        this.c = c;
        this.who = who;
        this.nSrc = nSrc;
        this.nTgt = nTgt;
        this.noAutapse = sameGroup && !c.autapses();
        this.dt = dt;
        this.key = key;
        this.threads = Math.max(1, threads);
    }

    DelayedSynapses build() {
        checkValues();
        return switch (c.rule()) {
            case FIXED_TOTAL_NUMBER -> fixedTotal();
            case FIXED_OUT_DEGREE -> fixedOut();
            case FIXED_IN_DEGREE -> fixedIn();
            case PAIRWISE_BERNOULLI -> bernoulli();
        };
    }

    // ----------------------------------------------------------------------------------------- values

    private void checkValues() {
        Distribution d = c.delays();
        if (d != null) {
            double lo = d.lowest();
            if (!(lo / dt + 0.5 >= 1)) {
                throw new IllegalArgumentException(who + ": delays " + d + " ms can be " + lo
                        + " ms, which rounds to 0 steps of dt = " + dt + " ms; every delay must be at least one step:"
                        + " clip the distribution, e.g. .min(" + dt + ")");
            }
            double hi = d.highest();
            if (Double.isFinite(hi) && !(Math.floor(hi / dt + 0.5) <= DelayedSynapses.MAX_DELAY)) {
                throw new IllegalArgumentException(who + ": delays " + d + " ms reach " + hi + " ms = "
                        + Math.floor(hi / dt + 0.5) + " steps; at most " + DelayedSynapses.MAX_DELAY + " steps");
            }
        }
        for (double bound : new double[] {c.weights().lowest(), c.weights().highest()}) {
            if (Double.isFinite(bound) && !Float.isFinite((float) bound)) {
                throw new IllegalArgumentException(who + ": weights " + c.weights() + " reach " + bound
                        + ", which overflows float32");
            }
        }
    }

    private int delay(KeyedRandom.Stream s) {
        Distribution d = c.delays();
        if (d == null) {
            return 1;
        }
        double ms = d.draw(s);
        double steps = Math.floor(ms / dt + 0.5);
        if (!(steps >= 1 && steps <= DelayedSynapses.MAX_DELAY)) {
            throw new IllegalArgumentException(who + ": drew a delay of " + ms + " ms = " + steps
                    + " steps of dt = " + dt + " ms; allowed: 1 to " + DelayedSynapses.MAX_DELAY + " steps");
        }
        return (int) steps;
    }

    private float weight(KeyedRandom.Stream s) {
        double w = c.weights().draw(s);
        float f = (float) w;
        if (!Float.isFinite(f)) {
            throw new IllegalArgumentException(who + ": drew a weight of " + w + ", which is not finite as a float32");
        }
        return f;
    }

    // ----------------------------------------------------------------------------------------- rules

    private DelayedSynapses fixedTotal() {
        long total = c.count();
        Capacity.arrayLength(who, "a fixed total number of " + total + " synapses", total);
        if (total > 0 && noAutapse && nTgt == 1) {
            throw new IllegalArgumentException(who + ": " + total + " synapses within a group of one neuron without"
                    + " autapses: there is no pair to draw");
        }
        int[] counts = countSources(total);
        int cand = noAutapse ? nTgt - 1 : nTgt;
        return fillRows(counts, false, (row, s, t, n) -> {
            for (int j = 0; j < n; j++) {
                t[j] = shift(row, s.nextInt(cand));
            }
        });
    }

    /** Counts per source of {@code n} uniform source draws, in blocks with one stream each. */
    private int[] countSources(long n) {
        int blocks = (int) ((n + BLOCK - 1) / BLOCK);
        long countsKey = KeyedRandom.derive(key, SALT_COUNTS);
        int[] total = new int[nSrc];
        Object lock = new Object();
        List<int[]> partials = new ArrayList<>();
        Workers.run(blocks, threads, () -> {
            int[] local = new int[nSrc];
            synchronized (lock) {
                partials.add(local);
            }
            KeyedRandom.Stream s = KeyedRandom.stream(countsKey, 0);
            return b -> {
                s.reset(countsKey, b);
                long from = (long) b * BLOCK;
                long to = Math.min(n, from + BLOCK);
                for (long k = from; k < to; k++) {
                    local[s.nextInt(nSrc)]++;
                }
            };
        });
        for (int[] p : partials) {
            for (int i = 0; i < nSrc; i++) {
                total[i] += p[i];
            }
        }
        return total;
    }

    private DelayedSynapses fixedOut() {
        int k = (int) c.count();
        int cand = noAutapse ? nTgt - 1 : nTgt;
        if (k > 0 && cand == 0) {
            throw new IllegalArgumentException(who + ": out-degree " + k + " within a group of one neuron without"
                    + " autapses: there is no target");
        }
        if (!c.multapses() && k > cand) {
            throw new IllegalArgumentException(who + ": out-degree " + k + " without multapses needs at least " + k
                    + " distinct targets per source; there are " + cand);
        }
        Capacity.arrayLength(who, "out-degree " + k + " x " + nSrc + " sources = " + (long) k * nSrc + " synapses",
                (long) k * nSrc);
        int[] counts = new int[nSrc];
        Arrays.fill(counts, k);
        return fillRows(counts, !c.multapses(), (row, s, t, n) -> {
            for (int j = 0; j < n; j++) {
                t[j] = shift(row, s.nextInt(cand));
            }
        });
    }

    private DelayedSynapses fixedIn() {
        int k = (int) c.count();
        int cand = noAutapse ? nSrc - 1 : nSrc;
        if (k > 0 && cand == 0) {
            throw new IllegalArgumentException(who + ": in-degree " + k + " within a group of one neuron without"
                    + " autapses: there is no source");
        }
        if (!c.multapses() && k > cand) {
            throw new IllegalArgumentException(who + ": in-degree " + k + " without multapses needs at least " + k
                    + " distinct sources per target; there are " + cand);
        }
        Capacity.arrayLength(who, "in-degree " + k + " x " + nTgt + " targets = " + (long) k * nTgt + " synapses",
                (long) k * nTgt);
        long inKey = KeyedRandom.derive(key, SALT_IN);
        boolean distinct = !c.multapses();
        int[] total = new int[nSrc];
        Object lock = new Object();
        List<int[]> partials = new ArrayList<>();
        int tasks = (nTgt + ROWS_PER_TASK - 1) / ROWS_PER_TASK;
        Workers.run(tasks, threads, () -> {
            int[] local = new int[nSrc];
            synchronized (lock) {
                partials.add(local);
            }
            int[] src = new int[k];
            Sampler sampler = new Sampler(nSrc);
            KeyedRandom.Stream s = KeyedRandom.stream(inKey, 0);
            return task -> {
                for (int j = task * ROWS_PER_TASK; j < Math.min(nTgt, (task + 1) * ROWS_PER_TASK); j++) {
                    s.reset(inKey, j);
                    sampler.draw(s, src, k, cand, distinct, j);
                    for (int q = 0; q < k; q++) {
                        local[src[q]]++;
                    }
                }
            };
        });
        for (int[] p : partials) {
            for (int i = 0; i < nSrc; i++) {
                total[i] += p[i];
            }
        }
        DelayedSynapses.Builder b = DelayedSynapses.builder(nSrc, nTgt, total);
        int[] src = new int[k];
        Sampler sampler = new Sampler(nSrc);
        KeyedRandom.Stream s = KeyedRandom.stream(inKey, 0);
        for (int j = 0; j < nTgt; j++) {
            s.reset(inKey, j);
            sampler.draw(s, src, k, cand, distinct, j);
            for (int q = 0; q < k; q++) {
                float w = weight(s);
                b.append(src[q], j, w, delay(s));
            }
        }
        return b.build();
    }

    private DelayedSynapses bernoulli() {
        double p = c.probability();
        long rowsKey = KeyedRandom.derive(key, SALT_ROWS);
        int[] counts = new int[nSrc];
        int tasks = (nSrc + ROWS_PER_TASK - 1) / ROWS_PER_TASK;
        Workers.run(tasks, threads, () -> {
            KeyedRandom.Stream s = KeyedRandom.stream(rowsKey, 0);
            int[] none = null;
            return task -> {
                for (int r = task * ROWS_PER_TASK; r < Math.min(nSrc, (task + 1) * ROWS_PER_TASK); r++) {
                    s.reset(rowsKey, r);
                    counts[r] = bernoulliRow(s, r, p, none);
                }
            };
        });
        long total = 0;
        for (int n : counts) {
            total += n;
        }
        Capacity.arrayLength(who, "pairwise Bernoulli with p = " + p + ": " + total + " synapses", total);
        return fillRows(counts, false, (row, s, t, n) -> bernoulliRow(s, row, p, t));
    }

    /** The targets of one row (ascending) into {@code out} when given; returns how many. */
    private int bernoulliRow(KeyedRandom.Stream s, int row, double p, int[] out) {
        int c = 0;
        if (p == 0) {
            return 0;
        }
        double logQ = p == 1 ? 0 : StrictMath.log1p(-p);
        for (int j = -1; ; ) {
            if (p == 1) {
                j++;
            } else {
                double skip = Math.floor(StrictMath.log(1.0 - s.nextDouble()) / logQ);
                if (skip >= nTgt) {
                    break;
                }
                j += 1 + (int) skip;
            }
            if (j >= nTgt) {
                break;
            }
            if (noAutapse && j == row) {
                continue;
            }
            if (out != null) {
                out[c] = j;
            }
            c++;
        }
        return c;
    }

    // ----------------------------------------------------------------------------------------- rows

    /** Draws the {@code n} targets of a row into {@code t}; they are sorted afterwards. */
    private interface RowTargets {
        void draw(int row, KeyedRandom.Stream s, int[] t, int n);
    }

    /** Candidate {@code i} of {@code 0 .. n-2} as a target that skips {@code row} (no autapse), else as is. */
    private int shift(int row, int i) {
        return noAutapse && i >= row ? i + 1 : i;
    }

    /** Fills every row: its targets (by {@code targets}, or distinct ones by a sampler), sorted, then weights and delays. */
    private DelayedSynapses fillRows(int[] counts, boolean distinct, RowTargets targets) {
        DelayedSynapses.Builder b = DelayedSynapses.builder(nSrc, nTgt, counts);
        int max = 0;
        for (int n : counts) {
            max = Math.max(max, n);
        }
        int width = max;
        long rowsKey = KeyedRandom.derive(key, SALT_ROWS);
        int cand = noAutapse ? nTgt - 1 : nTgt;
        int tasks = (nSrc + ROWS_PER_TASK - 1) / ROWS_PER_TASK;
        int bits = 32 - Integer.numberOfLeadingZeros(Math.max(1, nTgt - 1));
        Workers.run(tasks, threads, () -> {
            int[] t = new int[width];
            int[] tmp = new int[width];
            int[] digits = new int[RADIX];
            float[] w = new float[width];
            int[] d = new int[width];
            Sampler sampler = distinct ? new Sampler(nTgt) : null;
            KeyedRandom.Stream s = KeyedRandom.stream(rowsKey, 0);
            return task -> {
                for (int r = task * ROWS_PER_TASK; r < Math.min(nSrc, (task + 1) * ROWS_PER_TASK); r++) {
                    int n = counts[r];
                    s.reset(rowsKey, r);
                    if (sampler != null) {
                        sampler.draw(s, t, n, cand, true, r);
                    } else {
                        targets.draw(r, s, t, n);
                    }
                    sort(t, n, bits, tmp, digits);
                    for (int j = 0; j < n; j++) {
                        w[j] = weight(s);
                        d[j] = delay(s);
                    }
                    b.setRow(r, t, w, d, n, 0);
                }
            };
        });
        return b.build();
    }

    private static final int RADIX = 256;

    /**
     * Sorts {@code a[0 .. n)}, values in {@code [0, 2^bits)}: a least-significant-digit radix sort with 8-bit digits
     * (linear in n; rows are long and their targets uniform), insertion sort for short rows.
     */
    static void sort(int[] a, int n, int bits, int[] tmp, int[] count) {
        if (n < 64) {
            Arrays.sort(a, 0, n);
            return;
        }
        int[] src = a;
        int[] dst = tmp;
        for (int shift = 0; shift < bits; shift += 8) {
            Arrays.fill(count, 0);
            for (int i = 0; i < n; i++) {
                count[(src[i] >>> shift) & (RADIX - 1)]++;
            }
            int sum = 0;
            for (int b = 0; b < RADIX; b++) {
                int c = count[b];
                count[b] = sum;
                sum += c;
            }
            for (int i = 0; i < n; i++) {
                int v = src[i];
                dst[count[(v >>> shift) & (RADIX - 1)]++] = v;
            }
            int[] x = src;
            src = dst;
            dst = x;
        }
        if (src != a) {
            System.arraycopy(src, 0, a, 0, n);
        }
    }

    /** Draws from candidates {@code 0 .. n-1} (one skipped for no autapse), with or without repetition. */
    private final class Sampler {
        private final long[] bits;

        Sampler(int n) {
            this.bits = new long[(n + 63) >>> 6];
        }

        void draw(KeyedRandom.Stream s, int[] out, int k, int cand, boolean distinct, int self) {
            if (!distinct) {
                for (int q = 0; q < k; q++) {
                    out[q] = shift(self, s.nextInt(cand));
                }
                return;
            }
            // Floyd's algorithm: k distinct of cand, with exactly k draws.
            for (int q = 0, j = cand - k; j < cand; j++, q++) {
                int x = s.nextInt(j + 1);
                if ((bits[x >>> 6] & (1L << x)) != 0) {
                    x = j;
                }
                bits[x >>> 6] |= 1L << x;
                out[q] = x;
            }
            for (int q = 0; q < k; q++) {
                bits[out[q] >>> 6] &= ~(1L << out[q]);
                out[q] = shift(self, out[q]);
            }
        }
    }
}
