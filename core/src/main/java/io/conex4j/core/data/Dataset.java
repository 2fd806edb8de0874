package io.conex4j.core.data;

/**
 * A numbered collection of samples, each with an optional label, that a dataset input presents one after another:
 * an {@link ImageDataset} (intensities that an encoder turns into spikes) or a {@link SpikeDataset} (spike
 * tensors shown as they are). CoNeX's counterpart is the PyTorch dataloader that {@code SpikeNdDataset} reads.
 * Implementations must answer the same for the same index every time (a restored network reads the current sample
 * again).
 */
public interface Dataset {

    /** The label of a sample that has none. */
    int UNLABELED = -1;

    /** The number of samples, at least 1 for a dataset input. */
    int size();

    /**
     * The label of sample {@code index} (a class number, &gt;= 0), or {@link #UNLABELED}; unlabeled by default.
     *
     * @param index in {@code [0, size())}
     */
    default int label(int index) {
        return UNLABELED;
    }
}
