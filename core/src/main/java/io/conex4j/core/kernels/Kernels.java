package io.conex4j.core.kernels;

/**
 * The hot loops of conex4j, over flat {@code float[]} arrays.
 *
 * <p>Two implementations exist: {@link ScalarKernels} (plain Java loops) and a Panama implementation
 * on {@code jdk.incubator.vector}. {@link KernelProvider#get()} picks one once per JVM. All matrices
 * are row-major; ranges are half-open {@code [from, to)}.
 *
 * <p>Every implementation gives the same bits for every kernel and every input, on every CPU, so a network
 * runs identically whichever is chosen. Float addition is not associative, so the order of every sum is part
 * of this contract:
 * <ul>
 *   <li>{@link #sum} (and so {@link #rowSums}) keeps {@link #SUM_LANES} partial sums ("lanes"): lane
 *       {@code k} adds the elements {@code a[from + b * SUM_LANES + k]} of the whole blocks {@code b} in
 *       order, starting from 0. If there is at least one whole block the result starts from 0 and adds lanes
 *       0 to {@code SUM_LANES - 1} in order; then the elements after the last whole block are added one by
 *       one, in order.</li>
 *   <li>{@link #columnSums} adds rows in groups of four, {@code out[j] += (w0[j] + w1[j]) + (w2[j] + w3[j])},
 *       then the remaining rows one at a time.</li>
 *   <li>Products and sums are never fused (no fma): {@link #axpyRow} is {@code out[j] + w[j] * alpha}.</li>
 * </ul>
 */
public interface Kernels {

    /** Flush threshold of {@link #traceUpdate}: magnitudes below this become exactly 0 (no subnormals). */
    float TRACE_FLUSH = 1e-30f;

    /** Number of partial sums ("lanes") of {@link #sum}: it fixes the order of its additions. */
    int SUM_LANES = 16;

    /** A short name for logs and benchmarks: {@code "scalar"} or {@code "panama"}. */
    String name();

    /** {@code a[i] = value} for i in [from, to). */
    void fill(float[] a, int from, int to, float value);

    /** {@code a[i] *= factor} for i in [from, to). */
    void scale(float[] a, int from, int to, float factor);

    /** {@code a[i] += value} for i in [from, to). */
    void addScalar(float[] a, int from, int to, float value);

    /** {@code a[i] = min(max(a[i], lo), hi)} for i in [from, to); NaN stays NaN. */
    void clip(float[] a, int from, int to, float lo, float hi);

    /** {@code a[aOff + i] *= b[bOff + i]} for i in [0, length). */
    void multiply(float[] a, int aOff, float[] b, int bOff, int length);

    /** The sum of {@code a[from..to)}, added in the order described on {@link Kernels}. */
    float sum(float[] a, int from, int to);

    /**
     * Column sums of the row-major {@code rows x cols} matrix {@code w}: {@code out[j] = sum_i w[i][j]}.
     * {@code out} needs at least {@code cols} elements; it is overwritten.
     */
    void columnSums(float[] w, int rows, int cols, float[] out);

    /** Row sums of the row-major {@code rows x cols} matrix {@code w}: {@code out[i] = sum_j w[i][j]}. */
    void rowSums(float[] w, int rows, int cols, float[] out);

    /** {@code w[i][j] *= factors[j]} over the row-major {@code rows x cols} matrix. */
    void scaleColumns(float[] w, int rows, int cols, float[] factors);

    /** {@code w[i][j] *= factors[i]} over the row-major {@code rows x cols} matrix. */
    void scaleRows(float[] w, int rows, int cols, float[] factors);

    /**
     * Adds the selected rows of the row-major matrix {@code w} (row length {@code cols}) into {@code out}:
     * {@code out[j] += sum_k w[rows[k]][j]} for k in [0, count).
     */
    void addRows(float[] w, int cols, int[] rows, int count, float[] out);

    /**
     * {@code out[j] = out[j] + w[row][j] * alpha}: one scaled row of a row-major matrix added to a vector.
     */
    void axpyRow(float alpha, float[] w, int row, int cols, float[] out);

    /**
     * The CoNeX trace update, in float32 and bit for bit: {@code x = x + (spike ? spikeScale : 0);
     * x = x - (x / tau) * dt}, then {@code |x| < TRACE_FLUSH} becomes 0.
     */
    void traceUpdate(float[] x, boolean[] spikes, float spikeScale, float tau, float dt);

    /**
     * The indices of the true flags, ascending, into {@code out} (at least {@code flags.length} long);
     * returns how many.
     */
    int spikingIndices(boolean[] flags, int[] out);

    /**
     * Threshold crossing and reset: {@code spikes[i] = v[i] > threshold} ({@code strict}) or
     * {@code v[i] >= threshold}; spiking neurons get {@code v[i] = reset} and their indices are written to
     * {@code out}, ascending; returns how many spiked. NaN never spikes.
     */
    int fire(float[] v, float threshold, boolean strict, float reset, boolean[] spikes, int[] out);

    /**
     * {@link #fire(float[], float, boolean, float, boolean[], int[])} with a threshold per neuron: {@code spikes[i] =
     * v[i] > threshold[i]} ({@code strict}) or {@code v[i] >= threshold[i]}; {@code threshold} has at least
     * {@code v.length} elements. NaN (in either) never spikes.
     */
    int fire(float[] v, float[] threshold, boolean strict, float reset, boolean[] spikes, int[] out);

    /**
     * Delayed spike read from a ring buffer: {@code out[i] = history[rowStart[delays[i]] + i]}, where
     * {@code rowStart[d]} is the offset of the row holding the spikes of {@code d} iterations ago.
     */
    default void gatherDelayed(boolean[] history, int[] rowStart, int[] delays, boolean[] out) {
        for (int i = 0; i < out.length; i++) {
            out[i] = history[rowStart[delays[i]] + i];
        }
    }
}
