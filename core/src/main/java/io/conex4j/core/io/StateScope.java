package io.conex4j.core.io;

import java.util.Arrays;
import java.util.Map;

/**
 * The arrays of one object in a saved network, under a name prefix ({@code "exc/2.LIF/"}); reads check the
 * dtype and length and name the archive and the array in their errors.
 */
public final class StateScope {

    private final String source;
    private final String prefix;
    private final Map<String, NpyArray> arrays;

    StateScope(String source, String prefix, Map<String, NpyArray> arrays) {
        this.source = source;
        this.prefix = prefix;
        this.arrays = arrays;
    }

    /** Stores an array under {@code name}. */
    public void put(String name, NpyArray a) {
        arrays.put(prefix + name, a);
    }

    /** Stores a copy of a float array. */
    public void put(String name, float[] a) {
        put(name, NpyArray.of(a.clone()));
    }

    /** Stores a copy of an int array. */
    public void put(String name, int[] a) {
        put(name, NpyArray.of(a.clone()));
    }

    /** Stores a copy of a long array. */
    public void put(String name, long[] a) {
        put(name, NpyArray.of(a.clone()));
    }

    /** Stores a copy of a boolean array. */
    public void put(String name, boolean[] a) {
        put(name, NpyArray.of(a.clone()));
    }

    /** The array {@code name}; an error if it is missing. */
    public NpyArray get(String name) {
        NpyArray a = arrays.get(prefix + name);
        if (a == null) {
            throw new IllegalArgumentException(source + ": array '" + prefix + name + "' is missing");
        }
        return a;
    }

    private NpyArray expect(String name, NpyArray.DType dtype, int length) {
        NpyArray a = get(name);
        if (a.dtype() != dtype || (length >= 0 && a.length() != length)) {
            throw new IllegalArgumentException(source + ": array '" + prefix + name + "' is " + a.dtype().descr() + " "
                    + Arrays.toString(a.shape()) + " but the network needs " + dtype.descr()
                    + (length >= 0 ? " of " + length + " elements" : ""));
        }
        return a;
    }

    /** A float32 array of {@code length} elements ({@code -1}: any), without NaN. */
    public float[] floats(String name, int length) {
        float[] f = expect(name, NpyArray.DType.F4, length).floats();
        for (int i = 0; i < f.length; i++) {
            if (Float.isNaN(f[i])) {
                throw new IllegalArgumentException(source + ": array '" + prefix + name + "' has NaN at index " + i);
            }
        }
        return f;
    }

    /** An int32 array of {@code length} elements ({@code -1}: any). */
    public int[] ints(String name, int length) {
        return expect(name, NpyArray.DType.I4, length).ints();
    }

    /** An int64 array of {@code length} elements ({@code -1}: any). */
    public long[] longs(String name, int length) {
        return expect(name, NpyArray.DType.I8, length).longs();
    }

    /** A bool array of {@code length} elements ({@code -1}: any). */
    public boolean[] bools(String name, int length) {
        return expect(name, NpyArray.DType.B1, length).bools();
    }

    /** An error about {@code name}, naming the archive and the array. */
    public IllegalArgumentException bad(String name, String why) {
        return new IllegalArgumentException(source + ": array '" + prefix + name + "' " + why);
    }
}
