package io.conex4j.core.behaviors.psc;

import io.conex4j.core.random.KeyedRandom;

/**
 * Background input as one Poisson count per neuron and iteration: {@code K} independent Poisson inputs of rate
 * {@code ν} with weight {@code w} sum to a Poisson count of mean {@code λ = K·ν·dt} times {@code w}, so one draw per
 * neuron replaces {@code K}. The count of neuron {@code k} in iteration {@code t} is drawn by inversion from the
 * uniform {@link KeyedRandom#uniform(long, long, long) uniform(key, k, t)}: it depends on the seed, the neuron and
 * the iteration only (never on a thread), and nothing needs saving.
 */
final class PoissonDrive {

    /** The largest mean count per iteration. */
    static final double MAX_MEAN = 100_000;

    private final double[] cdf;
    private final boolean linear;

    /** Counts of mean {@code lambda} (&ge; 0, at most {@value #MAX_MEAN}). */
    PoissonDrive(double lambda) {
        if (!(lambda >= 0 && lambda <= MAX_MEAN)) {
            throw new IllegalArgumentException("Poisson drive: mean count per iteration (rate x dt = " + lambda
                    + ") must be in [0, " + MAX_MEAN + "]");
        }
        int max = (int) Math.ceil(lambda + 40 * Math.sqrt(lambda) + 40);
        double[] c = new double[max + 1];
        double logLambda = lambda > 0 ? StrictMath.log(lambda) : 0;
        double logFactorial = 0;
        double sum = 0;
        int k = 0;
        for (; k <= max; k++) {
            if (k > 0) {
                logFactorial += StrictMath.log(k);
            }
            double p = lambda == 0 ? (k == 0 ? 1 : 0) : StrictMath.exp(-lambda + k * logLambda - logFactorial);
            sum += p;
            c[k] = sum;
            if (k > lambda && sum >= 1.0) {
                break;
            }
        }
        int last = Math.min(k, max);
        c[last] = Double.POSITIVE_INFINITY;
        double[] trimmed = new double[last + 1];
        System.arraycopy(c, 0, trimmed, 0, last + 1);
        this.cdf = trimmed;
        this.linear = lambda < 16;
    }

    /** The count for uniform {@code u} in [0, 1). */
    int count(double u) {
        double[] c = cdf;
        if (linear) {
            int k = 0;
            while (u >= c[k]) {
                k++;
            }
            return k;
        }
        int lo = 0;
        int hi = c.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (u < c[mid]) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /** Adds {@code weight × count} into {@code in[offset + k]} for neurons {@code from .. to-1} of iteration {@code t}. */
    void add(float[] in, int offset, int from, int to, long key, long t, float weight) {
        for (int k = from; k < to; k++) {
            int n = count(KeyedRandom.uniform(key, k, t));
            if (n != 0) {
                in[offset + k] += weight * n;
            }
        }
    }
}
