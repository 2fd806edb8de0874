package io.conex4j.core.readout;

/**
 * The accuracy of a population while it learns, as Diehl and Cook report it during training: responses are taken in
 * blocks of {@code window} samples; the neurons are labelled from the responses of each finished block, and every
 * response of the next block is classified with those labels before it joins the sums. {@link #accuracy()} is the
 * share right among the last {@code window} classified samples (none in the first block).
 */
public final class RunningAccuracy {

    private final ClassResponses block;
    private final int window;
    private final boolean[] ring;
    private int filled;
    private int next;
    private int rightInRing;
    private long inBlock;
    private NeuronLabels labels;

    /**
     * @param neurons the population's size, &ge; 1
     * @param classes the number of classes, &ge; 1
     * @param window samples per block, &ge; 1
     * @throws IllegalArgumentException for a value below 1
     */
    public RunningAccuracy(int neurons, int classes, int window) {
        if (window < 1) {
            throw new IllegalArgumentException("RunningAccuracy: window (" + window + ") must be >= 1 sample");
        }
        this.block = new ClassResponses(neurons, classes);
        this.window = window;
        this.ring = new boolean[window];
    }

    /**
     * Adds a response: classifies it with the labels of the last finished block (if any), then adds it to the
     * current block, and labels the neurons anew when the block is full.
     *
     * @return the predicted class, or {@link NeuronLabels#NONE} (no labels yet, or no labelled neuron fired)
     * @throws IllegalArgumentException as {@link ClassResponses#add(int[], int)}
     */
    public int add(int[] counts, int label) {
        block.add(counts, label);
        int predicted = NeuronLabels.NONE;
        if (labels != null) {
            predicted = labels.classify(counts);
            boolean right = predicted == label;
            if (filled == window && ring[next]) {
                rightInRing--;
            }
            ring[next] = right;
            if (right) {
                rightInRing++;
            }
            next = (next + 1) % window;
            filled = Math.min(window, filled + 1);
        }
        if (++inBlock == window) {
            labels = block.labels();
            block.clear();
            inBlock = 0;
        }
        return predicted;
    }

    /** Adds a presenter's response; see {@link #add(int[], int)}. */
    public int add(Response r) {
        return add(r.counts(), r.label());
    }

    /** The share right among the last {@code window} classified samples; NaN before the first. */
    public double accuracy() {
        return filled == 0 ? Double.NaN : (double) rightInRing / filled;
    }

    /** The labels of the last finished block, or null during the first. */
    public NeuronLabels labels() {
        return labels;
    }
}
