package io.conex4j.core.readout;

import io.conex4j.core.runtime.Check;
import java.util.Arrays;

/**
 * Sums each neuron's responses (spike counts) per class of the samples presented, and counts the samples of each
 * class, for {@link #labels()} to label every neuron with the class it answered most (Diehl and Cook's labelling).
 */
public final class ClassResponses {

    private static final String WHO = "ClassResponses";

    private final int neurons;
    private final int classes;
    private final long[] sums;
    private final long[] samples;

    /**
     * Empty sums for {@code neurons} (&ge; 1) neurons and classes {@code 0 .. classes - 1} ({@code classes} &ge; 1).
     *
     * @throws IllegalArgumentException for a size below 1 or sums that do not fit one array
     */
    public ClassResponses(int neurons, int classes) {
        if (neurons < 1 || classes < 1) {
            throw new IllegalArgumentException(WHO + ": neurons (" + neurons + ") and classes (" + classes
                    + ") must be >= 1");
        }
        long cells = Check.product(neurons, classes);
        Check.arrayLength(WHO, neurons + " neurons x " + classes + " classes", cells);
        Check.fitsInHeap(WHO, "the sums of " + neurons + " neurons x " + classes + " classes", 8 * cells);
        this.neurons = neurons;
        this.classes = classes;
        this.sums = new long[neurons * classes];
        this.samples = new long[classes];
    }

    /** The number of neurons. */
    public int neurons() {
        return neurons;
    }

    /** The number of classes. */
    public int classes() {
        return classes;
    }

    /**
     * Adds one sample's response.
     *
     * @param counts spikes per neuron, one per neuron, each &ge; 0
     * @param label the sample's class, in {@code [0, classes)}
     * @throws IllegalArgumentException for another length, a negative count or a label outside the classes
     */
    public void add(int[] counts, int label) {
        if (counts == null || counts.length != neurons) {
            throw new IllegalArgumentException(WHO + ": " + (counts == null ? "no counts" : counts.length
                    + " counts") + " for " + neurons + " neurons; give one count per neuron");
        }
        if (label < 0 || label >= classes) {
            throw new IllegalArgumentException(WHO + ": label " + label + " is outside the classes [0, " + classes
                    + ")");
        }
        for (int i = 0; i < neurons; i++) {
            if (counts[i] < 0) {
                throw new IllegalArgumentException(WHO + ": count " + counts[i] + " of neuron " + i
                        + " is negative; spike counts are >= 0");
            }
        }
        for (int i = 0; i < neurons; i++) {
            sums[i * classes + label] += counts[i];
        }
        samples[label]++;
    }

    /** Adds a presenter's response; see {@link #add(int[], int)}. */
    public void add(Response r) {
        add(r.counts(), r.label());
    }

    /** The summed spikes of neuron {@code neuron} over the samples of class {@code label}. */
    public long sum(int neuron, int label) {
        return sums[neuron * classes + label];
    }

    /** The number of samples of class {@code label} added. */
    public long samples(int label) {
        return samples[label];
    }

    /** The number of samples added. */
    public long total() {
        long t = 0;
        for (long s : samples) {
            t += s;
        }
        return t;
    }

    /** Forgets every response. */
    public void clear() {
        Arrays.fill(sums, 0);
        Arrays.fill(samples, 0);
    }

    /**
     * Each neuron's label: the class whose samples it answered with the most spikes on average (sum over the
     * class's samples divided by their number; classes without samples do not count), the lowest such class on a
     * tie, {@link NeuronLabels#NONE} for a neuron that never fired.
     */
    public NeuronLabels labels() {
        int[] labels = new int[neurons];
        for (int i = 0; i < neurons; i++) {
            int best = NeuronLabels.NONE;
            double bestRate = 0;
            for (int c = 0; c < classes; c++) {
                if (samples[c] == 0) {
                    continue;
                }
                double rate = (double) sums[i * classes + c] / samples[c];
                if (rate > bestRate) {
                    bestRate = rate;
                    best = c;
                }
            }
            labels[i] = best;
        }
        return new NeuronLabels(labels, classes);
    }
}
