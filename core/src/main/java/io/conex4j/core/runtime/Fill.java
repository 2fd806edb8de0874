package io.conex4j.core.runtime;

import io.conex4j.core.random.RandomSource;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.IntToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How to fill a new tensor: CoNeX's {@code mode}. Immutable. Random fills draw from the network's
 * {@link RandomSource}, so they are deterministic for a seed.
 *
 * <p>{@link #parse(String)} accepts CoNeX's strings so that configurations can be ported:
 * {@code "zeros"}, {@code "ones"}, {@code "random"}/{@code "rand"}/{@code "uniform"},
 * {@code "randn"}/{@code "normal"}, {@code "normal(mean=0.5, std=0.1)"} (or positional),
 * {@code "uniform(0, 0.3)"} (or {@code low=}/{@code high=}), and a number.
 */
public abstract sealed class Fill {

    private Fill() {
    }

    /** Writes the fill into {@code out[from..to)}, drawing from {@code rng} if it is random. */
    public abstract void fill(float[] out, int from, int to, RandomSource rng);

    /** Fills a new array of {@code n} (&ge; 0) elements. */
    public float[] array(int n, RandomSource rng) {
        if (n < 0) {
            throw new IllegalArgumentException("mode " + this + ": the number of values (" + n + ") must be >= 0");
        }
        Check.fitsInHeap("mode " + this, n + " values", 4L * n, 4, "values");
        float[] a = new float[n];
        fill(a, 0, n, rng);
        return a;
    }

    /** All zeros. */
    public static Fill zeros() {
        return new Constant(0f, "zeros");
    }

    /** All ones. */
    public static Fill ones() {
        return new Constant(1f, "ones");
    }

    /** Every element equal to {@code value} (rounded to float32, as CoNeX does; it must be finite as a float32). */
    public static Fill constant(double value) {
        return new Constant(Check.finite("mode", "constant", value), Double.toString(value));
    }

    /** Uniform in [0, 1): CoNeX's {@code "random"}, torch's {@code rand}. */
    public static Fill uniform() {
        return new Uniform(0f, 1f);
    }

    /**
     * Uniform in [lo, hi), as float32: {@code lo < hi} after rounding to float32, and the width {@code hi - lo}
     * finite as a float32.
     */
    public static Fill uniform(double lo, double hi) {
        float l = Check.finite("mode", "uniform lo", lo);
        float h = Check.finite("mode", "uniform hi", hi);
        if (!(l < h)) {
            throw new IllegalArgumentException("uniform: lo (" + lo + ") must be < hi (" + hi + ")"
                    + (lo < hi ? " as float32 (both round to " + l + ")" : ""));
        }
        if (!Float.isFinite(h - l)) {
            throw new IllegalArgumentException("uniform: the width hi - lo (" + hi + " - " + lo + " = " + (hi - lo)
                    + ") must be finite as a float32 (<= " + Float.MAX_VALUE + ")");
        }
        return new Uniform(l, h);
    }

    /** Standard normal: torch's {@code randn}. */
    public static Fill normal() {
        return new Normal(0f, 1f);
    }

    /** Normal with the given mean and standard deviation (std &ge; 0), both finite as float32. */
    public static Fill normal(double mean, double std) {
        float m = Check.finite("mode", "normal mean", mean);
        if (std < 0) {
            throw new IllegalArgumentException("normal: std (" + std + ") must be >= 0");
        }
        float s = Check.nonNegative("mode", "normal std", std);
        return new Normal(m, s);
    }

    /** A user function of the flat element index. */
    public static Fill function(IntToDoubleFunction f) {
        return new Function(Check.notNull("Fill", "function", f));
    }

    /** A {@link Number} becomes {@link #constant}, a {@link String} goes through {@link #parse}, a Fill is kept. */
    public static Fill of(Object mode) {
        if (mode instanceof Fill f) {
            return f;
        }
        if (mode instanceof Number n) {
            return constant(n.doubleValue());
        }
        if (mode instanceof String s) {
            return parse(s);
        }
        throw new IllegalArgumentException("mode: " + mode + " is not a fill mode; allowed: a number, a Fill, "
                + ALLOWED);
    }

    private static final String ALLOWED = "zeros, ones, random|rand|uniform, randn|normal, "
            + "normal(mean, std), uniform(low, high), or a number";
    private static final Pattern CALL = Pattern.compile("\\s*(\\w+)\\s*\\((.*)\\)\\s*");

    /** Parses a CoNeX mode string; an unknown string is an error naming it and the allowed forms. */
    public static Fill parse(String mode) {
        Check.notNull("Fill", "mode", mode);
        String s = mode.trim().toLowerCase(Locale.ROOT);
        switch (s) {
            case "zeros", "zero":
                return zeros();
            case "ones", "one":
                return ones();
            case "random", "rand", "uniform":
                return uniform();
            case "randn", "normal":
                return normal();
            default:
                break;
        }
        try {
            return constant(Double.parseDouble(s));
        } catch (NumberFormatException ignored) {
            // not a number; try a call
        }
        Matcher m = CALL.matcher(s);
        if (m.matches()) {
            String fn = m.group(1);
            double[] args = parseArgs(mode, fn, m.group(2));
            if (fn.equals("normal")) {
                return normal(args[0], args[1]);
            }
            if (fn.equals("uniform")) {
                return uniform(args[0], args[1]);
            }
        }
        throw new IllegalArgumentException("mode: '" + mode + "' is not a fill mode; allowed: " + ALLOWED);
    }

    private static double[] parseArgs(String mode, String fn, String body) {
        String[] first = fn.equals("normal") ? new String[] {"mean", "loc"} : new String[] {"low", "a", "lo", "from"};
        String[] second = fn.equals("normal") ? new String[] {"std", "scale"} : new String[] {"high", "b", "hi", "to"};
        double[] out = {Double.NaN, Double.NaN};
        String[] parts = body.split(",");
        if (parts.length != 2) {
            throw new IllegalArgumentException("mode: '" + mode + "' needs exactly two arguments; allowed: " + ALLOWED);
        }
        for (int i = 0; i < 2; i++) {
            String p = parts[i].trim();
            int slot = i;
            int eq = p.indexOf('=');
            if (eq >= 0) {
                String name = p.substring(0, eq).trim();
                p = p.substring(eq + 1).trim();
                if (Arrays.asList(first).contains(name)) {
                    slot = 0;
                } else if (Arrays.asList(second).contains(name)) {
                    slot = 1;
                } else {
                    throw new IllegalArgumentException("mode: '" + mode + "' has unknown argument '" + name
                            + "'; allowed: " + first[0] + ", " + second[0]);
                }
            }
            try {
                out[slot] = Double.parseDouble(p);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("mode: '" + mode + "' has a non-numeric argument '" + p
                        + "'; allowed: " + ALLOWED, e);
            }
        }
        if (Double.isNaN(out[0]) || Double.isNaN(out[1])) {
            throw new IllegalArgumentException("mode: '" + mode + "' names the same argument twice");
        }
        return out;
    }

    private static final class Constant extends Fill {
        private final float value;
        private final String label;

        Constant(float value, String label) {
            this.value = value;
            this.label = label;
        }

        @Override
        public void fill(float[] out, int from, int to, RandomSource rng) {
            Arrays.fill(out, from, to, value);
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private static final class Uniform extends Fill {
        private final float lo;
        private final float hi;

        Uniform(float lo, float hi) {
            this.lo = lo;
            this.hi = hi;
        }

        @Override
        public void fill(float[] out, int from, int to, RandomSource rng) {
            rng.uniform(out, from, to);
            if (lo != 0f || hi != 1f) {
                float width = hi - lo;
                for (int i = from; i < to; i++) {
                    out[i] = out[i] * width + lo;
                }
            }
        }

        @Override
        public String toString() {
            return lo == 0f && hi == 1f ? "random" : "uniform(" + lo + ", " + hi + ")";
        }
    }

    private static final class Normal extends Fill {
        private final float mean;
        private final float std;

        Normal(float mean, float std) {
            this.mean = mean;
            this.std = std;
        }

        @Override
        public void fill(float[] out, int from, int to, RandomSource rng) {
            rng.normal(out, from, to);
            if (mean != 0f || std != 1f) {
                for (int i = from; i < to; i++) {
                    out[i] = out[i] * std + mean;
                }
            }
        }

        @Override
        public String toString() {
            return mean == 0f && std == 1f ? "randn" : "normal(" + mean + ", " + std + ")";
        }
    }

    private static final class Function extends Fill {
        private final IntToDoubleFunction f;

        Function(IntToDoubleFunction f) {
            this.f = f;
        }

        @Override
        public void fill(float[] out, int from, int to, RandomSource rng) {
            for (int i = from; i < to; i++) {
                out[i] = (float) f.applyAsDouble(i - from);
            }
        }

        @Override
        public String toString() {
            return "function";
        }
    }
}
