package io.conex4j.core.recording;

/** Buffer lengths of the recorders: a small start, then doubling up to a bound (amortized O(1) per element). */
final class Growth {

    /** The longest Java array that every JVM allocates. */
    static final int MAX_LENGTH = Integer.MAX_VALUE - 8;

    /** The first buffer length for at most {@code bound} elements. */
    static final int INITIAL = 1024;

    private Growth() {
    }

    /** The first length for a recorder that keeps at most {@code bound} elements. */
    static int initial(int bound) {
        return Math.min(INITIAL, bound);
    }

    /**
     * The length to grow {@code current} to so that it holds {@code needed} elements: at least double, at most
     * {@code bound}. Less than {@code needed} when {@code needed} exceeds {@code bound}.
     */
    static int next(int current, long needed, int bound) {
        long doubled = Math.max(needed, 2L * Math.max(current, 1));
        return (int) Math.min(bound, doubled);
    }
}
