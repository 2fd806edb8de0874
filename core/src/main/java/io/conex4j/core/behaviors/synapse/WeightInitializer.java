package io.conex4j.core.behaviors.synapse;

import io.conex4j.core.random.RandomSource;
import io.conex4j.core.runtime.Behavior;
import io.conex4j.core.runtime.Check;
import io.conex4j.core.runtime.DataFlow;
import io.conex4j.core.runtime.Fill;
import io.conex4j.core.runtime.Priorities;
import io.conex4j.core.runtime.SynapseGroup;
import io.conex4j.core.storage.CscBuilder;
import io.conex4j.core.storage.CscWeights;
import io.conex4j.core.storage.DenseWeights;
import io.conex4j.core.storage.WeightOps;
import io.conex4j.core.storage.Weights;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * CoNeX's WeightInitializer: creates the synapse weights (unitless) at initialize.
 *
 * <ul>
 *   <li><b>Dense</b> ({@code density == 1} or {@code trueSparsity(false)}): base values from the mode,
 *       then a density mask ({@code uniform <= density}, drawn after the base values), then the function,
 *       then {@code * scale}, then {@code + offset} (which also lands on masked zeros, as in CoNeX).</li>
 *   <li><b>True sparse</b>: exactly {@code floor(rows * cols * density)} distinct positions drawn without
 *       replacement, one value per position in draw order, stored as CSC; function, scale and offset
 *       apply to the stored values only, so the function must map 0 to 0.</li>
 *   <li><b>Explicit</b> weights are copied (never aliased) and used as given: mode, function, scale and
 *       offset do not apply, as in CoNeX. Explicit CSC weights also get their source/destination indices.</li>
 * </ul>
 */
public final class WeightInitializer extends Behavior<SynapseGroup> {

    private static final String WHO = "WeightInitializer";
    /** Heap needed per non-zero while sparse weights are built from their positions. */
    private static final int SPARSE_BYTES_PER_NONZERO = 28;

    private final Fill mode;
    private final float scale;
    private final float offset;
    private final WeightFunction function;
    private final double density;
    private final boolean trueSparsity;
    private final int[] weightShape;
    private final int[] kernelShape;
    private final Weights explicit;

    private WeightInitializer(Builder b) {
        super(b.priority);
        this.mode = b.mode;
        this.scale = b.scale;
        this.offset = b.offset;
        this.function = b.function;
        this.density = b.density;
        this.trueSparsity = b.trueSparsity;
        this.weightShape = b.weightShape;
        this.kernelShape = b.kernelShape;
        this.explicit = b.explicit;
    }

    /** A builder with CoNeX's defaults: scale 1, offset 0, density 1, true sparsity on. */
    public static Builder builder() {
        return new Builder();
    }

    /** Weights filled by {@code mode} (a {@link Fill}, a number or a CoNeX mode string). */
    public static Builder mode(Object mode) {
        return new Builder().mode(mode);
    }

    /** Explicit weights (dense of any supported rank, or CSC); copied at construction. */
    public static WeightInitializer explicit(Weights weights) {
        return new Builder().weights(weights).build();
    }

    /**
     * The mode (as its description), scale, offset, density, trueSparsity and whether a function is given; the
     * shapes when given; for explicit weights their layout and shape ({@code "explicit dense [3, 2]"}), not the
     * values.
     */
    @Override
    public Map<String, Object> parameters() {
        Map<String, Object> m = new LinkedHashMap<>();
        if (explicit != null) {
            m.put("weights", "explicit " + WeightOps.describe(explicit));
        } else {
            m.put("mode", mode.toString());
            m.put("scale", (double) scale);
            m.put("offset", (double) offset);
            m.put("density", density);
            m.put("trueSparsity", trueSparsity);
            m.put("function", function != null);
            if (weightShape != null) {
                m.put("weightShape", Arrays.toString(weightShape));
            }
        }
        if (kernelShape != null) {
            m.put("kernelShape", Arrays.toString(kernelShape));
        }
        return m;
    }

    @Override
    public void declare(SynapseGroup s, DataFlow flow) {
        flow.creates(s, SynapseGroup.WEIGHTS);
        if (kernelShape != null) {
            flow.creates(s, SynapseGroup.KERNEL_SHAPE);
        }
    }

    @Override
    public void initialize(SynapseGroup s) {
        Weights w;
        if (explicit != null) {
            checkExplicitShape(s, explicit);
            Check.fitsInHeap(WHO + " on synapses " + s.name(), "a copy of the explicit weights ("
                    + WeightOps.describe(explicit) + ")", explicit.sizeInBytes());
            w = explicit.copy();
        } else if (mode == null) {
            throw new IllegalStateException(WHO + " on synapses " + s.name()
                    + ": neither a mode nor explicit weights were given");
        } else if (!trueSparsity || density == 1) {
            w = dense(s);
        } else {
            w = sparse(s);
        }
        s.put(SynapseGroup.WEIGHTS, w);
        if (kernelShape != null) {
            s.put(SynapseGroup.KERNEL_SHAPE, kernelShape.clone());
        }
    }

