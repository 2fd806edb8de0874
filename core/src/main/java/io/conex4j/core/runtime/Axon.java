package io.conex4j.core.runtime;

/**
 * The spike history of a neuron group, read at per-neuron delays (in iterations). Delay 0 is this
 * iteration's spikes (once the axon has run), delay {@code d} the spikes of iteration {@code t - d},
 * false before the first iteration. Valid delays are {@code 0 .. depth()-1}.
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
     * returns how many. Kept by the axon, so readers need not scan the whole group.
     */
    int spikingAt(int delay, int[] out);
}
