package io.conex4j.core.encoding;

import io.conex4j.core.random.RandomSource;
import io.conex4j.core.runtime.Check;

/**
 * CoNeX's {@code SimplePoisson}: every pixel spikes at every step with probability {@code image[i] * ratio},
 * independently (a Bernoulli trial per pixel and step, i.e. a Binomial(T, p) spike count).
 *
 * <p>Each {@link #encode} call draws {@code u}, uniform in [0, 1), for the {@code timeWindow x pixels} cells in
 * one {@link RandomSource#uniform} call, row by row (as {@code torch.rand(T, *img.shape)}), and sets
 * {@code spike[t][i] = image[i] * ratio >= u[t][i]} in float32. As in CoNeX the probability is not clipped: a
 * product of 1 or more spikes at every step; because the test is {@code >=}, a zero pixel spikes on the rare
 * draw of exactly 0.
 *
 * <p>Units: {@code timeWindow} in steps; {@code ratio} in probability per unit of intensity per step;
 * image values are intensities (usually in [0, 1]). The caller's image is not modified.
 */
public final class SimplePoisson implements ImageEncoder {

    private static final String WHO = "SimplePoisson";

    private final int timeWindow;
    private final float ratio;
    private final RandomSource random;
    private float[] u = new float[0];

    /**
     * @param timeWindow number of steps T, at least 1
     * @param ratio scale from intensity to spike probability per step, finite and &gt;= 0 as a float32
     * @param random the source of the uniform draws, used in call order
     * @throws IllegalArgumentException naming the parameter, its value and the allowed range
     */
    public SimplePoisson(int timeWindow, double ratio, RandomSource random) {
        this.timeWindow = Encoding.timeWindow(WHO, timeWindow);
        this.ratio = Check.nonNegative(WHO, "ratio", ratio);
        this.random = Check.notNull(WHO, "random", random);
    }

    /** The number of steps T. */
    @Override
    public int timeWindow() {
        return timeWindow;
    }

    /** The intensity-to-probability scale, as stored (float32). */
    public float ratio() {
        return ratio;
    }

    /**
     * Encodes one image into {@code out} (its rows are overwritten), reusing its draw buffer from call to call.
     *
     * @param image pixel intensities, finite; not modified
     * @param out {@code timeWindow} rows of {@code image.length} flags: {@code out[t][i]} is whether pixel {@code i}
     *        spikes at step {@code t}
     * @throws IllegalArgumentException if the image is null or holds a non-finite value, or {@code out} has
     *         another shape
     */
    @Override
    public void encode(float[] image, boolean[][] out) {
        int n = Encoding.cells(WHO, timeWindow, image);
        Encoding.checkOut(WHO, timeWindow, image.length, out);
        int pixels = image.length;
        if (u.length != n) {
            Check.fitsInHeap(WHO, "the " + n + " uniform draws", 4L * n);
            u = new float[n];
        }
        random.uniform(u, 0, n);
        for (int t = 0; t < timeWindow; t++) {
            boolean[] row = out[t];
            int base = t * pixels;
            for (int i = 0; i < pixels; i++) {
                row[i] = image[i] * ratio >= u[base + i];
            }
        }
    }
}
