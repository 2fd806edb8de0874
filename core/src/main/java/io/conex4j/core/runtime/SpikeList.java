package io.conex4j.core.runtime;

/**
 * The neurons caught spiking this iteration as an index list, kept beside the flags so that event-driven
 * readers (dendritic inputs, STDP) visit only the spiking neurons. Written by the spike catcher that owns
 * it; readers use the first {@link #count()} entries of {@link #indices()}.
 */
public final class SpikeList {

    private final int[] indices;
    private int count;

    /** An empty list for a group of {@code size} neurons. */
    public SpikeList(int size) {
        this.indices = new int[size];
    }

    /** How many neurons are listed. */
    public int count() {
        return count;
    }

    /** The indices in the first {@link #count()} entries; live array, do not modify. */
    public int[] indices() {
        return indices;
    }

    /** The array to fill (for the writer), followed by {@link #setCount}. */
    public int[] buffer() {
        return indices;
    }

    /** Sets how many entries of {@link #buffer()} are valid. */
    public void setCount(int c) {
        count = c;
    }

    /** Rebuilds the list from flags (after a restore or an injection). */
    public void rebuild(boolean[] flags) {
        int c = 0;
        for (int i = 0; i < flags.length; i++) {
            if (flags[i]) {
                indices[c++] = i;
            }
        }
        count = c;
    }
}
