package io.conex4j.core.data;

/** Spike tensors and labels copied into memory; see {@link SpikeDataset#of(boolean[][][], int[])}. */
final class InMemorySpikes implements SpikeDataset {

    private static final String WHO = "SpikeDataset";

    private final boolean[][][] samples;
    private final int[] labels;

    InMemorySpikes(boolean[][][] samples, int[] labels) {
        if (samples == null || samples.length == 0) {
            throw new IllegalArgumentException(WHO + ": samples (" + (samples == null ? "null" : "none")
                    + ") must hold at least one spike tensor");
        }
        Labels.check(WHO, labels, samples.length);
        int width = -1;
        boolean[][][] copy = new boolean[samples.length][][];
        for (int k = 0; k < samples.length; k++) {
            boolean[][] s = samples[k];
            if (s == null || s.length == 0) {
                throw new IllegalArgumentException(WHO + ": sample " + k + " is " + (s == null ? "null" : "empty")
                        + "; every sample needs at least one step");
            }
            copy[k] = new boolean[s.length][];
            for (int t = 0; t < s.length; t++) {
                if (s[t] == null || s[t].length == 0 || (width >= 0 && s[t].length != width)) {
                    throw new IllegalArgumentException(WHO + ": sample " + k + " row " + t + " has "
                            + (s[t] == null ? "no array" : s[t].length + " neurons") + "; every row needs "
                            + (width >= 0 ? width + " (as sample 0's first row)" : "at least one"));
                }
                width = s[t].length;
                copy[k][t] = s[t].clone();
            }
        }
        this.samples = copy;
        this.labels = labels == null ? null : labels.clone();
    }

    @Override
    public int size() {
        return samples.length;
    }

    @Override
    public boolean[][] spikes(int index) {
        return samples[Labels.index(WHO, index, samples.length)];
    }

    @Override
    public int label(int index) {
        int k = Labels.index(WHO, index, samples.length);
        return labels == null ? UNLABELED : labels[k];
    }
}
