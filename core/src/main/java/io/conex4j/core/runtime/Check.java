package io.conex4j.core.runtime;

import io.conex4j.core.storage.Capacity;

/**
 * Argument checks that produce messages naming the owner, the parameter, the value and what is allowed. Values
 * are checked as they are stored: a double that is finite but overflows float32 (1e39), or a positive one that
 * rounds to 0 (1e-50), is rejected.
 */
public final class Check {

    private Check() {
    }

    /**
     * {@code value} must not be null; returns it.
     *
     * @throws IllegalArgumentException naming {@code who} and {@code param} if it is null
     */
    public static <T> T notNull(String who, String param, T value) {
        if (value == null) {
            throw new IllegalArgumentException(who + ": " + param + " must not be null");
        }
        return value;
    }

    /** {@code value} must be finite. */
    public static float finite(String who, String param, double value) {
        float f = (float) value;
        if (!Float.isFinite(f)) {
            throw new IllegalArgumentException(who + ": " + param + " (" + value + ") must be finite"
                    + (Double.isFinite(value) ? " as a float32 (|value| <= " + Float.MAX_VALUE + ")" : ""));
        }
        return f;
    }

    /** {@code value} must be finite and &gt; 0. */
    public static float positive(String who, String param, double value) {
        float f = (float) value;
        if (!(f >= Float.MIN_NORMAL) || !Float.isFinite(f)) {
            throw new IllegalArgumentException(who + ": " + param + " (" + value + ") must be finite and > 0"
                    + (value > 0 && Double.isFinite(value) ? " as a float32 (" + Float.MIN_NORMAL + " to "
                            + Float.MAX_VALUE + ")" : ""));
        }
        return f;
    }

    /** {@code value} must be finite and &ge; 0. */
    public static float nonNegative(String who, String param, double value) {
        float f = (float) value;
        if (!(value >= 0) || !Float.isFinite(f)) {
            throw new IllegalArgumentException(who + ": " + param + " (" + value + ") must be finite and >= 0"
                    + (value >= 0 && Double.isFinite(value) ? " as a float32 (<= " + Float.MAX_VALUE + ")" : ""));
        }
        return f;
    }

    /** {@code value} must lie in [lo, hi]. */
    public static double inRange(String who, String param, double value, double lo, double hi) {
        if (!(value >= lo && value <= hi)) {
            throw new IllegalArgumentException(who + ": " + param + " (" + value + ") must be in [" + lo + ", " + hi + "]");
        }
        return value;
    }

    /** Every element of {@code a} must be finite. */
    public static void allFinite(String who, String param, float[] a) {
        for (int i = 0; i < a.length; i++) {
            if (!Float.isFinite(a[i])) {
                throw new IllegalArgumentException(who + ": " + param + " has " + a[i] + " at index " + i
                        + "; every value must be finite");
            }
        }
    }

    /** The largest array length every JVM allocates ({@code Integer.MAX_VALUE - 8}). */
    public static final int MAX_ARRAY_LENGTH = Capacity.MAX_ARRAY_LENGTH;

    /**
     * {@code length} elements must fit one Java array (0 to {@link #MAX_ARRAY_LENGTH}); returns it as an int.
     *
     * @param what what is counted, as in messages, e.g. {@code "size 1 x 100000 x 100000 = 10000000000 neurons"}
     */
    public static int arrayLength(String who, String what, long length) {
        return Capacity.arrayLength(who, what, length);
    }

    /** The product of non-negative {@code dims}, saturating at {@code Long.MAX_VALUE} instead of overflowing. */
    public static long product(long... dims) {
        return Capacity.product(dims);
    }

    /**
     * {@code bytes} must fit the heap that is still free ({@code Runtime.getRuntime().maxMemory()} minus what is
     * in use); call it before a big allocation, so that it fails with a message instead of an
     * {@link OutOfMemoryError}. Requests of at most 16 MiB are not checked; see {@link Capacity#fitsInHeap}.
     *
     * @param what what is allocated, as in messages, e.g. {@code "the weights of 4000 x 4000 synapses"}
     * @throws IllegalArgumentException naming the bytes needed, the bytes free, the maximum heap and the -Xmx hint
     */
    public static void fitsInHeap(String who, String what, long bytes) {
        Capacity.fitsInHeap(who, what, bytes);
    }

    /** As {@link #fitsInHeap(String, String, long)}, also saying about how many {@code unit}s would fit. */
    public static void fitsInHeap(String who, String what, long bytes, long bytesPerUnit, String unit) {
        Capacity.fitsInHeap(who, what, bytes, bytesPerUnit, unit);
    }

    /** {@code lo < hi}, both finite. */
    public static void interval(String who, String loName, double lo, String hiName, double hi) {
        float l = finite(who, loName, lo);
        float h = finite(who, hiName, hi);
        if (!(l < h)) {
            throw new IllegalArgumentException(who + ": " + loName + " (" + lo + ") must be < " + hiName + " (" + hi + ")"
                    + (lo < hi ? " as float32" : ""));
        }
    }
}
