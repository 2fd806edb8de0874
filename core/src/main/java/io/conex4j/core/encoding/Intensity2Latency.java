package io.conex4j.core.encoding;

import io.conex4j.core.runtime.Check;
import java.util.Arrays;

/**
 * CoNeX's {@code Intensity2Latency}: time-to-first-spike coding. Every pixel at or above a threshold spikes exactly
 * once; the brighter the pixel, the earlier (the brightest at step 0, the dimmest kept pixel at step T-1); pixels
 * below the threshold never spike.
 *
 * <p>Per {@link #encode} call, in float32 as CoNeX computes it:
 * <ol>
 * <li>with a {@code sparsity}, {@code threshold = quantile(image, 1 - sparsity)} (linear interpolation, as
 * {@code torch.quantile}); it is kept and returned by {@link #threshold()};</li>
 * <li>{@code below = image < threshold} (a pixel equal to the threshold spikes);</li>
 * <li>{@code x = image - minVal};</li>
 * <li>the scale factor starts at {@code 1 / (maxVal - minVal)}; with {@code lowerTrim}, if some pixel is not below,
 * {@code m} = the least {@code x} of those pixels, {@code x = x - m} and {@code factor = 1 / ((maxVal - minVal) - m)};
 * with {@code higherTrim}, if {@code max(x) != 0}, {@code factor = 1 / max(x)} (overriding the previous one);</li>
 * <li>{@code index = ceil((x * factor) * (T - 1)) + 1}, in that order; below-threshold pixels get 0, negative
 * indices become 0;</li>
 * <li>a pixel with index {@code k} in 1..T spikes at step {@code T - k}; index 0 never spikes.</li>
 * </ol>
 * Because of step 5's float32 order, a pixel whose exact value would land on an integer can move by one step, as
 * in CoNeX.
 *
 * <p>Units: {@code timeWindow} in steps; {@code threshold}, {@code minVal} and {@code maxVal} in the image's
 * intensity units; {@code sparsity} is the fraction of pixels (0 to 1) meant to spike.
 *
 * <p>Differences from CoNeX: CoNeX subtracts {@code minVal} from the caller's tensor <em>in place</em> (so a second
 * call on the same tensor shifts it again); conex4j never modifies the caller's array. A pixel whose index would
 * fall outside 0..T (possible only without {@code higherTrim}, for pixels above {@code maxVal}, or when the trimmed
 * range is 0) is rejected with an {@link IllegalArgumentException}, where CoNeX would fail on the index or place the
 * spike unpredictably.
 */
public final class Intensity2Latency implements ImageEncoder {

    private static final String WHO = "Intensity2Latency";

    private final int timeWindow;
    private final boolean hasSparsity;
    private final float sparsity;
    private final float minVal;
    private final float maxVal;
    private final double range;
    private final boolean lowerTrim;
    private final boolean higherTrim;
    private float threshold;
    private boolean[] below = new boolean[0];
    private float[] x = new float[0];
    private float[] sorted = new float[0];

    /** CoNeX's defaults: threshold = minVal = 0, maxVal = 1, no sparsity, both trims on. */
    public Intensity2Latency(int timeWindow) {
        this(timeWindow, null, null, 0, 1, true, true);
    }

    /**
     * @param timeWindow number of steps T, at least 1
     * @param threshold the intensity below which pixels never spike, finite as a float32; {@code null} for
     *        {@code minVal}; ignored when {@code sparsity} is given
     * @param sparsity the fraction of pixels to keep, in [0, 1], from which every call computes the threshold;
     *        {@code null} for a fixed threshold
     * @param minVal the lower end of the intensity range, finite as a float32
     * @param maxVal the upper end of the intensity range, finite as a float32 and &gt; {@code minVal}
     * @param lowerTrim whether the least kept pixel is moved to the last step
     * @param higherTrim whether the brightest pixel is moved to the first step
     * @throws IllegalArgumentException naming the parameter, its value and the allowed range
     */
    public Intensity2Latency(int timeWindow, Double threshold, Double sparsity, double minVal, double maxVal,
            boolean lowerTrim, boolean higherTrim) {
        this.timeWindow = Encoding.timeWindow(WHO, timeWindow);
        Check.interval(WHO, "minVal", minVal, "maxVal", maxVal);
        this.minVal = (float) minVal;
        this.maxVal = (float) maxVal;
        this.range = maxVal - minVal;
        Check.positive(WHO, "maxVal - minVal", range);
        this.threshold = threshold == null ? this.minVal : Check.finite(WHO, "threshold", threshold);
        this.hasSparsity = sparsity != null;
        this.sparsity = hasSparsity ? (float) Check.inRange(WHO, "sparsity", sparsity, 0, 1) : Float.NaN;
        this.lowerTrim = lowerTrim;
        this.higherTrim = higherTrim;
    }

    /** The defaults with a fixed {@code threshold} (intensity units). */
    public static Intensity2Latency withThreshold(int timeWindow, double threshold) {
        return new Intensity2Latency(timeWindow, threshold, null, 0, 1, true, true);
    }

