package io.conex4j.core.encoding;

import io.conex4j.core.random.RandomSource;
import io.conex4j.core.runtime.Check;

/**
 * The encoders a dataset input can use, checked as they are given (the time window comes from the input's
 * instance duration): CoNeX's {@code SimplePoisson}, {@code Poisson} and {@code Intensity2Latency}, and
 * {@code BernoulliProcess} (SimplePoisson's statistics at a cost per spike).
 */
public final class Encoders {

    private Encoders() {
    }

    private record Named(String description, EncoderFactory make) implements EncoderFactory {
        @Override
        public ImageEncoder create(int timeWindow, RandomSource random) {
            return make.create(timeWindow, random);
        }

        @Override
        public String describe() {
            return description;
        }
    }

    /**
     * A Bernoulli trial per pixel and step with probability {@code image[i] * ratio} ({@link SimplePoisson}).
     *
     * @param ratio probability per step per unit of intensity, finite and &gt;= 0 as a float32
     */
    public static EncoderFactory simplePoisson(double ratio) {
        float r = Check.nonNegative("SimplePoisson", "ratio", ratio);
        return new Named("SimplePoisson(ratio=" + r + ")", (t, random) -> new SimplePoisson(t, r, random));
    }

    /**
     * SimplePoisson's statistics (a Bernoulli trial per pixel and step with probability {@code image[i] * ratio}),
     * drawn spike by spike as geometric gaps ({@link BernoulliProcess}): far fewer draws for sparse images and rates
     * well below one spike per step.
     *
     * @param ratio probability per step per unit of intensity, finite and &gt;= 0 as a float32
     */
    public static EncoderFactory bernoulliProcess(double ratio) {
        float r = Check.nonNegative("BernoulliProcess", "ratio", ratio);
        return new Named("BernoulliProcess(ratio=" + r + ")", (t, random) -> new BernoulliProcess(t, r, random));
    }

    /**
     * Poisson inter-spike intervals of mean {@code 1 / (image[i] * ratio)} steps ({@link Poisson}), drawn from the
     * network's random source.
     *
     * @param ratio spikes per step per unit of intensity, finite and &gt; 0 as a float32
     */
    public static EncoderFactory poisson(double ratio) {
        float r = Check.positive("Poisson", "ratio", ratio);
        return new Named("Poisson(ratio=" + r + ")", (t, random) -> new Poisson(t, r, new SeededPoissonDraws(random)));
    }

    /** Time-to-first-spike coding with CoNeX's defaults ({@link Intensity2Latency#Intensity2Latency(int)}). */
    public static EncoderFactory intensity2Latency() {
        return new Named("Intensity2Latency()", (t, random) -> new Intensity2Latency(t));
    }

    /**
     * Time-to-first-spike coding with every parameter ({@link Intensity2Latency}); checked now with a time window
     * of 1, and again with the real one.
     *
     * @throws IllegalArgumentException naming the parameter, its value and the allowed range
     */
    public static EncoderFactory intensity2Latency(Double threshold, Double sparsity, double minVal, double maxVal,
            boolean lowerTrim, boolean higherTrim) {
        new Intensity2Latency(1, threshold, sparsity, minVal, maxVal, lowerTrim, higherTrim);
        String d = "Intensity2Latency(threshold=" + threshold + ", sparsity=" + sparsity + ", minVal=" + minVal
                + ", maxVal=" + maxVal + ", lowerTrim=" + lowerTrim + ", higherTrim=" + higherTrim + ")";
        return new Named(d, (t, random) -> new Intensity2Latency(t, threshold, sparsity, minVal, maxVal, lowerTrim,
                higherTrim));
    }
}
