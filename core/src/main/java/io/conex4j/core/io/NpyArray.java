package io.conex4j.core.io;

import io.conex4j.core.runtime.Check;
import java.util.Arrays;

/**
 * One array in NumPy's {@code .npy} layout: a dtype, a C-order shape and the flat data. Supported dtypes:
 * little-endian float32 ({@code <f4}), float64 ({@code <f8}), int32 ({@code <i4}), int64 ({@code <i8}) and
 * bool ({@code |b1}). The data array is held, not copied.
 *
 * @param dtype the element type
 * @param shape the shape (empty for a scalar)
 * @param data a {@code float[]}, {@code double[]}, {@code int[]}, {@code long[]} or {@code boolean[]}
 */
public record NpyArray(DType dtype, int[] shape, Object data) {

    /** The supported element types with their NumPy descriptors. */
    public enum DType {
        /** {@code <f4}. */
        F4("<f4", 4),
        /** {@code <f8}. */
        F8("<f8", 8),
        /** {@code <i4}. */
        I4("<i4", 4),
        /** {@code <i8}. */
        I8("<i8", 8),
        /** {@code |b1}. */
        B1("|b1", 1);

        private final String descr;
        private final int size;

        DType(String descr, int size) {
            this.descr = descr;
            this.size = size;
        }

        /** NumPy's descriptor string. */
        public String descr() {
            return descr;
        }

        /** Bytes per element. */
        public int size() {
            return size;
        }

        /** The dtype of a descriptor, or an error naming it. */
        public static DType of(String descr) {
            for (DType d : values()) {
                if (d.descr.equals(descr)) {
                    return d;
                }
            }
            throw new IllegalArgumentException("npy: dtype '" + descr + "' is not supported; allowed: <f4, <f8, <i4,"
                    + " <i8, |b1");
        }
    }

    /** Checks that the data matches the dtype and the shape. */
    public NpyArray {
        Check.notNull("NpyArray", "dtype", dtype);
        shape = shape.clone();
        long n = 1;
        for (int d : shape) {
            if (d < 0) {
                throw new IllegalArgumentException("npy: negative dimension in shape " + Arrays.toString(shape));
            }
            n *= d;
        }
        int len = switch (dtype) {
            case F4 -> ((float[]) data).length;
            case F8 -> ((double[]) data).length;
            case I4 -> ((int[]) data).length;
            case I8 -> ((long[]) data).length;
            case B1 -> ((boolean[]) data).length;
        };
        if (len != n) {
            throw new IllegalArgumentException("npy: shape " + Arrays.toString(shape) + " holds " + n + " elements but "
                    + len + " were given");
        }
    }

    /** A float32 array. */
    public static NpyArray of(float[] data, int... shape) {
        return new NpyArray(DType.F4, shape.length == 0 ? new int[] {data.length} : shape, data);
    }

    /** A float64 array. */
    public static NpyArray of(double[] data, int... shape) {
        return new NpyArray(DType.F8, shape.length == 0 ? new int[] {data.length} : shape, data);
    }

    /** An int32 array. */
    public static NpyArray of(int[] data, int... shape) {
        return new NpyArray(DType.I4, shape.length == 0 ? new int[] {data.length} : shape, data);
    }

    /** An int64 array. */
    public static NpyArray of(long[] data, int... shape) {
        return new NpyArray(DType.I8, shape.length == 0 ? new int[] {data.length} : shape, data);
    }

    /** A bool array. */
    public static NpyArray of(boolean[] data, int... shape) {
        return new NpyArray(DType.B1, shape.length == 0 ? new int[] {data.length} : shape, data);
    }

    /** The size of the data in bytes (elements times the dtype's size). */
    public long byteSize() {
        return (long) length() * dtype().size();
    }

    /** The number of elements. */
    public int length() {
        int n = 1;
        for (int d : shape) {
            n *= d;
        }
        return n;
    }

    /** The data as float[] (float32 only). */
    public float[] floats() {
        return (float[]) expect(DType.F4);
    }

    /** The data as int[] (int32 only). */
    public int[] ints() {
        return (int[]) expect(DType.I4);
    }

    /** The data as long[] (int64 only). */
    public long[] longs() {
        return (long[]) expect(DType.I8);
    }

    /** The data as double[] (float64 only). */
    public double[] doubles() {
        return (double[]) expect(DType.F8);
    }

    /** The data as boolean[] (bool only). */
    public boolean[] bools() {
        return (boolean[]) expect(DType.B1);
    }

    private Object expect(DType d) {
        if (dtype != d) {
            throw new IllegalArgumentException("npy: array is " + dtype.descr() + ", not " + d.descr());
        }
        return data;
    }

    @Override
    public String toString() {
        return "NpyArray(" + dtype.descr() + ", " + Arrays.toString(shape) + ")";
    }
}
