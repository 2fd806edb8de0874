package io.conex4j.core.behaviors.synapse;

import io.conex4j.core.kernels.Kernels;
import io.conex4j.core.storage.CscWeights;
import io.conex4j.core.storage.DenseWeights;
import io.conex4j.core.storage.Weights;

/**
 * The weight sums that CoNeX's normalizations divide by, by rank: 1-D the total, 2-D one per destination
 * column, 3-D Local2d {@code (outCh, outSize, conn)} one per {@code (outCh, outSize)} (over the last
 * dimension), 4-D Conv2d one per output channel; CSC one per column. A zero sum counts as 1.
 */
final class WeightSums {

    private WeightSums() {
    }

    /** How many sums {@link #compute} produces for {@code w}. */
    static int count(Weights w) {
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

    /** Writes {@code norm / sum} (zero sums counted as 1) for every group into {@code factors}. */
    static void factors(Kernels k, Weights w, float norm, float[] factors) {
        compute(k, w, factors);
        for (int i = 0; i < factors.length; i++) {
            float s = factors[i];
            factors[i] = norm / (s == 0f ? 1f : s);
        }
    }

    /** The raw sums into {@code out}. */
    static void compute(Kernels k, Weights w, float[] out) {
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

    /** Multiplies every weight by the factor of its group. */
    static void scale(Kernels k, Weights w, float[] factors) {
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
}
