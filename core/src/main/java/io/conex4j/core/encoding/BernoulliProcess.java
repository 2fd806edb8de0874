package io.conex4j.core.encoding;

import io.conex4j.core.random.RandomSource;
import io.conex4j.core.runtime.Check;
import java.util.Arrays;

/**
 * The spike statistics of {@link SimplePoisson}, drawn spike by spike: pixel {@code i} spikes at every step
 * independently with probability {@code p = image[i] * ratio} (all steps when {@code p >= 1}, none when
 * {@code p <= 0}). Instead of one uniform draw per pixel and step, it draws the number of silent steps before each
 * spike, which is geometric: {@code floor(log(1 - u) / log(1 - p))} for a uniform {@code u} in [0, 1). Per image that
 * is one draw per spike plus one per pixel with {@code 0 < p < 1}: for MNIST digits at Diehl and Cook's 63.75 Hz
 * (p = 0.06375 at 1 ms) about 30 times fewer draws than SimplePoisson, and the encoding cost follows the spikes.
 *
 * <p>Each {@link #encode} call goes through the pixels in order and draws from the random source in call order
 * (float32 uniforms; {@code StrictMath} logarithms in double, so every platform gives the same spikes). The draws
 * have 24 bits, so a gap is at most about {@code 16.6 / p} steps (a gap that long has probability 2^-24). Unlike
 * SimplePoisson, a zero pixel never spikes (SimplePoisson's {@code 0 >= u} fires on a draw of exactly 0).
 *
 * <p>Units: {@code timeWindow} in steps; {@code ratio} in probability per unit of intensity per step; image values
 * are intensities, finite. The caller's image is not modified; the encoder keeps no state between calls.
 */
public final class BernoulliProcess implements ImageEncoder {

    private static final String WHO = "BernoulliProcess";

    private final int timeWindow;
    private final float ratio;
    private final RandomSource random;

    /**
     * @param timeWindow number of steps T, at least 1
     * @param ratio scale from intensity to spike probability per step, finite and &gt;= 0 as a float32
     * @param random the source of the uniform draws, used in call order
     * @throws IllegalArgumentException naming the parameter, its value and the allowed range
     */
    public BernoulliProcess(int timeWindow, double ratio, RandomSource random) {
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
     * Encodes one image into {@code out} (its rows are overwritten).
     *
     * @param image pixel intensities, finite; not modified
     * @param out {@code timeWindow} rows of {@code image.length} flags: {@code out[t][i]} is whether pixel {@code i}
     *        spikes at step {@code t}
     * @throws IllegalArgumentException if the image is null or holds a non-finite value, or {@code out} has
     *         another shape
     */
    @Override
    public void encode(float[] image, boolean[][] out) {
        Encoding.cells(WHO, timeWindow, image);
        int pixels = image.length;
        Encoding.checkOut(WHO, timeWindow, pixels, out);
        for (int t = 0; t < timeWindow; t++) {
            Arrays.fill(out[t], false);
        }
        for (int i = 0; i < pixels; i++) {
            float p = image[i] * ratio;
            if (!(p > 0f)) {
                continue;
            }
            if (p >= 1f) {
                for (int t = 0; t < timeWindow; t++) {
                    out[t][i] = true;
                }
                continue;
            }
            double logQ = StrictMath.log1p(-(double) p);
            long t = -1;
            while (true) {
                double u = random.nextFloat();
                t += 1 + (long) Math.floor(StrictMath.log1p(-u) / logQ);
                if (t >= timeWindow) {
                    break;
                }
                out[(int) t][i] = true;
            }
        }
    }
}