    private DenseWeights dense(SynapseGroup s) {
        int[] shape = weightShape != null ? weightShape : s.matrixShape();
        String who = WHO + " on synapses " + s.name();
        int n;
        if (weightShape == null) {
            n = checkMatrixSize(s);
        } else {
            checkShape(s, shape);
            n = DenseWeights.checkShape(shape);
        }
        // the weights, and as many mask draws when density < 1
        long perWeight = density < 1 ? 8 : 4;
        Check.fitsInHeap(who, "dense weights of shape " + Arrays.toString(shape)
                + (density < 1 ? " with their density mask" : ""), perWeight * n, perWeight, "weights");
        DenseWeights w = DenseWeights.zeros(shape);
        float[] v = w.values();
        RandomSource rng = s.network().random();
        mode.fill(v, 0, v.length, rng);
        if (density < 1) {
            float[] mask = new float[v.length];
            rng.uniform(mask, 0, mask.length);
            float d = (float) density;
            for (int i = 0; i < v.length; i++) {
                v[i] = mask[i] <= d ? v[i] : v[i] * 0f;
            }
        } else {
            rng.discardUniform(v.length);
        }
        applyFunctionScaleOffset(v);
        Check.allFinite(WHO + " on synapses " + s.name(), "the initialized weights", v);
        return w;
    }

    private CscWeights sparse(SynapseGroup s) {
        int rows = s.src().size();
        int cols = s.dst().size();
        if (weightShape != null && !Arrays.equals(weightShape, new int[] {rows, cols})) {
            throw new IllegalArgumentException(WHO + " on synapses " + s.name() + ": weightShape "
                    + Arrays.toString(weightShape) + " cannot be true-sparse; sparse weights are 2-D [" + rows + ", "
                    + cols + "] (use trueSparsity(false) for other shapes)");
        }
        if (function != null && function.apply(0f) != 0f) {
            throw new IllegalArgumentException(WHO + " on synapses " + s.name() + ": function maps 0 to "
                    + function.apply(0f) + "; on sparse weights it must map 0 to 0 (implicit zeros stay zero)");
        }
        long population = (long) rows * cols;
        double exact = (double) population * density;
        String who = WHO + " on synapses " + s.name();
        if (exact > Check.MAX_ARRAY_LENGTH) {
            throw new IllegalArgumentException(who + ": density (" + density + ") of " + rows + " x " + cols
                    + " synapses gives " + (long) exact + " non-zeros, more than one Java array holds; at most "
                    + Check.MAX_ARRAY_LENGTH + " fit (density <= " + (double) Check.MAX_ARRAY_LENGTH / population
                    + " for these groups)");
        }
        int nnz = (int) exact;
        RandomSource rng = s.network().random();
        // the peak of two phases: sampling (the positions and the sampler's own memory), then building (the
        // positions and values, the CSC rows and values, then its row index: 28 bytes per non-zero)
        long sampling = 8L * nnz + rng.sampleWorkingBytes(population, nnz);
        long building = (long) SPARSE_BYTES_PER_NONZERO * nnz;
        long bytes = Math.max(sampling, building) + 4L * (rows + cols + 2);
        Check.fitsInHeap(who, "sparse weights with " + nnz + " non-zeros (density " + density + " of " + rows
                + " x " + cols + ")", bytes, Math.max(1, (bytes + nnz - 1) / Math.max(1, nnz)), "non-zeros");
        long[] positions = rng.sample(population, nnz);
        float[] values = new float[nnz];
        mode.fill(values, 0, nnz, rng);
        CscWeights w = CscBuilder.fromPositions(rows, cols, positions, values);
        applyFunctionScaleOffset(w.values());
        Check.allFinite(WHO + " on synapses " + s.name(), "the initialized weights", w.values());
        return w;
    }

    private void applyFunctionScaleOffset(float[] v) {
        if (function != null) {
            for (int i = 0; i < v.length; i++) {
                v[i] = function.apply(v[i]);
            }
        }
        if (scale != 1f) {
            for (int i = 0; i < v.length; i++) {
                v[i] *= scale;
            }
        }
        if (offset != 0f) {
            for (int i = 0; i < v.length; i++) {
                v[i] += offset;
            }
        }
    }

    private static int checkMatrixSize(SynapseGroup s) {
        long n = (long) s.src().size() * s.dst().size();
        if (n > Check.MAX_ARRAY_LENGTH) {
            throw new IllegalArgumentException(WHO + " on synapses " + s.name() + ": a dense " + s.src().size() + " x "
                    + s.dst().size() + " matrix has " + n + " weights, more than one Java array holds; at most "
                    + Check.MAX_ARRAY_LENGTH + " fit; use a density < 1 (true-sparse weights)");
        }
        return (int) n;
    }

    /** Checks that explicit weights fit the groups they connect. */
    static void checkExplicitShape(SynapseGroup s, Weights w) {
        checkShape(s, w.shape());
    }

