package io.conex4j.core.runtime;

/**
 * The spike history of a neuron group, read at per-neuron delays (in iterations). Delay 0 is this
 * iteration's spikes (once the axon has run), delay {@code d} the spikes of iteration {@code t - d},
 * false before the first iteration. Valid delays are {@code 0 .. depth()-1}. Besides flags, the history is
 * kept as index lists and as 64-bit words (neuron {@code i} is bit {@code i & 63} of word {@code i >>> 6}),
 * so that readers can pick the cheapest form.
 */
public interface Axon {

    /** How many iterations of history are kept (CoNeX's {@code max_delay}). */
    int depth();

    /** {@code out[i] = spike of neuron i, delays[i] iterations ago}. */
    void read(int[] delays, boolean[] out);

    /** {@code out[i] = spike of neuron i, delay iterations ago}, for one delay shared by all neurons. */
    void read(int delay, boolean[] out);

    /**
     * The indices of the neurons that spiked {@code delay} iterations ago, ascending, into {@code out};
     * returns how many. Kept by the axon, so readers need not scan the whole group. The delay counts from the newest
     * iteration the axon has recorded, so a behavior that may run while the axon records (one that declares
     * {@link DataFlow#readsPrevious} of it and so may share a phase with it on several threads) reads by iteration
     * with {@link #spikesOf} instead.
     */
    int spikingAt(int delay, int[] out);

    /**
     * The indices of the neurons that spiked in iteration {@code iteration}, ascending, into {@code out}; returns
     * how many. In iteration {@code t}, {@code iteration} must be one of the {@link #depth()} before it
     * ({@code t - depth() .. t - 1}); this read may run while the axon records iteration {@code t} on another
     * thread (the axon keeps one iteration more than its depth for it), so a behavior that reads the spikes of
     * earlier iterations this way may share a phase with the axon (see {@link StateKey#history}).
     */
    int spikesOf(long iteration, int[] out);

    /**
     * Reads, without copying, where {@link #spikesOf} of {@code iteration} will start reading, and returns a value
     * read there. A reader on another thread calls it for all its sources before reading any, so that the processor
     * fetches their newest rows from the writer's cache at once instead of one after another. By default nothing
     * is read.
     */
    default long readAheadSpikesOf(long iteration) {
        return 0;
    }

    /** 64-bit words per history row. */
    int wordsPerRow();

    /** The history as bit words, {@link #depth()} rows of {@link #wordsPerRow()}; live array, do not modify. */
    long[] words();

    /** Where the row of the spikes {@code delay} iterations ago starts in {@link #words()}. */
    int wordOffset(int delay);
}
