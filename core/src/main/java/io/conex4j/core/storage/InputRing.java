package io.conex4j.core.storage;

/**
 * The input each neuron of a group will receive in the next {@link #depth()} iterations: a ring of {@code depth}
 * rows of one float per neuron (row-major, {@code values[row * size + neuron]}); iteration {@code t} owns row
 * {@code t mod depth}. Synapses with per-synapse delays add into the rows of future iterations; the neuron model
 * takes the row of the current iteration and zeroes it for its next turn. Units are the neuron model's (pA for
 * {@code IafPscExp}).
 */
public final class InputRing {

    private final int size;
    private final int depth;
    private final float[] values;
    private final RowCycle cycle;

    /**
     * An all-zero ring for {@code size} neurons and {@code depth} iterations (&ge; 1), checked against one array and
     * the free heap.
     *
     * @throws IllegalArgumentException naming {@code who} when it does not fit
     */
    public InputRing(String who, int size, int depth) {
        if (size < 0 || depth < 1) {
            throw new IllegalArgumentException(who + ": an input ring needs size >= 0 and depth >= 1, not " + size
                    + " neurons x " + depth + " iterations");
        }
        long cells = (long) size * depth;
        Capacity.arrayLength(who, "an input ring of " + depth + " iterations x " + size + " neurons", cells);
        Capacity.fitsInHeap(who, "an input ring of " + depth + " iterations x " + size + " neurons", 4 * cells,
                4L * size, "iterations of input");
        this.size = size;
        this.depth = depth;
        this.values = new float[(int) cells];
        this.cycle = new RowCycle(depth, size);
    }

    /** Neurons per row. */
    public int size() {
        return size;
    }

    /** Rows: iterations of future input held. */
    public int depth() {
        return depth;
    }

    /** The rows, {@code depth x size}; the live array. */
    public float[] values() {
        return values;
    }

    /** Where the row of {@code iteration} starts in {@link #values()}. */
    public int rowOffset(long iteration) {
        return cycle.row(iteration) * size;
    }

    /** {@code out[d] = rowOffset(first + d)} for every {@code d} in {@code [0, out.length)}. */
    public void rowOffsets(long first, int[] out) {
        cycle.positions(first, out);
    }
}