    /** Checks that weights of {@code shape} fit the groups they connect. */
    private static void checkShape(SynapseGroup s, int[] shape) {
        int src = s.src().size();
        int dst = s.dst().size();
        String got = Arrays.toString(shape);
        String where = WHO + " on synapses " + s.name() + ": weights of shape " + got;
        switch (shape.length) {
            case 1 -> {
                if (shape[0] != dst || src != dst) {
                    throw new IllegalArgumentException(where + " must be one-to-one: [" + dst
                            + "] with equal source and destination sizes (source " + src + ", destination " + dst + ")");
                }
            }
            case 2 -> {
                if (shape[0] != src || shape[1] != dst) {
                    throw new IllegalArgumentException(where + " do not match [source, destination] = [" + src + ", "
                            + dst + "]");
                }
            }
            case 3 -> {
                if ((long) shape[0] * shape[1] != dst) {
                    throw new IllegalArgumentException(where + " (Local2d: outCh, outSize, conn) need outCh*outSize = "
                            + "destination size " + dst);
                }
            }
            case 4 -> {
                if (dst % shape[0] != 0 || src % shape[1] != 0) {
                    throw new IllegalArgumentException(where + " (Conv2d: outCh, inCh, kH, kW) need outCh to divide "
                            + "the destination size " + dst + " and inCh to divide the source size " + src);
                }
            }
            case 5 -> {
                if (shape[0] != 1 || shape[1] != 1 || src != dst) {
                    throw new IllegalArgumentException(where + " (Lateral: 1, 1, kD, kH, kW) need the leading"
                            + " dimensions 1 and equal source and destination sizes (source " + src + ", destination "
                            + dst + ")");
                }
            }
            default -> throw new IllegalArgumentException(where + " have an unsupported rank; allowed: 1 to 5");
        }
    }

    /** Collects and checks the parameters of a {@link WeightInitializer}. Each value is checked as it is given. */
    public static final class Builder {
        private int priority = Priorities.WEIGHT_INIT;
        private Fill mode;
        private float scale = 1f;
        private float offset = 0f;
        private WeightFunction function;
        private double density = 1;
        private boolean trueSparsity = true;
        private int[] weightShape;
        private int[] kernelShape;
        private Weights explicit;

        private Builder() {
        }

        /** The base values: a {@link Fill}, a number or a CoNeX mode string. */
        public Builder mode(Object m) {
            this.mode = Fill.of(Check.notNull("WeightInitializer", "mode", m));
            return this;
        }

        /** Multiplies every generated weight (float32). */
        public Builder scale(double s) {
            this.scale = Check.finite(WHO, "scale", s);
            return this;
        }

        /** Added to every generated (stored) weight after the scale (float32). */
        public Builder offset(double o) {
            this.offset = Check.finite(WHO, "offset", o);
            return this;
        }

        /** Element-wise function applied after the density mask, before the scale. */
        public Builder function(WeightFunction f) {
            this.function = Check.notNull("WeightInitializer", "function", f);
            return this;
        }

        /** Fraction of non-zero weights, in [0, 1]. */
        public Builder density(double d) {
            this.density = Check.inRange(WHO, "density", d, 0, 1);
            return this;
        }

        /** With false, density masks a dense matrix instead of producing CSC weights. */
        public Builder trueSparsity(boolean on) {
            this.trueSparsity = on;
            return this;
        }

        /** Shape of dense weights (rank 1 to 5, at most one array of elements); default {@code [src.size, dst.size]}. */
        public Builder weightShape(int... shape) {
            if (shape.length < 1 || shape.length > 5) {
                throw new IllegalArgumentException(WHO + ": weightShape " + Arrays.toString(shape)
                        + " must have 1 to 5 dimensions");
            }
            for (int d : shape) {
                if (d <= 0) {
                    throw new IllegalArgumentException(WHO + ": weightShape " + Arrays.toString(shape)
                            + " must be positive in every dimension");
                }
            }
            try {
                DenseWeights.checkShape(shape);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(WHO + ": weightShape " + Arrays.toString(shape) + ": "
                        + e.getMessage(), e);
            }
            this.weightShape = shape.clone();
            return this;
        }

        /** Kernel shape kept on the synapse for convolutional and local dendrites. */
        public Builder kernelShape(int... shape) {
            for (int d : shape) {
                if (d <= 0) {
                    throw new IllegalArgumentException(WHO + ": kernelShape " + Arrays.toString(shape)
                            + " must be positive in every dimension");
                }
            }
            this.kernelShape = shape.clone();
            return this;
        }

        /** Explicit weights, copied now; mode, function, scale and offset then do not apply. */
        public Builder weights(Weights w) {
            Check.notNull("WeightInitializer", "weights", w);
            Check.allFinite(WHO, "weights", w.values());
            this.explicit = w.copy();
            return this;
        }

        /** Explicit dense weights from a flat row-major array and its shape; copied now. */
        public Builder weights(float[] data, int... shape) {
            return weights(new DenseWeights(data, shape));
        }

        /** Runs at another priority. */
        public Builder priority(int p) {
            this.priority = p;
            return this;
        }

        /** The immutable initializer. */
        public WeightInitializer build() {
            if (mode == null && explicit == null) {
                throw new IllegalArgumentException(WHO + ": give a mode or explicit weights");
            }
            return new WeightInitializer(this);
        }
    }
}
