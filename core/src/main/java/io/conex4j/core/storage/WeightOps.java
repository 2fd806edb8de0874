package io.conex4j.core.storage;

import io.conex4j.core.kernels.Kernels;
import java.util.Arrays;

/**
 * The algorithms over weights, one home for every layout (EJML's {@code CommonOps_DSCC} is the model):
 * delivery of spiking rows into a current, the per-target sums and scaling of the normalizations, clipping
 * and the trace STDP update. Each method picks the layout's own loop; callers never test a weight's type.
 *
 * <p>Layouts: dense 1-D (one-to-one, entry {@code i} links source {@code i} to destination {@code i}),
 * dense 2-D {@code [src, dst]} row-major, CSC 2-D (event-driven through its row index), dense 3-D Local2d
 * {@code (outCh, outSize, conn)} and 4-D Conv2d {@code (outCh, inCh, kH, kW)} (normalization only; their
 * delivery follows the convolution geometry, see {@link ConvGeometry}).
 */
public final class WeightOps {

    private WeightOps() {
    }

    /** Whether {@code w} is a {@code [rows, cols]} matrix, dense or CSC. */
    public static boolean isMatrix(Weights w, int rows, int cols) {
        int[] s = w.shape();
        return s.length == 2 && s[0] == rows && s[1] == cols;
    }

    /** Whether {@code w} is dense 1-D of {@code n} entries (one-to-one). */
    public static boolean isOneToOne(Weights w, int n) {
        int[] s = w.shape();
        return w instanceof DenseWeights && s.length == 1 && s[0] == n;
    }

    /** Whether {@code w} is a dense tensor of {@code rank}. */
    public static boolean isDense(Weights w, int rank) {
        return w instanceof DenseWeights d && d.rank() == rank;
    }

    /** The layout for messages: {@code "dense [4, 3]"} or {@code "CSC [4, 3] with 5 stored"}. */
    public static String describe(Weights w) {
        return w instanceof CscWeights c ? "CSC " + Arrays.toString(w.shape()) + " with " + c.nnz() + " stored"
                : "dense " + Arrays.toString(w.shape());
    }

    /**
     * Adds {@code factor} times the weights of the {@code count} sources listed in {@code rows} into
     * {@code out} (one entry per destination): rows of a matrix, or entry {@code i} for one-to-one weights.
     */
    public static void addRows(Kernels k, Weights w, int[] rows, int count, float factor, float[] out) {
        if (w instanceof CscWeights c) {
            int[] rowPtr = c.rowPtr();
            int[] entries = c.rowEntries();
            int[] col = c.colIdx();
            float[] v = c.values();
            for (int n = 0; n < count; n++) {
                int r = rows[n];
                for (int e = rowPtr[r]; e < rowPtr[r + 1]; e++) {
                    int at = entries[e];
                    out[col[at]] += factor * v[at];
                }
            }
        } else if (((DenseWeights) w).rank() == 1) {
            float[] v = w.values();
            for (int n = 0; n < count; n++) {
                int i = rows[n];
                out[i] += factor * v[i];
            }
        } else if (factor == 1f) {
            k.addRows(w.values(), out.length, rows, count, out);
        } else {
            for (int n = 0; n < count; n++) {
                k.axpyRow(factor, w.values(), rows[n], out.length, out);
            }
        }
    }

    /**
     * How many sums the normalizations divide by: 1-D one (the total), 2-D one per destination column, 3-D
     * Local2d one per {@code (outCh, outSize)}, 4-D Conv2d one per output channel, 5-D Lateral one (its single
     * kernel), CSC one per column.
     */
    public static int targetCount(Weights w) {
        if (w instanceof CscWeights c) {
            return c.cols();
        }
        int[] shape = w.shape();
        return switch (shape.length) {
            case 1 -> 1;
            case 2 -> shape[1];
            case 3 -> shape[0] * shape[1];
            default -> shape[0];
        };
    }

    /** The sums of {@link #targetCount} into {@code out}. */
    public static void targetSums(Kernels k, Weights w, float[] out) {
        float[] v = w.values();
        if (w instanceof CscWeights c) {
            int[] ptr = c.colPtr();
            for (int j = 0; j < c.cols(); j++) {
                out[j] = k.sum(v, ptr[j], ptr[j + 1]);
            }
            return;
        }
        DenseWeights d = (DenseWeights) w;
        switch (d.rank()) {
            case 1 -> out[0] = k.sum(v, 0, v.length);
            case 2 -> k.columnSums(v, d.dim(0), d.dim(1), out);
            case 3 -> k.rowSums(v, d.dim(0) * d.dim(1), d.dim(2), out);
            default -> k.rowSums(v, d.dim(0), v.length / d.dim(0), out);
        }
    }

