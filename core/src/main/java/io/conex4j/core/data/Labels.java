package io.conex4j.core.data;

/** Checks shared by the in-memory datasets. */
final class Labels {

    private Labels() {
    }

    /** Labels null (unlabeled) or one per sample, each &gt;= 0. */
    static void check(String who, int[] labels, int samples) {
        if (labels == null) {
            return;
        }
        if (labels.length != samples) {
            throw new IllegalArgumentException(who + ": " + labels.length + " labels for " + samples
                    + " samples; give one label per sample (or none)");
        }
        for (int k = 0; k < labels.length; k++) {
            if (labels[k] < 0) {
                throw new IllegalArgumentException(who + ": label " + k + " is " + labels[k]
                        + "; labels must be >= 0 (give no labels for an unlabeled dataset)");
            }
        }
    }

    static int index(String who, int index, int size) {
        if (index < 0 || index >= size) {
            throw new IllegalArgumentException(who + ": sample index " + index + " is outside [0, " + size + ")");
        }
        return index;
    }
}
