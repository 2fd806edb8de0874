package io.conex4j.core.encoding;

import io.conex4j.core.runtime.Check;
import java.util.Arrays;

/**
 * CoNeX's {@code Poisson} encoder (the inter-spike-interval method): each pixel fires a spike train whose
 * intervals are Poisson counts with mean {@code 1 / (image[i] * ratio)} steps, so bright pixels fire often and
 * zero pixels never.
 *
 * <p>Per {@link #encode} call:
 * <ol>
 * <li>{@code lambda[i] = 1 / (image[i] * ratio)} as a float32 reciprocal for non-zero pixels, 0 for zero pixels;</li>
 * <li>one {@link PoissonDraws#poisson} call draws the intervals for the {@code timeWindow x pixels} cells, the
 * means being {@code lambda} repeated on every row (row-major, as {@code torch.poisson} of lambda expanded to
 * {@code (T, pixels)});</li>
 * <li>for non-zero pixels an interval of 0 becomes 1;</li>
 * <li>spike times are the cumulative sums of the intervals down the rows; a time {@code k} in 1..T spikes at
 * step {@code k - 1}, later times are dropped (as are times 0, which only zero pixels have).</li>
 * </ol>
 *
 * <p>Units: {@code timeWindow} in steps; {@code ratio} in spikes per step per unit of intensity (the reciprocal of
 * the mean interval); image values are intensities, finite and &gt;= 0. The caller's image is not modified.
 *
 * <p>Difference from CoNeX: a non-zero pixel so dim that its float32 mean interval overflows to infinity
 * ({@code image[i] * ratio} below about 2.9e-39) gets the mean {@link Float#MAX_VALUE} instead, so it never spikes;
 * CoNeX would pass an infinite rate to {@code torch.poisson}. Negative pixels are rejected up front (torch
 * refuses a negative rate).
 */
public final class Poisson implements ImageEncoder {

    private static final String WHO = "Poisson";

    private final int timeWindow;
    private final float ratio;
    private final PoissonDraws draws;
    private float[] lambda = new float[0];
    private float[] means = new float[0];
    private float[] intervals = new float[0];

    /**
     * @param timeWindow number of steps T, at least 1
     * @param ratio intensity-to-rate scale, finite and &gt; 0 as a float32
     * @param draws the source of the Poisson intervals, used in call order
     * @throws IllegalArgumentException naming the parameter, its value and the allowed range
     */
    public Poisson(int timeWindow, double ratio, PoissonDraws draws) {
        this.timeWindow = Encoding.timeWindow(WHO, timeWindow);
        this.ratio = Check.positive(WHO, "ratio", ratio);
        this.draws = Check.notNull(WHO, "draws", draws);
    }

    /** The number of steps T. */
    @Override
    public int timeWindow() {
        return timeWindow;
    }

    /** The intensity-to-rate scale, as stored (float32). */
    public float ratio() {
        return ratio;
    }

    /**
     * Encodes one image into {@code out} (its rows are overwritten), reusing its buffers from call to call.
     *
     * @param image pixel intensities, finite and &gt;= 0; not modified
     * @param out {@code timeWindow} rows of {@code image.length} flags: {@code out[t][i]} is whether pixel {@code i}
     *        spikes at step {@code t}
     * @throws IllegalArgumentException if the image is null or holds a negative or non-finite value, or {@code out}
     *         has another shape
     */
    @Override
    public void encode(float[] image, boolean[][] out) {
        int n = Encoding.cells(WHO, timeWindow, image);
        int pixels = image.length;
        for (int i = 0; i < pixels; i++) {
            if (!(image[i] >= 0)) {
                throw new IllegalArgumentException(WHO + ": image has " + image[i] + " at index " + i
                        + "; every value must be >= 0 (it sets a Poisson rate)");
            }
        }
        Encoding.checkOut(WHO, timeWindow, pixels, out);
        if (means.length != n || lambda.length != pixels) {
            Check.fitsInHeap(WHO, "the " + n + " Poisson means and draws", 8L * n + 4L * pixels);
            lambda = new float[pixels];
            means = new float[n];
            intervals = new float[n];
        }
        for (int i = 0; i < pixels; i++) {
            float l = 0f;
            if (image[i] != 0) {
                l = 1f / (image[i] * ratio);
                l = Float.isInfinite(l) ? Float.MAX_VALUE : l;
            }
            lambda[i] = l;
        }
        for (int t = 0; t < timeWindow; t++) {
            System.arraycopy(lambda, 0, means, t * pixels, pixels);
            Arrays.fill(out[t], false);
        }
        draws.poisson(means, intervals);
        for (int i = 0; i < pixels; i++) {
            if (image[i] == 0) {
                continue;
            }
            double time = 0;
            for (int t = 0; t < timeWindow; t++) {
                float interval = intervals[t * pixels + i];
                time += interval == 0 ? 1 : interval;
                if (time > timeWindow) {
                    break;
                }
                out[(int) time - 1][i] = true;
            }
        }
    }
}
