package io.conex4j.core.kernels;

import java.util.Arrays;
import jdk.incubator.vector.ByteVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link Kernels} on the Vector API ({@code jdk.incubator.vector}). Element-wise kernels use the preferred
 * species (16 float lanes on AVX-512); their tails run as scalar loops. {@link #sum} adds in the fixed order
 * of {@link Kernels#SUM_LANES} lanes described on {@link Kernels}, whatever the CPU's vector width, so every
 * kernel gives the same bits as {@link ScalarKernels}. Loaded reflectively by {@link KernelProvider}; never
 * referenced directly, so that a JVM without the module never touches this class.
 */
final class PanamaKernels implements Kernels {

    private static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;
    private static final int LANES = SPECIES.length();
    /** Byte lanes for scanning spike flags: four times the float lanes per vector (measured 2.5x faster). */
    private static final VectorSpecies<Byte> FLAGS = ByteVector.SPECIES_PREFERRED;
    private static final int FLAG_LANES = FLAGS.length();

    /**
     * The species of the sum's accumulators: {@link Kernels#SUM_LANES} lanes are two 256-bit vectors where the
     * CPU has them, four 128-bit ones otherwise (a wider species than the CPU's would run without intrinsics).
     * Both give the same bits; only the speed differs.
     */
    private static final boolean WIDE_SUM = SPECIES.vectorBitSize() >= 256;
    private static final VectorSpecies<Float> S256 = FloatVector.SPECIES_256;
    private static final VectorSpecies<Float> S128 = FloatVector.SPECIES_128;

    PanamaKernels() {
        // Touch the species so that a broken module fails here, inside the provider's try block.
        if (LANES < 2) {
            throw new UnsupportedOperationException("vector species has " + LANES + " float lane(s)");
        }
    }

    @Override
    public String name() {
        return "panama";
    }

    @Override
    public String toString() {
        return "panama kernels (Vector API, " + LANES + " float lanes, sums in " + SUM_LANES + " fixed lanes)";
    }

    @Override
    public void fill(float[] a, int from, int to, float value) {
        Arrays.fill(a, from, to, value);
    }

    @Override
    public void scale(float[] a, int from, int to, float factor) {
        int i = from;
        int bound = from + SPECIES.loopBound(to - from);
        for (; i < bound; i += LANES) {
            FloatVector.fromArray(SPECIES, a, i).mul(factor).intoArray(a, i);
        }
        for (; i < to; i++) {
            a[i] *= factor;
        }
    }

    @Override
    public void addScalar(float[] a, int from, int to, float value) {
        int i = from;
        int bound = from + SPECIES.loopBound(to - from);
        for (; i < bound; i += LANES) {
            FloatVector.fromArray(SPECIES, a, i).add(value).intoArray(a, i);
        }
        for (; i < to; i++) {
            a[i] += value;
        }
    }

    @Override
    public void clip(float[] a, int from, int to, float lo, float hi) {
        // The JIT already vectorizes this loop; a plain loop keeps NaN semantics identical.
        for (int i = from; i < to; i++) {
            a[i] = Math.min(Math.max(a[i], lo), hi);
        }
    }

    @Override
    public void multiply(float[] a, int aOff, float[] b, int bOff, int length) {
        int i = 0;
        int bound = SPECIES.loopBound(length);
        for (; i < bound; i += LANES) {
            FloatVector.fromArray(SPECIES, a, aOff + i)
                    .mul(FloatVector.fromArray(SPECIES, b, bOff + i))
                    .intoArray(a, aOff + i);
        }
        for (; i < length; i++) {
            a[aOff + i] *= b[bOff + i];
        }
    }

    @Override
    public float sum(float[] a, int from, int to) {
        return WIDE_SUM ? sum256(a, from, to) : sum128(a, from, to);
    }

    /** {@link #sum} with two 256-bit accumulators: lanes 0-7 and 8-15 of each block of 16. */
    static float sum256(float[] a, int from, int to) {
        int i = from;
        int bound = from + (to - from) / SUM_LANES * SUM_LANES;
        float s = 0f;
        if (bound > from) {
            FloatVector acc0 = FloatVector.zero(S256);
            FloatVector acc1 = FloatVector.zero(S256);
            for (; i < bound; i += SUM_LANES) {
                acc0 = acc0.add(FloatVector.fromArray(S256, a, i));
                acc1 = acc1.add(FloatVector.fromArray(S256, a, i + 8));
            }
            s = addLanes(addLanes(s, acc0), acc1);
        }
        for (; i < to; i++) {
            s += a[i];
        }
        return s;
    }

    /** {@link #sum} with four 128-bit accumulators: lanes 0-3, 4-7, 8-11 and 12-15 of each block of 16. */
    static float sum128(float[] a, int from, int to) {
        int i = from;
        int bound = from + (to - from) / SUM_LANES * SUM_LANES;
        float s = 0f;
        if (bound > from) {
            FloatVector acc0 = FloatVector.zero(S128);
            FloatVector acc1 = FloatVector.zero(S128);
            FloatVector acc2 = FloatVector.zero(S128);
            FloatVector acc3 = FloatVector.zero(S128);
            for (; i < bound; i += SUM_LANES) {
                acc0 = acc0.add(FloatVector.fromArray(S128, a, i));
                acc1 = acc1.add(FloatVector.fromArray(S128, a, i + 4));
                acc2 = acc2.add(FloatVector.fromArray(S128, a, i + 8));
                acc3 = acc3.add(FloatVector.fromArray(S128, a, i + 12));
            }
            s = addLanes(addLanes(addLanes(addLanes(s, acc0), acc1), acc2), acc3);
        }
        for (; i < to; i++) {
            s += a[i];
        }
        return s;
    }

    /**
     * {@code s} plus the lanes of {@code acc} one by one, in index order. Not reduceLanes: its order is
     * unspecified and differs between the intrinsic and the Java fallback; this order is what ScalarKernels does.
     */
    private static float addLanes(float s, FloatVector acc) {
        for (int lane = 0; lane < acc.length(); lane++) {
            s += acc.lane(lane);
        }
        return s;
    }

    @Override
    public void columnSums(float[] w, int rows, int cols, float[] out) {
        Arrays.fill(out, 0, cols, 0f);
        int r = 0;
        // Four rows per pass over `out`: a quarter of the loads and stores of the accumulator. Each pass is
        // its own small method so that the JIT inlines (and so intrinsifies) every vector operation in it.
        for (; r + 4 <= rows; r += 4) {
            addFourRows(w, r * cols, cols, out);
        }
        for (; r < rows; r++) {
            addRow(w, r * cols, cols, out);
        }
    }

    private static void addFourRows(float[] w, int b0, int cols, float[] out) {
        int b1 = b0 + cols;
        int b2 = b1 + cols;
        int b3 = b2 + cols;
        int bound = SPECIES.loopBound(cols);
        int j = 0;
        for (; j < bound; j += LANES) {
            FloatVector a = FloatVector.fromArray(SPECIES, w, b0 + j).add(FloatVector.fromArray(SPECIES, w, b1 + j));
            FloatVector b = FloatVector.fromArray(SPECIES, w, b2 + j).add(FloatVector.fromArray(SPECIES, w, b3 + j));
            FloatVector.fromArray(SPECIES, out, j).add(a.add(b)).intoArray(out, j);
        }
        for (; j < cols; j++) {
            out[j] += (w[b0 + j] + w[b1 + j]) + (w[b2 + j] + w[b3 + j]);
        }
    }

    private static void addRow(float[] w, int base, int cols, float[] out) {
        int bound = SPECIES.loopBound(cols);
        int j = 0;
        for (; j < bound; j += LANES) {
            FloatVector.fromArray(SPECIES, out, j).add(FloatVector.fromArray(SPECIES, w, base + j)).intoArray(out, j);
        }
        for (; j < cols; j++) {
            out[j] += w[base + j];
        }
    }

    @Override
    public void rowSums(float[] w, int rows, int cols, float[] out) {
        for (int r = 0, base = 0; r < rows; r++, base += cols) {
            out[r] = sum(w, base, base + cols);
        }
    }

    @Override
    public void scaleColumns(float[] w, int rows, int cols, float[] factors) {
        for (int r = 0, base = 0; r < rows; r++, base += cols) {
            multiply(w, base, factors, 0, cols);
        }
    }

    @Override
    public void scaleRows(float[] w, int rows, int cols, float[] factors) {
        for (int r = 0, base = 0; r < rows; r++, base += cols) {
            scale(w, base, base + cols, factors[r]);
        }
    }

    @Override
    public void addRows(float[] w, int cols, int[] rows, int count, float[] out) {
        int bound = SPECIES.loopBound(cols);
        for (int k = 0; k < count; k++) {
            int base = rows[k] * cols;
            int j = 0;
            for (; j < bound; j += LANES) {
                FloatVector.fromArray(SPECIES, out, j)
                        .add(FloatVector.fromArray(SPECIES, w, base + j))
                        .intoArray(out, j);
            }
            for (; j < cols; j++) {
                out[j] += w[base + j];
            }
        }
    }

    @Override
    public void axpyRow(float alpha, float[] w, int row, int cols, float[] out) {
        int base = row * cols;
        int bound = SPECIES.loopBound(cols);
        int j = 0;
        for (; j < bound; j += LANES) {
            FloatVector.fromArray(SPECIES, out, j)
                    .add(FloatVector.fromArray(SPECIES, w, base + j).mul(alpha))
                    .intoArray(out, j);
        }
        for (; j < cols; j++) {
            out[j] += w[base + j] * alpha;
        }
    }

    @Override
    public int spikingIndices(boolean[] flags, int[] out) {
        int n = flags.length;
        int bound = FLAGS.loopBound(n);
        int c = 0;
        int i = 0;
        for (; i < bound; i += FLAG_LANES) {
            if (VectorMask.fromArray(FLAGS, flags, i).anyTrue()) {
                for (int lane = 0; lane < FLAG_LANES; lane++) {
                    if (flags[i + lane]) {
                        out[c++] = i + lane;
                    }
                }
            }
        }
        for (; i < n; i++) {
            if (flags[i]) {
                out[c++] = i;
            }
        }
        return c;
    }

    @Override
    public int fire(float[] v, float threshold, boolean strict, float reset, boolean[] spikes, int[] out) {
        // The comparison must be a constant for the JIT to intrinsify it, hence two loops.
        int n = v.length;
        int bound = SPECIES.loopBound(n);
        int c = 0;
        int i = 0;
        for (; i < bound; i += LANES) {
            FloatVector x = FloatVector.fromArray(SPECIES, v, i);
            VectorMask<Float> m = strict ? x.compare(VectorOperators.GT, threshold)
                    : x.compare(VectorOperators.GE, threshold);
            if (!m.anyTrue()) {
                Arrays.fill(spikes, i, i + LANES, false);
                continue;
            }
            // Rare: handle the lanes one by one (mask.intoArray(boolean[]) allocates on JDK 17).
            for (int lane = i; lane < i + LANES; lane++) {
                float y = v[lane];
                boolean s = strict ? y > threshold : y >= threshold;
                spikes[lane] = s;
                if (s) {
                    v[lane] = reset;
                    out[c++] = lane;
                }
            }
        }
        for (; i < n; i++) {
            float x = v[i];
            boolean s = strict ? x > threshold : x >= threshold;
            spikes[i] = s;
            if (s) {
                v[i] = reset;
                out[c++] = i;
            }
        }
        return c;
    }

    @Override
    public int fire(float[] v, float[] threshold, boolean strict, float reset, boolean[] spikes, int[] out) {
        int n = v.length;
        int bound = SPECIES.loopBound(n);
        int c = 0;
        int i = 0;
        for (; i < bound; i += LANES) {
            FloatVector x = FloatVector.fromArray(SPECIES, v, i);
            FloatVector t = FloatVector.fromArray(SPECIES, threshold, i);
            VectorMask<Float> m = strict ? x.compare(VectorOperators.GT, t) : x.compare(VectorOperators.GE, t);
            if (!m.anyTrue()) {
                Arrays.fill(spikes, i, i + LANES, false);
                continue;
            }
            for (int lane = i; lane < i + LANES; lane++) {
                float y = v[lane];
                float tl = threshold[lane];
                boolean s = strict ? y > tl : y >= tl;
                spikes[lane] = s;
                if (s) {
                    v[lane] = reset;
                    out[c++] = lane;
                }
            }
        }
        for (; i < n; i++) {
            float x = v[i];
            float tl = threshold[i];
            boolean s = strict ? x > tl : x >= tl;
            spikes[i] = s;
            if (s) {
                v[i] = reset;
                out[c++] = i;
            }
        }
        return c;
    }

    @Override
    public void traceUpdate(float[] x, boolean[] spikes, float spikeScale, float tau, float dt) {
        int n = x.length;
        int bound = SPECIES.loopBound(n);
        int i = 0;
        for (; i < bound; i += LANES) {
            VectorMask<Float> spiking = VectorMask.fromArray(SPECIES, spikes, i);
            FloatVector v = FloatVector.fromArray(SPECIES, x, i);
            v = v.add(spikeScale, spiking);
            v = v.sub(v.div(tau).mul(dt));
            VectorMask<Float> tiny = v.abs().lt(TRACE_FLUSH);
            v.blend(0f, tiny).intoArray(x, i);
        }
        for (; i < n; i++) {
            float v = x[i];
            if (spikes[i]) {
                v += spikeScale;
            }
            v = v - (v / tau) * dt;
            x[i] = Math.abs(v) < TRACE_FLUSH ? 0f : v;
        }
    }
}
