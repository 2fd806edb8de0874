package io.conex4j.core.encoding;

import io.conex4j.core.runtime.Check;
import io.conex4j.core.random.RandomSource;
import io.conex4j.core.random.SeededRandom;
import java.util.function.DoubleSupplier;

/**
 * The seeded {@link PoissonDraws}: deterministic for a seed on every JVM. Means below 10 use Knuth's
 * multiplication method (multiply uniform doubles until the product falls below {@code exp(-mean)}); means from
 * 10 to 1e15 use Hörmann's transformed rejection with squeeze (PTRS, as numpy does), exact up to double
 * rounding; larger means, which no encoder can tell apart, use a rounded normal approximation
 * {@code round(mean + sqrt(mean) * z)}. The draws come from a {@link SeededRandom}'s doubles, or from any
 * {@link RandomSource} (such as a network's), each double made of two of its uniform floats
 * ({@code (a + b * 2^-24)}, 48 random bits) and each normal by the polar method on those doubles.
 */
public final class SeededPoissonDraws implements PoissonDraws {

    private static final double KNUTH_LIMIT = 10;
    private static final double PTRS_LIMIT = 1e15;

    private final DoubleSupplier uniform;
    private final DoubleSupplier gaussian;

    /** Draws from a new {@link SeededRandom} with this seed. */
    public SeededPoissonDraws(long seed) {
        this(new SeededRandom(seed));
    }

    /** Draws from {@code random}, advancing it. */
    public SeededPoissonDraws(SeededRandom random) {
        Check.notNull("SeededPoissonDraws", "random", random);
        this.uniform = random::nextDouble;
        this.gaussian = random::nextGaussian;
    }

    /** Draws from {@code random}'s uniform floats, two per double, advancing it. */
    public SeededPoissonDraws(RandomSource random) {
        Check.notNull("SeededPoissonDraws", "random", random);
        float[] two = new float[2];
        this.uniform = () -> {
            random.uniform(two, 0, 2);
            return two[0] + two[1] * 0x1.0p-24;
        };
        this.gaussian = () -> {
            double u;
            double v;
            double s;
            do {
                u = 2 * uniform.getAsDouble() - 1;
                v = 2 * uniform.getAsDouble() - 1;
                s = u * u + v * v;
            } while (s >= 1 || s == 0);
            return u * Math.sqrt(-2 * StrictMath.log(s) / s);
        };
    }

    @Override
    public void poisson(float[] means, float[] out) {
        if (means.length != out.length) {
            throw new IllegalArgumentException("SeededPoissonDraws: means (" + means.length + ") and out ("
                    + out.length + ") must have the same length");
        }
        for (int k = 0; k < means.length; k++) {
            out[k] = (float) next(means[k]);
        }
    }

    /**
     * One count drawn from a Poisson distribution of mean {@code mean}.
     *
     * @throws IllegalArgumentException if {@code mean} is negative or not finite
     */
    public double next(double mean) {
        if (!(mean >= 0) || Double.isInfinite(mean)) {
            throw new IllegalArgumentException("SeededPoissonDraws: mean (" + mean + ") must be finite and >= 0");
        }
        if (mean == 0) {
            return 0;
        }
        if (mean < KNUTH_LIMIT) {
            double limit = Math.exp(-mean);
            double p = uniform.getAsDouble();
            long k = 0;
            while (p > limit) {
                k++;
                p *= uniform.getAsDouble();
            }
            return k;
        }
        if (mean <= PTRS_LIMIT) {
            return ptrs(mean);
        }
        return Math.max(0, Math.rint(mean + Math.sqrt(mean) * gaussian.getAsDouble()));
    }

    private long ptrs(double lam) {
        double slam = Math.sqrt(lam);
        double loglam = Math.log(lam);
        double b = 0.931 + 2.53 * slam;
        double a = -0.059 + 0.02483 * b;
        double invalpha = 1.1239 + 1.1328 / (b - 3.4);
        double vr = 0.9277 - 3.6224 / (b - 2);
        while (true) {
            double u = uniform.getAsDouble() - 0.5;
            double v = uniform.getAsDouble();
            double us = 0.5 - Math.abs(u);
            long k = (long) Math.floor((2 * a / us + b) * u + lam + 0.43);
            if (us >= 0.07 && v <= vr) {
                return k;
            }
            if (k < 0 || (us < 0.013 && v > us)) {
                continue;
            }
            if (Math.log(v) + Math.log(invalpha) - Math.log(a / (us * us) + b)
                    <= -lam + k * loglam - logGamma(k + 1.0)) {
                return k;
            }
        }
    }

    private static final double[] LANCZOS = {0.99999999999980993, 676.5203681218851, -1259.1392167224028,
        771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012,
        9.9843695780195716e-6, 1.5056327351493116e-7};

    /** log Gamma(x) for x &gt;= 1 (Lanczos, g = 7), to about 1e-15 relative. */
    static double logGamma(double x) {
        double xm1 = x - 1;
        double sum = LANCZOS[0];
        for (int i = 1; i < LANCZOS.length; i++) {
            sum += LANCZOS[i] / (xm1 + i);
        }
        double t = xm1 + 7.5;
        return 0.5 * Math.log(2 * Math.PI) + (xm1 + 0.5) * Math.log(t) - t + Math.log(sum);
    }
}
