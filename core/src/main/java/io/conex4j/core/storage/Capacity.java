package io.conex4j.core.storage;

/**
 * Whether a size fits one Java array and whether an allocation fits the free heap, checked before the
 * allocation, so that a too large network fails with a message naming the size and what would fit instead of
 * a {@link NegativeArraySizeException} or an {@link OutOfMemoryError}. {@code io.conex4j.core.runtime.Check}
 * offers the same checks next to the value checks; this class is their home below the runtime.
 */
public final class Capacity {

    /** The largest array length every JVM allocates ({@code Integer.MAX_VALUE - 8}). */
    public static final int MAX_ARRAY_LENGTH = Integer.MAX_VALUE - 8;

    /** Below this many bytes {@link #fitsInHeap} does not look at the heap (small arrays are left to the JVM). */
    public static final long HEAP_CHECK_THRESHOLD = 16L << 20;

    private Capacity() {
    }

    /**
     * {@code length} elements must fit one Java array: {@code 0 <= length <= } {@link #MAX_ARRAY_LENGTH}.
     *
     * @param what what is counted, as in messages, e.g. {@code "size 1 x 100000 x 100000 = 10000000000 neurons"}
     * @return the length as an int
     */
    public static int arrayLength(String who, String what, long length) {
        if (length < 0) {
            throw new IllegalArgumentException(who + ": " + what + " (" + length + ") must be >= 0");
        }
        if (length > MAX_ARRAY_LENGTH) {
            throw new IllegalArgumentException(who + ": " + what + " is more than one Java array holds; at most "
                    + MAX_ARRAY_LENGTH + " fit");
        }
        return (int) length;
    }

    /** The product of non-negative {@code dims}, saturating at {@code Long.MAX_VALUE} instead of overflowing. */
    public static long product(long... dims) {
        long n = 1;
        for (long d : dims) {
            if (d < 0) {
                throw new IllegalArgumentException("product: dimension " + d + " must be >= 0");
            }
            if (d != 0 && n > Long.MAX_VALUE / d) {
                return Long.MAX_VALUE;
            }
            n *= d;
        }
        return n;
    }

    /** The product of int dimensions (each &ge; 0), saturating; see {@link #product(long...)}. */
    public static long product(int... dims) {
        long[] l = new long[dims.length];
        for (int i = 0; i < dims.length; i++) {
            l[i] = dims[i];
        }
        return product(l);
    }

    /**
     * {@code bytes} must fit the heap that is still free ({@code Runtime.maxMemory()} minus what is in use).
     * Requests of at most {@link #HEAP_CHECK_THRESHOLD} bytes are not checked. When a request does not fit, the
     * garbage is collected once and the heap measured again before the request is refused, so that garbage does
     * not make a request fail that would fit.
     *
     * @param what what is allocated, as in messages, e.g. {@code "the weights of 4000 x 4000 synapses"}
     * @throws IllegalArgumentException naming the bytes needed, the bytes free, the maximum heap and the -Xmx hint
     */
    public static void fitsInHeap(String who, String what, long bytes) {
        fitsInHeap(who, what, bytes, 0, null);
    }

    /**
     * As {@link #fitsInHeap(String, String, long)} for {@code bytes} made of units of {@code bytesPerUnit} bytes
     * (neurons, weights, entries): the message also says about how many {@code unit} would fit.
     */
    public static void fitsInHeap(String who, String what, long bytes, long bytesPerUnit, String unit) {
        if (bytes <= HEAP_CHECK_THRESHOLD) {
            return;
        }
        Runtime rt = Runtime.getRuntime();
        long max = rt.maxMemory();
        if (max == Long.MAX_VALUE) {
            return; // the JVM knows no limit
        }
        long free = max - (rt.totalMemory() - rt.freeMemory());
        if (bytes <= free) {
            return;
        }
        System.gc(); // only on the way to a refusal
        free = Math.max(0, max - (rt.totalMemory() - rt.freeMemory()));
        if (bytes <= free) {
            return;
        }
        throw new IllegalArgumentException(who + ": " + what + " would take " + mib(bytes) + " (" + bytes
                + " bytes) but only " + mib(free) + " of the heap are free (maximum heap " + mib(max) + ")"
                + (bytesPerUnit > 0 ? "; about " + free / bytesPerUnit + " " + unit + " would fit" : "")
                + "; give the JVM more heap (-Xmx" + suggestXmx(bytes + (max - free)) + " or more) or make it"
                + " smaller");
    }

    private static String mib(long bytes) {
        return (bytes >> 20) + " MiB";
    }

    /** A -Xmx value in whole GiB holding {@code bytes} and a quarter more. */
    private static String suggestXmx(long bytes) {
        long withSlack = bytes > Long.MAX_VALUE / 2 ? bytes : bytes + bytes / 4;
        return Math.max(1, (withSlack >> 30) + 1) + "g";
    }
}