    /** {@code norm / sum} for every target into {@code factors}; a zero sum counts as 1 (CoNeX's rule). */
    public static void normalizationFactors(Kernels k, Weights w, float norm, float[] factors) {
        targetSums(k, w, factors);
        for (int i = 0; i < factors.length; i++) {
            float s = factors[i];
            factors[i] = norm / (s == 0f ? 1f : s);
        }
    }

    /** Multiplies every weight by the factor of its target. */
    public static void scaleTargets(Kernels k, Weights w, float[] factors) {
        float[] v = w.values();
        if (w instanceof CscWeights c) {
            int[] ptr = c.colPtr();
            for (int j = 0; j < c.cols(); j++) {
                k.scale(v, ptr[j], ptr[j + 1], factors[j]);
            }
            return;
        }
        DenseWeights d = (DenseWeights) w;
        switch (d.rank()) {
            case 1 -> k.scale(v, 0, v.length, factors[0]);
            case 2 -> k.scaleColumns(v, d.dim(0), d.dim(1), factors);
            case 3 -> k.scaleRows(v, d.dim(0) * d.dim(1), d.dim(2), factors);
            default -> k.scaleRows(v, d.dim(0), v.length / d.dim(0), factors);
        }
    }

    /** Clamps every stored weight into {@code [lo, hi]}; absent CSC entries stay absent. */
    public static void clip(Kernels k, Weights w, float lo, float hi) {
        float[] v = w.values();
        k.clip(v, 0, v.length, lo, hi);
    }

    /**
     * One trace STDP step on a matrix or one-to-one weights: {@code W += plus(preTrace, W)} where the destination
     * spiked and {@code W -= minus(postTrace, W)} where the source spiked, both from the weights before the
     * update; then every weight of a spiking source or destination is passed through {@code rule.settle} (which
     * clamps it when the rule clamps).
     * Event-driven over the spiking sources ({@code pre}, {@code nPre}) and destinations ({@code post},
     * {@code nPost}); CSC keeps its structure.
     */
    public static void traceStdp(Weights w, TraceRule rule, boolean[] preSpike, int[] pre, int nPre,
            boolean[] postSpike, int[] post, int nPost, float[] preTrace, float[] postTrace) {
        if (w instanceof CscWeights c) {
            cscStdp(c, rule, preSpike, pre, nPre, postSpike, post, nPost, preTrace, postTrace);
        } else if (((DenseWeights) w).rank() == 1) {
            oneToOneStdp(w.values(), rule, preSpike, pre, nPre, postSpike, post, nPost, preTrace, postTrace);
        } else {
            denseStdp(w.values(), postTrace.length, rule, preSpike, pre, nPre, postSpike, post, nPost, preTrace,
                    postTrace);
        }
    }

    private static void denseStdp(float[] w, int cols, TraceRule rule, boolean[] preSpike, int[] pre, int nPre,
            boolean[] postSpike, int[] post, int nPost, float[] preTrace, float[] postTrace) {
        for (int n = 0; n < nPre; n++) {
            int i = pre[n];
            int base = i * cols;
            float x = preTrace[i];
            for (int j = 0; j < cols; j++) {
                float v = w[base + j];
                float minus = rule.minus(postTrace[j], v);
                w[base + j] = rule.settle(postSpike[j] ? v + (rule.plus(x, v) - minus) : v - minus);
            }
        }
        if (nPost == 0) {
            return;
        }
        for (int i = 0; i < preTrace.length; i++) {
            float x = preTrace[i];
            if (preSpike[i]) {
                continue;
            }
            int base = i * cols;
            if (x == 0f) {
                for (int n = 0; n < nPost; n++) {
                    int at = base + post[n];
                    w[at] = rule.settle(w[at]);
                }
                continue;
            }
            for (int n = 0; n < nPost; n++) {
                int at = base + post[n];
                float v = w[at];
                w[at] = rule.settle(v + rule.plus(x, v));
            }
        }
    }

    private static void cscStdp(CscWeights c, TraceRule rule, boolean[] preSpike, int[] pre, int nPre,
            boolean[] postSpike, int[] post, int nPost, float[] preTrace, float[] postTrace) {
        float[] v = c.values();
        int[] colPtr = c.colPtr();
        int[] rowIdx = c.rowIdx();
        for (int n = 0; n < nPost; n++) {
            int j = post[n];
            float y = postTrace[j];
            for (int e = colPtr[j]; e < colPtr[j + 1]; e++) {
                int i = rowIdx[e];
                float old = v[e];
                float plus = rule.plus(preTrace[i], old);
                v[e] = rule.settle(preSpike[i] ? old + (plus - rule.minus(y, old)) : old + plus);
            }
        }
        int[] rowPtr = c.rowPtr();
        int[] entries = c.rowEntries();
        int[] col = c.colIdx();
        for (int n = 0; n < nPre; n++) {
            int i = pre[n];
            for (int e = rowPtr[i]; e < rowPtr[i + 1]; e++) {
                int at = entries[e];
                int j = col[at];
                if (!postSpike[j]) {
                    float old = v[at];
                    v[at] = rule.settle(old - rule.minus(postTrace[j], old));
                }
            }
        }
    }

