package io.conex4j.core.random;

/**
 * Every random draw a network makes goes through one of these, in call order. The seeded
 * implementation is {@link SeededRandom}; a test can substitute a source that replays a recorded
 * sequence (the conformance fixtures record every draw CoNeX made).
 *
 * <p>The draw kinds mirror the original's: {@code torch.rand} (uniform [0, 1)), {@code torch.randn}
 * (standard normal) and Python's {@code random.sample} (distinct integers without replacement).
 */
public interface RandomSource {

    /** Fills {@code out[from..to)} with uniform floats in [0, 1). */
    void uniform(float[] out, int from, int to);

    /** Fills {@code out[from..to)} with standard normal floats (mean 0, standard deviation 1). */
    void normal(float[] out, int from, int to);

    /**
     * {@code k} distinct integers from {@code [0, population)}, uniformly chosen. The order of the
     * result is the draw order, which pairs each position with the value drawn for it.
     *
     * @throws IllegalArgumentException if {@code k < 0} or {@code k > population}
     */
    long[] sample(long population, int k);

    /**
     * The heap {@link #sample} uses besides the {@code k} longs it returns, in bytes, so that callers can check
     * the heap before sampling; 0 when unknown or negligible.
     */
    default long sampleWorkingBytes(long population, int k) {
        return 0;
    }

    /**
     * Marks a uniform draw of {@code count} numbers that CoNeX makes but whose result can never matter
     * (its density mask at density 1). A seeded source skips it; a replaying source consumes it.
     */
    default void discardUniform(long count) {
    }

    /** One uniform float in [0, 1). */
    default float nextFloat() {
        float[] one = new float[1];
        uniform(one, 0, 1);
        return one[0];
    }

    /**
     * A copy of the source's internal state, so that a saved network continues with the same draws and a
     * failed initialize can be undone.
     *
     * @throws UnsupportedOperationException if this source cannot export its state
     */
    default long[] state() {
        throw new UnsupportedOperationException("the random source " + getClass().getName()
                + " cannot export its state; only sources such as SeededRandom can be saved");
    }

    /** Whether {@link #state()} and {@link #restore} work. */
    default boolean hasState() {
        return false;
    }

    /**
     * Puts back a state exported by {@link #state()}.
     *
     * @throws IllegalArgumentException if the state has the wrong length
     * @throws UnsupportedOperationException if this source cannot restore a state
     */
    default void restore(long[] state) {
        throw new UnsupportedOperationException("the random source " + getClass().getName()
                + " cannot restore a state");
    }
}
