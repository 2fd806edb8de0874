package io.conex4j.core.encoding;

import io.conex4j.core.random.RandomSource;

/**
 * How a dataset input turns its images into spikes: it makes the {@link ImageEncoder} once the input knows its time
 * window (the instance duration, in iterations) and its random source (the network's). {@link Encoders} has the
 * ones CoNeX has; a custom one is a lambda, e.g. {@code (t, random) -> new SimplePoisson(t, 0.5, random)}.
 */
@FunctionalInterface
public interface EncoderFactory {

    /**
     * The encoder for this time window and random source.
     *
     * @param timeWindow steps per spike train, at least 1
     * @param random the source of every draw the encoder makes (the network's, so that saving the network saves it)
     * @throws IllegalArgumentException if the encoder does not accept the time window
     */
    ImageEncoder create(int timeWindow, RandomSource random);

    /** A short description with the parameters, for reports and manifests. */
    default String describe() {
        return "custom";
    }
}