    private static void oneToOneStdp(float[] w, TraceRule rule, boolean[] preSpike, int[] pre, int nPre,
            boolean[] postSpike, int[] post, int nPost, float[] preTrace, float[] postTrace) {
        for (int n = 0; n < nPre; n++) {
            int i = pre[n];
            float old = w[i];
            float plus = postSpike[i] ? rule.plus(preTrace[i], old) : 0f;
            w[i] = rule.settle(old + (plus - rule.minus(postTrace[i], old)));
        }
        for (int n = 0; n < nPost; n++) {
            int i = post[n];
            if (!preSpike[i]) {
                float old = w[i];
                w[i] = rule.settle(old + (rule.plus(preTrace[i], old) - 0f));
            }
        }
    }
    /**
     * The change one trace STDP step would make, without applying it: {@code dw[k] = plus - minus} for every
     * stored weight {@code k} (indexed like {@link Weights#values()}), where {@code plus = rule.plus(preTrace, W)}
     * if the destination spiked (else 0) and {@code minus = rule.minus(postTrace, W)} if the source spiked (else
     * 0), from the current weights. Every entry of {@code dw} is written. Used by the reward-modulated rules.
     */
    public static void traceStdpDelta(Weights w, TraceRule rule, boolean[] preSpike, boolean[] postSpike,
            float[] preTrace, float[] postTrace, float[] dw) {
        float[] v = w.values();
        if (w instanceof CscWeights c) {
            int[] colPtr = c.colPtr();
            int[] rowIdx = c.rowIdx();
            for (int j = 0; j < c.cols(); j++) {
                for (int e = colPtr[j]; e < colPtr[j + 1]; e++) {
                    dw[e] = stdpDelta(rule, preSpike[rowIdx[e]], postSpike[j], preTrace[rowIdx[e]], postTrace[j], v[e]);
                }
            }
        } else if (((DenseWeights) w).rank() == 1) {
            for (int i = 0; i < v.length; i++) {
                dw[i] = stdpDelta(rule, preSpike[i], postSpike[i], preTrace[i], postTrace[i], v[i]);
            }
        } else {
            int cols = postTrace.length;
            for (int i = 0; i < preTrace.length; i++) {
                int base = i * cols;
                for (int j = 0; j < cols; j++) {
                    dw[base + j] = stdpDelta(rule, preSpike[i], postSpike[j], preTrace[i], postTrace[j], v[base + j]);
                }
            }
        }
    }

    private static float stdpDelta(TraceRule rule, boolean pre, boolean post, float x, float y, float w) {
        float plus = post ? rule.plus(x, w) : 0f;
        float minus = pre ? rule.minus(y, w) : 0f;
        return plus - minus;
    }

    /**
     * One iSTDP step on a matrix or one-to-one weights, no bounds:
     * {@code W += lr * (preSpike ⊗ ((alpha - postTrace) * sign) + preTrace ⊗ postSpike)} in float32. Only
     * weights whose source or destination spiked change; CSC keeps its structure.
     */
    public static void istdp(Weights w, float lr, float alpha, float sign, boolean[] preSpike, boolean[] postSpike,
            float[] preTrace, float[] postTrace) {
        float[] v = w.values();
        if (w instanceof CscWeights c) {
            int[] colPtr = c.colPtr();
            int[] rowIdx = c.rowIdx();
            for (int j = 0; j < c.cols(); j++) {
                for (int e = colPtr[j]; e < colPtr[j + 1]; e++) {
                    int i = rowIdx[e];
                    if (preSpike[i] || postSpike[j]) {
                        v[e] += istdpDelta(lr, alpha, sign, preSpike[i], postSpike[j], preTrace[i], postTrace[j]);
                    }
                }
            }
        } else if (((DenseWeights) w).rank() == 1) {
            for (int i = 0; i < v.length; i++) {
                if (preSpike[i] || postSpike[i]) {
                    v[i] += istdpDelta(lr, alpha, sign, preSpike[i], postSpike[i], preTrace[i], postTrace[i]);
                }
            }
        } else {
            int cols = postTrace.length;
            for (int i = 0; i < preTrace.length; i++) {
                int base = i * cols;
                for (int j = 0; j < cols; j++) {
                    if (preSpike[i] || postSpike[j]) {
                        v[base + j] += istdpDelta(lr, alpha, sign, preSpike[i], postSpike[j], preTrace[i],
                                postTrace[j]);
                    }
                }
            }
        }
    }

    private static float istdpDelta(float lr, float alpha, float sign, boolean pre, boolean post, float x, float y) {
        float a = pre ? (alpha - y) * sign : 0f;
        float b = post ? x : 0f;
        return lr * (a + b);
    }
}
