package io.conex4j.core.readout;

import io.conex4j.core.runtime.Check;
import java.util.Locale;

/**
 * Counts of (true class, predicted class) pairs for classes {@code 0 .. classes - 1}, with a column for samples
 * that got no answer ({@link NeuronLabels#NONE}); the accuracy is the share of samples predicted right.
 */
public final class ConfusionMatrix {

    private final int classes;
    private final long[] counts;
    private long total;
    private long right;

    /**
     * An empty matrix.
     *
     * @param classes the number of classes, &ge; 1
     * @throws IllegalArgumentException for fewer, or more than the counts of all pairs fit in one array or the heap
     */
    public ConfusionMatrix(int classes) {
        if (classes < 1) {
            throw new IllegalArgumentException("ConfusionMatrix: classes (" + classes + ") must be >= 1");
        }
        long cells = Check.product(classes, classes + 1L);
        Check.arrayLength("ConfusionMatrix", classes + " classes x " + (classes + 1L) + " answers", cells);
        Check.fitsInHeap("ConfusionMatrix", "the counts of " + classes + " classes", 8 * cells);
        this.classes = classes;
        this.counts = new long[classes * (classes + 1)];
    }

    /** The number of classes. */
    public int classes() {
        return classes;
    }

    /**
     * Counts one sample.
     *
     * @param actual its class, in {@code [0, classes)}
     * @param predicted the predicted class, in {@code [0, classes)}, or {@link NeuronLabels#NONE}
     * @throws IllegalArgumentException for a class outside these ranges
     */
    public void add(int actual, int predicted) {
        if (actual < 0 || actual >= classes) {
            throw new IllegalArgumentException("ConfusionMatrix: actual class " + actual + " is outside [0, "
                    + classes + ")");
        }
        if (predicted < NeuronLabels.NONE || predicted >= classes) {
            throw new IllegalArgumentException("ConfusionMatrix: predicted class " + predicted + " is outside [0, "
                    + classes + ") and not NONE (-1)");
        }
        counts[actual * (classes + 1) + (predicted == NeuronLabels.NONE ? classes : predicted)]++;
        total++;
        if (actual == predicted) {
            right++;
        }
    }

    /** Samples of class {@code actual} predicted as {@code predicted} ({@link NeuronLabels#NONE}: no answer). */
    public long count(int actual, int predicted) {
        return counts[actual * (classes + 1) + (predicted == NeuronLabels.NONE ? classes : predicted)];
    }

    /** Samples counted. */
    public long total() {
        return total;
    }

    /** Samples predicted right. */
    public long correct() {
        return right;
    }

    /** The share predicted right, in [0, 1]; NaN before any sample. */
    public double accuracy() {
        return total == 0 ? Double.NaN : (double) right / total;
    }

    /**
     * The matrix as text: one row per true class, one column per predicted class and a last column {@code none}
     * for samples without an answer, then the accuracy.
     */
    public String format() {
        long max = 1;
        for (long c : counts) {
            max = Math.max(max, c);
        }
        int w = Math.max(5, Long.toString(max).length() + 1);
        String cell = "%" + w + "s";
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-12s", "true\\predicted"));
        for (int p = 0; p < classes; p++) {
            sb.append(String.format(Locale.ROOT, cell, p));
        }
        sb.append(String.format(Locale.ROOT, cell, "none")).append('\n');
        for (int a = 0; a < classes; a++) {
            sb.append(String.format(Locale.ROOT, "%-14s", a));
            for (int p = 0; p <= classes; p++) {
                sb.append(String.format(Locale.ROOT, cell, counts[a * (classes + 1) + p]));
            }
            sb.append('\n');
        }
        sb.append(String.format(Locale.ROOT, "accuracy %d / %d = %.4f", right, total, accuracy()));
        return sb.toString();
    }

    @Override
    public String toString() {
        return format();
    }
}