    /** The defaults with a {@code sparsity} (fraction of pixels kept, 0 to 1). */
    public static Intensity2Latency withSparsity(int timeWindow, double sparsity) {
        return new Intensity2Latency(timeWindow, null, sparsity, 0, 1, true, true);
    }

    /** The number of steps T. */
    @Override
    public int timeWindow() {
        return timeWindow;
    }

    /** The threshold in use: the given one, or the one the last call computed from the sparsity (float32). */
    public float threshold() {
        return threshold;
    }

    /** The sparsity as stored, or NaN when none was given. */
    public float sparsity() {
        return sparsity;
    }

    /** The lower end of the intensity range (float32). */
    public float minVal() {
        return minVal;
    }

    /** The upper end of the intensity range (float32). */
    public float maxVal() {
        return maxVal;
    }

    /** Whether the least kept pixel is moved to the last step. */
    public boolean lowerTrim() {
        return lowerTrim;
    }

    /** Whether the brightest pixel is moved to the first step. */
    public boolean higherTrim() {
        return higherTrim;
    }

    /**
     * Encodes one image into {@code out} (its rows are overwritten), reusing its buffers from call to call.
     *
     * @param image pixel intensities, finite, at least one; not modified
     * @param out {@code timeWindow} rows of {@code image.length} flags: {@code out[t][i]} is whether pixel {@code i}
     *        spikes at step {@code t}
     * @throws IllegalArgumentException if the image is null, empty or holds a non-finite value, a pixel's index
     *         falls outside the time window (see the class comment), or {@code out} has another shape
     */
    @Override
    public void encode(float[] image, boolean[][] out) {
        Encoding.cells(WHO, timeWindow, image);
        int n = image.length;
        if (n == 0) {
            throw new IllegalArgumentException(WHO + ": image must have at least one pixel");
        }
        Encoding.checkOut(WHO, timeWindow, n, out);
        if (x.length != n) {
            Check.fitsInHeap(WHO, "the work arrays of " + n + " pixels", 9L * n);
            below = new boolean[n];
            x = new float[n];
            sorted = new float[n];
        }
        float newThreshold = hasSparsity ? quantile(image, 1f - sparsity, sorted) : threshold;
        boolean anyKept = false;
        float keptMin = Float.POSITIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            below[i] = image[i] < newThreshold;
            x[i] = image[i] - minVal;
            if (!below[i]) {
                anyKept = true;
                keptMin = Math.min(keptMin, x[i]);
            }
        }
        float factor = (float) (1.0 / range);
        if (lowerTrim && anyKept) {
            for (int i = 0; i < n; i++) {
                x[i] -= keptMin;
            }
            factor = 1f / ((float) range - keptMin);
        }
        if (higherTrim) {
            float max = Float.NEGATIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                max = Math.max(max, x[i]);
            }
            if (max != 0) {
                factor = 1f / max;
            }
        }
        float steps = (float) (timeWindow - 1);
        for (int i = 0; i < n; i++) {
            if (below[i]) {
                continue;
            }
            float index = (float) Math.ceil((x[i] * factor) * steps) + 1f;
            if (!(index <= timeWindow)) {
                throw new IllegalArgumentException(WHO + ": pixel " + i + " (" + image[i] + ") maps to index " + index
                        + ", outside 0.." + timeWindow + " (scale factor " + factor + "); keep pixels within [minVal, maxVal]"
                        + " = [" + minVal + ", " + maxVal + "] or use higherTrim");
            }
        }
        threshold = newThreshold;
        for (boolean[] row : out) {
            Arrays.fill(row, false);
        }
        for (int i = 0; i < n; i++) {
            if (below[i]) {
                continue;
            }
            float index = (float) Math.ceil((x[i] * factor) * steps) + 1f;
            if (index >= 1) {
                out[timeWindow - (int) index][i] = true;
            }
        }
    }

    /** The encoder's state: the threshold in use ({@link #threshold()}), which a sparsity recomputes per call. */
    @Override
    public float[] state() {
        return new float[] {threshold};
    }

    /**
     * Puts back a state from {@link #state()}.
     *
     * @throws IllegalArgumentException if it is not one finite value
     */
    @Override
    public void restoreState(float[] state) {
        if (state == null || state.length != 1 || !Float.isFinite(state[0])) {
            throw new IllegalArgumentException(WHO + ": a state is one finite threshold, got "
                    + (state == null ? "null" : Arrays.toString(state)));
        }
        threshold = state[0];
    }

    /** {@code torch.quantile(values, q)} with linear interpolation, in float32. */
    static float quantile(float[] values, float q) {
        return quantile(values, q, new float[values.length]);
    }

    /** As {@link #quantile(float[], float)}, sorting in {@code work} (the length of {@code values}). */
    static float quantile(float[] values, float q, float[] work) {
        float[] sorted = work;
        System.arraycopy(values, 0, sorted, 0, values.length);
        Arrays.sort(sorted);
        float rank = q * (float) (sorted.length - 1);
        int lo = (int) rank;
        int hi = (int) Math.ceil(rank);
        float weight = rank - lo;
        float a = sorted[lo];
        float b = sorted[hi];
        return weight < 0.5f ? a + weight * (b - a) : b - (b - a) * (1f - weight);
    }
}
