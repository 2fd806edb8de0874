package io.conex4j.core.readout;

import java.util.Arrays;

/**
 * A class label for each neuron of a population (or {@link #NONE}), and the vote that classifies a response with
 * them (Diehl and Cook's readout): each class scores the mean spike count of the neurons labelled with it, and the
 * class with the highest score wins, the lowest class on a tie. Made by {@link ClassResponses#labels()} or from
 * given labels.
 */
public final class NeuronLabels {

    /** The label of a neuron that has none (it never fired); such neurons do not vote. */
    public static final int NONE = -1;

    private final int[] labels;
    private final int classes;
    private final int[] members;

    /**
     * Given labels, one per neuron (copied).
     *
     * @param labels each in {@code [0, classes)} or {@link #NONE}
     * @param classes the number of classes, &ge; 1
     * @throws IllegalArgumentException for an empty array, a bad class count or a label outside the classes
     */
    public NeuronLabels(int[] labels, int classes) {
        if (labels == null || labels.length == 0) {
            throw new IllegalArgumentException("NeuronLabels: give one label per neuron, at least one neuron");
        }
        if (classes < 1) {
            throw new IllegalArgumentException("NeuronLabels: classes (" + classes + ") must be >= 1");
        }
        this.labels = labels.clone();
        this.classes = classes;
        this.members = new int[classes];
        for (int i = 0; i < labels.length; i++) {
            int l = labels[i];
            if (l < NONE || l >= classes) {
                throw new IllegalArgumentException("NeuronLabels: label " + l + " of neuron " + i + " is outside [0, "
                        + classes + ") and not NONE (-1)");
            }
            if (l != NONE) {
                members[l]++;
            }
        }
    }

    /** The number of neurons. */
    public int neurons() {
        return labels.length;
    }

    /** The number of classes. */
    public int classes() {
        return classes;
    }

    /** The label of neuron {@code i}, or {@link #NONE}. */
    public int label(int i) {
        return labels[i];
    }

    /** Every neuron's label (a copy). */
    public int[] labels() {
        return labels.clone();
    }

    /** How many neurons carry label {@code c}. */
    public int members(int c) {
        return members[c];
    }

    /**
     * The class of a response: the class whose neurons fired most on average (only classes with labelled neurons
     * compete; the lowest class on a tie), or {@link #NONE} when no labelled neuron fired.
     *
     * @param counts spikes per neuron, one per neuron
     * @throws IllegalArgumentException for another length
     */
    public int classify(int[] counts) {
        if (counts == null || counts.length != labels.length) {
            throw new IllegalArgumentException("NeuronLabels: " + (counts == null ? "no counts" : counts.length
                    + " counts") + " for " + labels.length + " neurons; give one count per neuron");
        }
        long[] sums = new long[classes];
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] != NONE) {
                sums[labels[i]] += counts[i];
            }
        }
        int best = NONE;
        double bestScore = 0;
        for (int c = 0; c < classes; c++) {
            if (members[c] == 0) {
                continue;
            }
            double score = (double) sums[c] / members[c];
            if (score > bestScore) {
                bestScore = score;
                best = c;
            }
        }
        return best;
    }

    @Override
    public String toString() {
        return "NeuronLabels" + Arrays.toString(labels);
    }
}
