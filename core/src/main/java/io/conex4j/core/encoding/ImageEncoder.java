package io.conex4j.core.encoding;

/**
 * Turns one image (a flat float32 array of pixel intensities) into a spike train of {@link #timeWindow()} steps:
 * {@link SimplePoisson}, {@link Poisson} and {@link Intensity2Latency} are the ones CoNeX has; a user can write
 * another. {@link io.conex4j.core.encoding.Encoders} makes them for a dataset input, which encodes each sample into
 * the same buffer ({@link #encode(float[], boolean[][])}).
 */
public interface ImageEncoder {

    /** The number of steps T of every spike train this encoder makes. */
    int timeWindow();

    /**
     * Encodes one image into {@code out}, overwriting every flag.
     *
     * @param image pixel intensities; not modified
     * @param out {@link #timeWindow()} rows of {@code image.length} flags; {@code out[t][i]} becomes whether pixel
     *        {@code i} spikes at step {@code t}
     * @throws IllegalArgumentException if the image is not one this encoder takes (naming the pixel and what is
     *         allowed) or {@code out} has another shape
     */
    void encode(float[] image, boolean[][] out);

    /**
     * Encodes one image into a new spike train.
     *
     * @param image pixel intensities; not modified
     * @return {@code spikes[t][i]}: whether pixel {@code i} spikes at step {@code t}, {@code t < timeWindow()}
     * @throws IllegalArgumentException as {@link #encode(float[], boolean[][])}
     */
    default boolean[][] encode(float[] image) {
        Encoding.cells(getClass().getSimpleName(), timeWindow(), image);
        boolean[][] out = Encoding.spikes(getClass().getSimpleName(), timeWindow(), image.length);
        encode(image, out);
        return out;
    }

    /**
     * What the encoder keeps from one call to the next besides its random source (which belongs to the network and
     * is saved with it), for a saved network to continue exactly; empty by default.
     */
    default float[] state() {
        return new float[0];
    }

    /**
     * Puts back a state from {@link #state()}.
     *
     * @throws IllegalArgumentException if the state does not fit this encoder
     */
    default void restoreState(float[] state) {
        if (state == null || state.length != 0) {
            throw new IllegalArgumentException(getClass().getSimpleName() + ": keeps no state, got "
                    + (state == null ? "null" : state.length + " values"));
        }
    }
}
