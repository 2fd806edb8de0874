package io.conex4j.core.connect;

import io.conex4j.core.random.KeyedRandom;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Where the weight or the delay of each synapse comes from: a constant, a uniform or a normal draw, optionally
 * clipped into {@code [min, max]} (a draw beyond a bound becomes the bound; it is not drawn again, as in the
 * reference implementations of the cortical microcircuit). Immutable; the clipping methods return a new
 * distribution. Values are in the unit of what they describe (weights in the unit of the input they feed, delays
 * in ms).
 */
public abstract sealed class Distribution permits Distribution.Constant, Distribution.Uniform, Distribution.Normal {

    private final double min;
    private final double max;

    private Distribution(double min, double max) {
        this.min = min;
        this.max = max;
    }

    /** Every synapse gets {@code value} (finite). */
    public static Distribution constant(double value) {
        return new Constant(finite("constant", "value", value));
    }

    /** Uniform in {@code [lo, hi)}, {@code lo < hi}, both finite. */
    public static Distribution uniform(double lo, double hi) {
        finite("uniform", "lo", lo);
        finite("uniform", "hi", hi);
        if (!(lo < hi)) {
            throw new IllegalArgumentException("Distribution uniform: lo (" + lo + ") must be < hi (" + hi + ")");
        }
        return new Uniform(lo, hi, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    }

    /** Normal with {@code mean} (finite) and {@code std} (finite, &ge; 0), unbounded until clipped. */
    public static Distribution normal(double mean, double std) {
        finite("normal", "mean", mean);
        finite("normal", "std", std);
        if (!(std >= 0)) {
            throw new IllegalArgumentException("Distribution normal: std (" + std + ") must be >= 0");
        }
        return new Normal(mean, std, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    }

    /** Draws below {@code lo} (finite) become {@code lo}. */
    public final Distribution min(double lo) {
        return clip(lo, max);
    }

    /** Draws above {@code hi} (finite) become {@code hi}. */
    public final Distribution max(double hi) {
        return clip(min, hi);
    }

    /**
     * Draws are clipped into {@code [lo, hi]}; an infinite bound means none on that side.
     *
     * @throws IllegalArgumentException for NaN bounds or {@code lo > hi}
     */
    public final Distribution clip(double lo, double hi) {
        if (Double.isNaN(lo) || Double.isNaN(hi) || lo > hi || lo == Double.POSITIVE_INFINITY
                || hi == Double.NEGATIVE_INFINITY) {
            throw new IllegalArgumentException("Distribution " + this + ": clip bounds [" + lo + ", " + hi
                    + "] must satisfy min <= max and not be NaN");
        }
        return withBounds(lo, hi);
    }

    abstract Distribution withBounds(double lo, double hi);

    /** The lower clip bound ({@code -Infinity} if none). */
    public final double clipMin() {
        return min;
    }

    /** The upper clip bound ({@code +Infinity} if none). */
    public final double clipMax() {
        return max;
    }

    /** The smallest value a draw can take. */
    public abstract double lowest();

    /** The largest value a draw can take ({@code +Infinity} for an unclipped normal). */
    public abstract double highest();

    /** One draw from {@code random}. */
    public abstract double draw(KeyedRandom.Stream random);

    final double clipped(double x) {
        return x < min ? min : x > max ? max : x;
    }

    /** The parameters by name, for reports (kind, the numbers, the clip bounds when given). */
    public abstract Map<String, Object> parameters();

    final Map<String, Object> bounds(Map<String, Object> m) {
        if (min != Double.NEGATIVE_INFINITY) {
            m.put("min", min);
        }
        if (max != Double.POSITIVE_INFINITY) {
            m.put("max", max);
        }
        return m;
    }

    final String boundsText() {
        return (min != Double.NEGATIVE_INFINITY ? ".min(" + fmt(min) + ")" : "")
                + (max != Double.POSITIVE_INFINITY ? ".max(" + fmt(max) + ")" : "");
    }

    static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.format(Locale.ROOT, "%s", v);
    }

    private static double finite(String kind, String param, double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException("Distribution " + kind + ": " + param + " (" + v + ") must be finite");
        }
        return v;
    }

    /** A constant. */
    static final class Constant extends Distribution {
        private final double value;

        Constant(double value) {
            super(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
            this.value = value;
        }

        private Constant(double value, double lo, double hi) {
            super(lo, hi);
            this.value = value;
        }

        @Override
        Distribution withBounds(double lo, double hi) {
            return new Constant(value, lo, hi);
        }

        @Override
        public double lowest() {
            return clipped(value);
        }

        @Override
        public double highest() {
            return clipped(value);
        }

        @Override
        public double draw(KeyedRandom.Stream random) {
            return clipped(value);
        }

        @Override
        public Map<String, Object> parameters() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("kind", "constant");
            m.put("value", value);
            return bounds(m);
        }

        @Override
        public String toString() {
            return "constant(" + fmt(value) + ")" + boundsText();
        }
    }

    /** Uniform in [lo, hi). */
    static final class Uniform extends Distribution {
        private final double lo;
        private final double hi;

        Uniform(double lo, double hi, double min, double max) {
            super(min, max);
            this.lo = lo;
            this.hi = hi;
        }

        @Override
        Distribution withBounds(double a, double b) {
            return new Uniform(lo, hi, a, b);
        }

        @Override
        public double lowest() {
            return clipped(lo);
        }

        @Override
        public double highest() {
            return clipped(hi);
        }

        @Override
        public double draw(KeyedRandom.Stream random) {
            return clipped(lo + (hi - lo) * random.nextDouble());
        }

        @Override
        public Map<String, Object> parameters() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("kind", "uniform");
            m.put("lo", lo);
            m.put("hi", hi);
            return bounds(m);
        }

        @Override
        public String toString() {
            return "uniform(" + fmt(lo) + ", " + fmt(hi) + ")" + boundsText();
        }
    }

    /** Normal, clipped. */
    static final class Normal extends Distribution {
        private final double mean;
        private final double std;

        Normal(double mean, double std, double min, double max) {
            super(min, max);
            this.mean = mean;
            this.std = std;
        }

        @Override
        Distribution withBounds(double a, double b) {
            return new Normal(mean, std, a, b);
        }

        @Override
        public double lowest() {
            return std == 0 ? clipped(mean) : clipMin();
        }

        @Override
        public double highest() {
            return std == 0 ? clipped(mean) : clipMax();
        }

        @Override
        public double draw(KeyedRandom.Stream random) {
            return clipped(mean + std * random.nextGaussian());
        }

        @Override
        public Map<String, Object> parameters() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("kind", "normal");
            m.put("mean", mean);
            m.put("std", std);
            return bounds(m);
        }

        @Override
        public String toString() {
            return "normal(" + fmt(mean) + ", " + fmt(std) + ")" + boundsText();
        }
    }
}
