package io.conex4j.core.io;

import io.conex4j.core.runtime.StateScope;
import java.util.Arrays;
import java.util.Map;

/**
 * The arrays of one object in a saved network, under a name prefix ({@code "exc/2.LIF/"}); reads check the
 * dtype and length (and that floats are finite) and name the archive and the array in their errors.
 */
final class ArchiveScope implements StateScope {

    private final String source;
    private final String prefix;
    private final Map<String, NpyArray> arrays;

    ArchiveScope(String source, String prefix, Map<String, NpyArray> arrays) {
        this.source = source;
        this.prefix = prefix;
        this.arrays = arrays;
    }

    /** Stores an array under {@code name}. */
    void put(String name, NpyArray a) {
        arrays.put(prefix + name, a);
    }

    @Override
    public void put(String name, float[] a) {
        put(name, NpyArray.of(a.clone()));
    }

    @Override
    public void put(String name, int[] a) {
        put(name, NpyArray.of(a.clone()));
    }

    @Override
    public void put(String name, long[] a) {
        put(name, NpyArray.of(a.clone()));
    }

    @Override
    public void put(String name, double[] a) {
        put(name, NpyArray.of(a.clone()));
    }

    @Override
    public void put(String name, boolean[] a) {
        put(name, NpyArray.of(a.clone()));
    }

    /** The array {@code name}; an error if it is missing. */
    NpyArray get(String name) {
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

    @Override
    public float[] floats(String name, int length) {
        float[] f = expect(name, NpyArray.DType.F4, length).floats();
        for (int i = 0; i < f.length; i++) {
            if (!Float.isFinite(f[i])) {
                throw new IllegalArgumentException(source + ": array '" + prefix + name + "' has " + f[i]
                        + " at index " + i + "; saved state must be finite");
            }
        }
        return f;
    }

    @Override
    public double[] doubles(String name, int length) {
        double[] d = expect(name, NpyArray.DType.F8, length).doubles();
        for (int i = 0; i < d.length; i++) {
            if (!Double.isFinite(d[i])) {
                throw new IllegalArgumentException(source + ": array '" + prefix + name + "' has " + d[i]
                        + " at index " + i + "; saved state must be finite");
            }
        }
        return d;
    }

    @Override
    public int[] ints(String name, int length) {
        return expect(name, NpyArray.DType.I4, length).ints();
    }

    @Override
    public long[] longs(String name, int length) {
        return expect(name, NpyArray.DType.I8, length).longs();
    }

    @Override
    public boolean[] bools(String name, int length) {
        return expect(name, NpyArray.DType.B1, length).bools();
    }

    @Override
    public IllegalArgumentException bad(String name, String why) {
        return new IllegalArgumentException(source + ": array '" + prefix + name + "' " + why);
    }
}
