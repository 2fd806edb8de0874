package io.conex4j.core.storage;

import java.util.Arrays;

/**
 * A dense float32 tensor of rank 1 to 4, stored flat in row-major order. Shapes follow CoNeX:
 * 1-D one-to-one, 2-D {@code (src, dst)}, 3-D Local2d {@code (outCh, outSize, conn)} and 4-D Conv2d
 * {@code (outCh, inCh, kH, kW)}. The data array is owned: constructors copy.
 */
public final class DenseWeights implements Weights {

    private final int[] shape;
    private final float[] data;

    /** A tensor of the given shape holding a copy of {@code data} (row-major). */
    public DenseWeights(float[] data, int... shape) {
        this(shape, data.clone(), true);
    }

    private DenseWeights(int[] shape, float[] data, boolean check) {
        if (shape.length < 1 || shape.length > 4) {
            throw new IllegalArgumentException("weights: rank " + shape.length + " is not supported; allowed: 1 to 4");
        }
        long n = 1;
        for (int d : shape) {
            if (d <= 0) {
                throw new IllegalArgumentException("weights: shape " + Arrays.toString(shape)
                        + " has a non-positive dimension");
            }
            n *= d;
        }
        if (n != data.length) {
            throw new IllegalArgumentException("weights: shape " + Arrays.toString(shape) + " holds " + n
                    + " values but " + data.length + " were given");
        }
        this.shape = shape.clone();
        this.data = data;
    }

    /** A zero tensor of the given shape. */
    public static DenseWeights zeros(int... shape) {
        long n = 1;
        for (int d : shape) {
            n *= d;
        }
        if (n > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("weights: shape " + Arrays.toString(shape) + " has " + n
                    + " elements; at most " + (Integer.MAX_VALUE - 8) + " fit in one array");
        }
        return new DenseWeights(shape, new float[(int) Math.max(n, 0)], true);
    }

    /** Wraps {@code data} without copying; the caller gives up the array. */
    public static DenseWeights wrap(float[] data, int... shape) {
        return new DenseWeights(shape, data, true);
    }

    @Override
    public int[] shape() {
        return shape.clone();
    }

    /** The rank (number of dimensions). */
    public int rank() {
        return shape.length;
    }

    /** Size of dimension {@code d}. */
    public int dim(int d) {
        return shape[d];
    }

    @Override
    public float[] values() {
        return data;
    }

    /** Element {@code (i, j)} of a 2-D tensor. */
    public float get(int i, int j) {
        return data[i * shape[1] + j];
    }

    @Override
    public DenseWeights copy() {
        return new DenseWeights(shape, data.clone(), false);
    }

    @Override
    public String toString() {
        return "DenseWeights" + Arrays.toString(shape);
    }
}
