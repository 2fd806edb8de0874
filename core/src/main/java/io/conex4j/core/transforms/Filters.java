package io.conex4j.core.transforms;

import io.conex4j.core.runtime.Check;

/**
 * Square one-channel filters for {@link Conv2dFilter}, CoNeX's {@code DoGFilter} and {@code GaborFilter}
 * ({@code helpers/filters.py}). The grid runs from {@code -(size-1)/2} in steps of {@code step}, as many points as
 * {@code torch.arange(-(size-1)/2, (size-1)/2 + step, step)} gives ({@code ceil(((size-1) + step) / step)}, so
 * {@code size} points for {@code step = 1}); entry {@code [r][c]} takes {@code x} from the row's point and
 * {@code y} from the column's (CoNeX's {@code meshgrid(indexing="ij")}). Computed in double, stored as float32.
 *
 * <p>{@code zeroMean} scales the negative entries by {@code -(sum of positives) / (sum of negatives)} so that the
 * entries sum to zero (nothing changes without negative entries); {@code oneSum} then divides every entry by the
 * sum of absolute values, so that the largest possible response to an image in [0, 1] is 1. A filter that is all
 * zeros cannot be scaled that way and is refused (CoNeX would fill it with NaN).
 */
public final class Filters {

    private static final String DOG = "DoG filter";
    private static final String GABOR = "Gabor filter";

    private Filters() {
    }

    /** The grid points for {@code size} and {@code step}. */
    private static double[] grid(String who, int size, double step) {
        if (size < 1) {
            throw new IllegalArgumentException(who + ": size (" + size + ") must be >= 1 (points per side)");
        }
        Check.positive(who, "step", step);
        double scale = (size - 1) / 2.0;
        double count = Math.ceil((2 * scale + step) / step);
        if (count * count > Check.MAX_ARRAY_LENGTH) {
            throw new IllegalArgumentException(who + ": size " + size + " with step " + step + " makes " + (long) count
                    + " points per side, more than a filter array holds; use a larger step");
        }
        double[] v = new double[(int) count];
        for (int i = 0; i < v.length; i++) {
            v[i] = -scale + i * step;
        }
        return v;
    }

    /**
     * A difference of Gaussians with unit step, no zero mean and no unit sum; see
     * {@link #differenceOfGaussians(int, double, double, double, boolean, boolean)}.
     */
    public static Image differenceOfGaussians(int size, double sigma1, double sigma2) {
        return differenceOfGaussians(size, sigma1, sigma2, 1, false, false);
    }

    /**
     * A difference of Gaussians: {@code (exp(-(x²+y²)/(2 sigma1²)) / sigma1 - exp(-(x²+y²)/(2 sigma2²)) / sigma2)
     * / sqrt(2 pi)}; an on-centre filter when {@code sigma1 < sigma2}, off-centre when greater.
     *
     * @param size points per side at unit step (&gt;= 1)
     * @param sigma1 the first standard deviation, in grid units (finite, &gt; 0)
     * @param sigma2 the second standard deviation (finite, &gt; 0)
     * @param step the grid spacing (finite, &gt; 0)
     * @param zeroMean scale the negative entries so that all entries sum to 0
     * @param oneSum divide by the sum of absolute values
     * @throws IllegalArgumentException naming the parameter, its value and the allowed range
     */
    public static Image differenceOfGaussians(int size, double sigma1, double sigma2, double step, boolean zeroMean,
            boolean oneSum) {
        Check.positive(DOG, "sigma1", sigma1);
        Check.positive(DOG, "sigma2", sigma2);
        double[] v = grid(DOG, size, step);
        int n = v.length;
        double[] f = new double[n * n];
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                double g = -(v[r] * v[r] + v[c] * v[c]) / 2;
                f[r * n + c] = (Math.exp(g / (sigma1 * sigma1)) / sigma1 - Math.exp(g / (sigma2 * sigma2)) / sigma2)
                        / Math.sqrt(2 * Math.PI);
            }
        }
        return finish(DOG, f, n, zeroMean, oneSum);
    }

    /** A Gabor filter with unit step, no zero mean and no unit sum; see {@link #gabor(int, double, double, double,
     * double, double, boolean, boolean)}. */
    public static Image gabor(int size, double lambda, double theta, double sigma, double gamma) {
        return gabor(size, lambda, theta, sigma, gamma, 1, false, false);
    }

    /**
     * A Gabor filter: with {@code x' = x cos(theta) + y sin(theta)} and {@code y' = -x sin(theta) + y cos(theta)},
     * {@code exp(-(x'² + gamma² y'²) / (2 sigma²)) cos(2 pi x' / lambda)}.
     *
     * @param size points per side at unit step (&gt;= 1)
     * @param lambda the wavelength, in grid units (finite, &gt; 0)
     * @param theta the orientation, in radians (finite)
     * @param sigma the standard deviation of the envelope (finite, &gt; 0)
     * @param gamma the aspect ratio of the envelope (finite)
     * @param step the grid spacing (finite, &gt; 0)
     * @param zeroMean scale the negative entries so that all entries sum to 0
     * @param oneSum divide by the sum of absolute values
     * @throws IllegalArgumentException naming the parameter, its value and the allowed range
     */
    public static Image gabor(int size, double lambda, double theta, double sigma, double gamma, double step,
            boolean zeroMean, boolean oneSum) {
        Check.positive(GABOR, "lambda", lambda);
        Check.finite(GABOR, "theta", theta);
        Check.positive(GABOR, "sigma", sigma);
        Check.finite(GABOR, "gamma", gamma);
        double[] v = grid(GABOR, size, step);
        int n = v.length;
        double cos = Math.cos(theta);
        double sin = Math.sin(theta);
        double[] f = new double[n * n];
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                double x = v[r] * cos + v[c] * sin;
                double y = -v[r] * sin + v[c] * cos;
                f[r * n + c] = Math.exp(-(x * x + gamma * gamma * y * y) / (2 * sigma * sigma))
                        * Math.cos(2 * Math.PI * x / lambda);
            }
        }
        return finish(GABOR, f, n, zeroMean, oneSum);
    }

    private static Image finish(String who, double[] f, int n, boolean zeroMean, boolean oneSum) {
        if (zeroMean) {
            double pos = 0;
            double neg = 0;
            for (double x : f) {
                if (x > 0) {
                    pos += x;
                } else if (x < 0) {
                    neg += x;
                }
            }
            if (neg < 0) {
                double factor = -pos / neg;
                for (int i = 0; i < f.length; i++) {
                    if (f[i] < 0) {
                        f[i] *= factor;
                    }
                }
            }
        }
        if (oneSum) {
            double abs = 0;
            for (double x : f) {
                abs += Math.abs(x);
            }
            if (!(abs > 0)) {
                throw new IllegalArgumentException(who + ": every entry is 0, so oneSum cannot scale it to a sum of"
                        + " absolute values of 1; choose other parameters or no oneSum");
            }
            for (int i = 0; i < f.length; i++) {
                f[i] /= abs;
            }
        }
        float[] out = new float[f.length];
        for (int i = 0; i < f.length; i++) {
            out[i] = (float) f[i];
        }
        return new Image(1, n, n, out);
    }
}
