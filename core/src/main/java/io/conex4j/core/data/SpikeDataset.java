package io.conex4j.core.data;

/**
 * A dataset of spike tensors, shown as they are: sample {@code index} is {@code spikes[t][i]}, whether neuron
 * {@code i} spikes at step {@code t} of the instance (rows are steps, at most the instance duration; each row as
 * long as the group is large). CoNeX passes such tensors (already encoded) through {@code SpikeNdDataset}.
 */
public interface SpikeDataset extends Dataset {

    /**
     * The spike tensor of sample {@code index}; the caller does not modify it.
     *
     * @param index in {@code [0, size())}
     */
    boolean[][] spikes(int index);

    /**
     * Labeled spike tensors held in memory (copied; every row of every sample the same length, labels &gt;= 0;
     * {@code labels} may be null for unlabeled samples).
     *
     * @throws IllegalArgumentException naming the sample, row or label that is missing or out of range
     */
    static SpikeDataset of(boolean[][][] samples, int[] labels) {
        return new InMemorySpikes(samples, labels);
    }
}
