package io.conex4j.core.kernels;

import java.util.Arrays;

/** Plain-Java implementation of {@link Kernels}; the fallback when the Vector API is absent. */
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
        float s = 0f;
        for (int i = from; i < to; i++) {
            s += a[i];
        }
        return s;
    }

    @Override
    public void columnSums(float[] w, int rows, int cols, float[] out) {
        Arrays.fill(out, 0, cols, 0f);
        for (int i = 0, base = 0; i < rows; i++, base += cols) {
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
            out[j] += alpha * w[base + j];
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
