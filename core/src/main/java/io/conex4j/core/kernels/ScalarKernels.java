package io.conex4j.core.kernels;

/**
 * Plain-Java implementation of {@link Kernels}; the fallback when the Vector API is absent. Its sums add in
 * the fixed order described on {@link Kernels}, the Vector API one's, so both give the same bits.
 */
public final class ScalarKernels implements Kernels {

    /** The single instance. */
    public static final ScalarKernels INSTANCE = new ScalarKernels();

    private ScalarKernels() {
    }

    @Override
    public String name() {
        return "scalar";
    }

    @Override
    public String toString() {
        return "scalar kernels (plain Java loops, sums in " + SUM_LANES + " fixed lanes like the Vector API ones)";
    }

    @Override
    public void fill(float[] a, int from, int to, float value) {
        for (int i = from; i < to; i++) {
            a[i] = value;
        }
    }

    @Override
    public void scale(float[] a, int from, int to, float factor) {
        for (int i = from; i < to; i++) {
            a[i] *= factor;
        }
    }

    @Override
    public void addScalar(float[] a, int from, int to, float value) {
        for (int i = from; i < to; i++) {
            a[i] += value;
        }
    }

    @Override
    public void clip(float[] a, int from, int to, float lo, float hi) {
        for (int i = from; i < to; i++) {
            a[i] = Math.min(Math.max(a[i], lo), hi);
        }
    }

    @Override
    public void multiply(float[] a, int aOff, float[] b, int bOff, int length) {
        for (int i = 0; i < length; i++) {
            a[aOff + i] *= b[bOff + i];
        }
    }

    @Override
    public float sum(float[] a, int from, int to) {
        int i = from;
        int bound = from + (to - from) / SUM_LANES * SUM_LANES;
        float s = 0f;
        if (bound > from) {
            // The SUM_LANES (16) lanes of the Vector API implementation, as locals.
            float s0 = 0f, s1 = 0f, s2 = 0f, s3 = 0f, s4 = 0f, s5 = 0f, s6 = 0f, s7 = 0f;
            float s8 = 0f, s9 = 0f, s10 = 0f, s11 = 0f, s12 = 0f, s13 = 0f, s14 = 0f, s15 = 0f;
            for (; i < bound; i += SUM_LANES) {
                s0 += a[i];
                s1 += a[i + 1];
                s2 += a[i + 2];
                s3 += a[i + 3];
                s4 += a[i + 4];
                s5 += a[i + 5];
                s6 += a[i + 6];
                s7 += a[i + 7];
                s8 += a[i + 8];
                s9 += a[i + 9];
                s10 += a[i + 10];
                s11 += a[i + 11];
                s12 += a[i + 12];
                s13 += a[i + 13];
                s14 += a[i + 14];
                s15 += a[i + 15];
            }
            s = s + s0 + s1 + s2 + s3 + s4 + s5 + s6 + s7 + s8 + s9 + s10 + s11 + s12 + s13 + s14 + s15;
        }
        for (; i < to; i++) {
            s += a[i];
        }
        return s;
    }

    @Override
    public void columnSums(float[] w, int rows, int cols, float[] out) {
        java.util.Arrays.fill(out, 0, cols, 0f);
        int r = 0;
        for (; r + 4 <= rows; r += 4) {
            int b0 = r * cols;
            int b1 = b0 + cols;
            int b2 = b1 + cols;
            int b3 = b2 + cols;
            for (int j = 0; j < cols; j++) {
                out[j] += (w[b0 + j] + w[b1 + j]) + (w[b2 + j] + w[b3 + j]);
            }
        }
        for (; r < rows; r++) {
            int base = r * cols;
            for (int j = 0; j < cols; j++) {
                out[j] += w[base + j];
            }
        }
    }

    @Override
    public void rowSums(float[] w, int rows, int cols, float[] out) {
        for (int i = 0, base = 0; i < rows; i++, base += cols) {
            out[i] = sum(w, base, base + cols);
        }
    }

    @Override
    public void scaleColumns(float[] w, int rows, int cols, float[] factors) {
        for (int i = 0, base = 0; i < rows; i++, base += cols) {
            for (int j = 0; j < cols; j++) {
                w[base + j] *= factors[j];
            }
        }
    }

    @Override
    public void scaleRows(float[] w, int rows, int cols, float[] factors) {
        for (int i = 0, base = 0; i < rows; i++, base += cols) {
            scale(w, base, base + cols, factors[i]);
        }
    }

    @Override
    public void addRows(float[] w, int cols, int[] rows, int count, float[] out) {
        for (int k = 0; k < count; k++) {
            int base = rows[k] * cols;
            for (int j = 0; j < cols; j++) {
                out[j] += w[base + j];
            }
        }
    }

    @Override
    public void axpyRow(float alpha, float[] w, int row, int cols, float[] out) {
        int base = row * cols;
        for (int j = 0; j < cols; j++) {
            out[j] += w[base + j] * alpha;
        }
    }

    @Override
    public int spikingIndices(boolean[] flags, int[] out) {
        int c = 0;
        for (int i = 0; i < flags.length; i++) {
            if (flags[i]) {
                out[c++] = i;
            }
        }
        return c;
    }

    @Override
    public int fire(float[] v, float threshold, boolean strict, float reset, boolean[] spikes, int[] out) {
        int c = 0;
        for (int i = 0; i < v.length; i++) {
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
        int c = 0;
        for (int i = 0; i < v.length; i++) {
            float x = v[i];
            float t = threshold[i];
            boolean s = strict ? x > t : x >= t;
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
        for (int i = 0; i < x.length; i++) {
            float v = x[i];
            if (spikes[i]) {
                v += spikeScale;
            }
            v = v - (v / tau) * dt;
            x[i] = Math.abs(v) < TRACE_FLUSH ? 0f : v;
        }
    }
}
