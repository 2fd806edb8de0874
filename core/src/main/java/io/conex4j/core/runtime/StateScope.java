package io.conex4j.core.runtime;

/**
 * Where a {@link Stateful} behavior writes and reads its own arrays, by name, in a saved network. Reads check
 * the length (and, for floats, that every value is finite) and fail naming the archive and the array.
 */
public interface StateScope {

    /** Stores a copy of a float array. */
    void put(String name, float[] a);

    /** Stores a copy of an int array. */
    void put(String name, int[] a);

    /** Stores a copy of a long array. */
    void put(String name, long[] a);

    /** Stores a copy of a boolean array. */
    void put(String name, boolean[] a);

    /** Stores a copy of a double array (for values kept in double, such as a decaying rate). */
    void put(String name, double[] a);

    /** A float64 array of {@code length} elements ({@code -1}: any), every value finite. */
    double[] doubles(String name, int length);

    /** A float32 array of {@code length} elements ({@code -1}: any), every value finite. */
    float[] floats(String name, int length);

    /** An int32 array of {@code length} elements ({@code -1}: any). */
    int[] ints(String name, int length);

    /** An int64 array of {@code length} elements ({@code -1}: any). */
    long[] longs(String name, int length);

    /** A bool array of {@code length} elements ({@code -1}: any). */
    boolean[] bools(String name, int length);

    /** An error about array {@code name}, naming the archive and the array. */
    IllegalArgumentException bad(String name, String why);
}
