package io.conex4j.core.storage;

/**
 * Where consecutive iterations go in a structure of {@code depth} rows in which iteration {@code t} owns row
 * {@code t mod depth} and rows lie {@code stride} apart (the rows of an {@link InputRing}, the slots of an
 * {@link InputQueue}). A delivery asks for the positions of the next {@code maxDelay + 1} iterations every time a source
 * spikes, so they are copied out of a table of two turns instead of computed row by row, for depths up to
 * {@value #TABLE_DEPTH}.
 */
final class RowCycle {

    /** The deepest cycle that gets a table (2 x depth + 1 ints). */
    static final int TABLE_DEPTH = 4096;

    private final int depth;
    private final int stride;
    /** {@code twoTurns[k] = (k mod depth) * stride} for {@code k} in {@code [0, 2 depth]}; null beyond the table depth. */
    private final int[] twoTurns;

    RowCycle(int depth, int stride) {
        this.depth = depth;
        this.stride = stride;
        if (depth <= TABLE_DEPTH) {
            twoTurns = new int[2 * depth + 1];
            for (int k = 0; k < twoTurns.length; k++) {
                twoTurns[k] = k % depth * stride;
            }
        } else {
            twoTurns = null;
        }
    }

    /** The row of {@code iteration}. */
    int row(long iteration) {
        return (int) Math.floorMod(iteration, (long) depth);
    }

    /** {@code out[d] = row(first + d) * stride} for every {@code d} in {@code [0, out.length)}. */
    void positions(long first, int[] out) {
        int row = row(first);
        if (twoTurns != null && out.length <= depth + 1) {
            System.arraycopy(twoTurns, row, out, 0, out.length);
            return;
        }
        for (int d = 0; d < out.length; d++) {
            out[d] = row * stride;
            row = row + 1 == depth ? 0 : row + 1;
        }
    }
}
