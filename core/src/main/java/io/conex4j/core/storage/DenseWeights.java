package io.conex4j.core.storage;

import java.util.Arrays;

/**
 * A dense float32 tensor of rank 1 to 5, stored flat in row-major order. Shapes follow CoNeX:
 * 1-D one-to-one, 2-D {@code (src, dst)}, 3-D Local2d {@code (outCh, outSize, conn)}, 4-D Conv2d
 * {@code (outCh, inCh, kH, kW)} and 5-D Lateral {@code (1, 1, kD, kH, kW)}. The data array is owned: constructors copy.
 */
public final class DenseWeights implements Weights {

    private final int[] shape;
    private final float[] data;

    /** A tensor of the given shape holding a copy of {@code data} (row-major). */
    public DenseWeights(float[] data, int... shape) {
        this(shape, data.clone(), true);
    }

    private DenseWeights(int[] shape, float[] data, boolean check) {
        long n = checkShape(shape);
        if (n != data.length) {
            throw new IllegalArgumentException("weights: shape " + Arrays.toString(shape) + " holds " + n
                    + " values but " + data.length + " were given");
        }
        this.shape = shape.clone();
        this.data = data;
    }

    /**
     * Checks a dense shape without allocating: rank 1 to 5, every dimension positive, and the element count (the
     * product, computed without overflow) fits one array. Returns the element count.
     */
    public static int checkShape(int... shape) {
        if (shape.length < 1 || shape.length > 5) {
            throw new IllegalArgumentException("weights: rank " + shape.length + " is not supported; allowed: 1 to 5");
        }
        for (int d : shape) {
            if (d <= 0) {
                throw new IllegalArgumentException("weights: shape " + Arrays.toString(shape)
                        + " has a non-positive dimension; every dimension must be >= 1");
            }
        }
        long n = Capacity.product(shape);
        return Capacity.arrayLength("weights", "shape " + Arrays.toString(shape) + " with "
                + (n == Long.MAX_VALUE ? "more than " + Long.MAX_VALUE : String.valueOf(n)) + " elements", n);
    }

    /** A zero tensor of the given shape; checks the shape and the free heap before allocating. */
    public static DenseWeights zeros(int... shape) {
        int n = checkShape(shape);
        Capacity.fitsInHeap("weights", "dense weights of shape " + Arrays.toString(shape), 4L * n, 4, "weights");
        return new DenseWeights(shape, new float[n], true);
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
    public long sizeInBytes() {
        return 4L * data.length;
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
