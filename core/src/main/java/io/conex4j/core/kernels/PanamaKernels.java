package io.conex4j.core.kernels;

import java.util.Arrays;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link Kernels} on the Vector API ({@code jdk.incubator.vector}), with the preferred species
 * (16 float lanes on AVX-512). Tails run as scalar loops, so results match {@link ScalarKernels}
 * bit for bit for element-wise kernels. Loaded reflectively by {@link KernelProvider}; never
 * referenced directly, so that a JVM without the module never touches this class.
 */
final class PanamaKernels implements Kernels {

    private static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;
    private static final int LANES = SPECIES.length();

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
        // The JIT already vectorizes this loop (PEERS.md); a plain loop keeps NaN semantics identical.
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
        int i = from;
        int bound = from + SPECIES.loopBound(to - from);
        float s = 0f;
        if (bound > from) {
            FloatVector acc = FloatVector.zero(SPECIES);
            for (; i < bound; i += LANES) {
                acc = acc.add(FloatVector.fromArray(SPECIES, a, i));
            }
            // Not reduceLanes: its order is unspecified and differs between the intrinsic and the Java
            // fallback, which would make results depend on the JIT's state. Lanes in order are deterministic.
            for (int lane = 0; lane < LANES; lane++) {
                s += acc.lane(lane);
            }
        }
        for (; i < to; i++) {
            s += a[i];
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
            FloatVector.fromArray(SPECIES, w, base + j).mul(alpha)
                    .add(FloatVector.fromArray(SPECIES, out, j))
                    .intoArray(out, j);
        }
        for (; j < cols; j++) {
            out[j] += alpha * w[base + j];
        }
    }

    @Override
    public int spikingIndices(boolean[] flags, int[] out) {
        int n = flags.length;
        int bound = SPECIES.loopBound(n);
        int c = 0;
        int i = 0;
        for (; i < bound; i += LANES) {
            VectorMask<Float> m = VectorMask.fromArray(SPECIES, flags, i);
            if (m.anyTrue()) {
                for (int lane = 0; lane < LANES; lane++) {
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
