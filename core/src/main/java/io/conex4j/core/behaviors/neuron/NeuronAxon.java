package io.conex4j.core.behaviors.neuron;

import io.conex4j.core.kernels.Kernels;
import io.conex4j.core.runtime.Axon;
import io.conex4j.core.runtime.Behavior;
import io.conex4j.core.runtime.Check;
import io.conex4j.core.runtime.DataFlow;
import io.conex4j.core.runtime.NeuronGroup;
import io.conex4j.core.runtime.WholeGroupPartitioned;
import io.conex4j.core.runtime.Priorities;
import io.conex4j.core.runtime.StateScope;
import io.conex4j.core.runtime.Stateful;
import io.conex4j.core.runtime.SynapseGroup;
import java.util.Arrays;
import java.util.Map;

/**
 * CoNeX's NeuronAxon: keeps the last {@code maxDelay} iterations of the group's spikes so that synapses
 * can read them at per-neuron delays. A ring buffer of rows by iteration (iteration {@code t} in row
 * {@code t mod (maxDelay + 1)}): each forward copies this iteration's spikes into its row; nothing is rolled or
 * allocated. The one row more than {@code maxDelay} lets readers of earlier iterations ({@link #spikesOf}) run
 * while the axon records the current one. Runs at priority 380, after firing,
 * so delay 0 reads this iteration's spikes. Valid delays: {@code 0 .. maxDelay-1}. {@link #fitted()} sizes
 * the history at initialize to the largest delay any synapse reads from the group (what the network adds
 * when a spike catcher needs an axon and the group has none). On several threads the axon of a group runs on the
 * thread that owns the whole group ({@link WholeGroupPartitioned}).
 */
public final class NeuronAxon extends Behavior<NeuronGroup> implements Axon, Stateful, WholeGroupPartitioned {

    private final int requestedDepth;
    private int maxDelay;
    /** Rows kept: {@code maxDelay + 1}. */
    private int rows;
    /** The iteration of the newest row; written while readers of earlier rows may run on other threads. */
    private volatile long newest;
    private NeuronGroup owner;
    private boolean[] history;
    private int[] lists;
    private int[] counts;
    private int[] scratch;
    private long[] words;
    private int wordsPerRow;
    private int[] rowStart;
    private long rowStartNewest = -1;
    private int n;
    private Kernels kernels;

    /** An axon keeping {@code maxDelay} iterations (&ge; 1) at the standard priority. */
    public NeuronAxon(int maxDelay) {
        this(maxDelay, Priorities.AXON);
    }

    /** An axon at an explicit priority. */
    public NeuronAxon(int maxDelay, int priority) {
        super(priority);
        if (maxDelay < 1) {
            throw new IllegalArgumentException("NeuronAxon: maxDelay (" + maxDelay + ") must be >= 1");
        }
        this.requestedDepth = maxDelay;
    }

    private NeuronAxon() {
        super(Priorities.AXON);
        this.requestedDepth = 0;
    }

    /** An axon as deep as the largest delay of the synapses reading the group, plus one (found at initialize). */
    public static NeuronAxon fitted() {
        return new NeuronAxon();
    }

    @Override
    public Map<String, Object> parameters() {
        return requestedDepth == 0 ? Map.of("maxDelay", "fitted") : Map.of("maxDelay", (long) requestedDepth);
    }

    @Override
    public void declare(NeuronGroup group, DataFlow flow) {
        flow.reads(group, NeuronGroup.SPIKES).creates(group, NeuronGroup.AXON).writes(group, NeuronGroup.AXON);
    }

    @Override
    public void initialize(NeuronGroup group) {
        if (group.axon() != null && group.axon() != this) {
            throw new IllegalStateException("NeuronAxon: neurons " + group.name() + " already have an axon");
        }
        int depth = requestedDepth > 0 ? requestedDepth : fittedDepth(group);
        long cells = ((long) depth + 1) * group.size();
        String who = "NeuronAxon on neurons " + group.name();
        if (cells > Check.MAX_ARRAY_LENGTH) {
            throw new IllegalArgumentException(who + ": maxDelay (" + depth + (requestedDepth > 0 ? ""
                    : ", fitted to the largest delay") + ") x " + group.size() + " neurons, plus one row, = " + cells
                    + " history cells, more than one Java array holds; at most " + Check.MAX_ARRAY_LENGTH
                    + " fit (maxDelay <= " + (Check.MAX_ARRAY_LENGTH / group.size() - 1) + " for this group)");
        }
        // flags (1 byte) and index lists (4 bytes) per cell, bit words (1/8 byte) per cell
        Check.fitsInHeap(who, "a spike history of maxDelay " + depth + " + 1 rows x " + group.size() + " neurons",
                5 * cells + cells / 8 + 8L * (depth + 1), 5L * group.size(), "iterations of history");
        maxDelay = depth;
        rows = depth + 1;
        n = group.size();
        history = new boolean[(int) cells];
        lists = new int[(int) cells];
        counts = new int[rows];
        scratch = new int[n];
        wordsPerRow = (n + 63) >>> 6;
        words = new long[rows * wordsPerRow];
        owner = group;
        newest = group.network().iteration();
        rowStartNewest = -1;
        rowStart = new int[maxDelay];
        kernels = group.network().kernels();
        group.put(NeuronGroup.AXON, this);
    }

    private static int fittedDepth(NeuronGroup group) {
        int max = 0;
        for (SynapseGroup s : group.network().synapseGroups()) {
            if (s.src() == group) {
                max = Math.max(max, largest(s.get(SynapseGroup.SRC_DELAY)));
            }
            if (s.dst() == group) {
                max = Math.max(max, largest(s.get(SynapseGroup.DST_DELAY)));
            }
        }
        return max + 1;
    }

    private static int largest(int[] delays) {
        int m = 0;
        if (delays != null) {
            for (int d : delays) {
                m = Math.max(m, d);
            }
        }
        return m;
    }

    @Override
    public void forward(NeuronGroup group) {
        long t = group.network().iteration();
        // iterations the axon did not run in (disabled) hold no spikes
        for (long skipped = Math.max(newest + 1, t - rows + 1); skipped < t; skipped++) {
            int row = row(skipped);
            Arrays.fill(history, row * n, row * n + n, false);
            counts[row] = 0;
            fillWords(row, scratch, 0, 0);
        }
        int row = row(t);
        boolean[] spikes = group.spikes();
        int base = row * n;
        System.arraycopy(spikes, 0, history, base, n);
        int c = kernels.spikingIndices(spikes, scratch);
        counts[row] = c;
        System.arraycopy(scratch, 0, lists, base, c);
        fillWords(row, scratch, 0, c);
        newest = t;
    }

    /** The row of iteration {@code iteration}. */
    private int row(long iteration) {
        return (int) Math.floorMod(iteration, (long) rows);
    }

    private void fillWords(int slot, int[] indices, int from, int count) {
        int wordBase = slot * wordsPerRow;
        Arrays.fill(words, wordBase, wordBase + wordsPerRow, 0L);
        for (int k = from; k < from + count; k++) {
            int i = indices[k];
            words[wordBase + (i >>> 6)] |= 1L << i;
        }
    }

    /** The ring row holding the spikes of {@code delay} iterations before the newest recorded. */
    private int slot(int delay) {
        return row(newest - delay);
    }

    @Override
    public int wordsPerRow() {
        return wordsPerRow;
    }

    @Override
    public long[] words() {
        return words;
    }

    @Override
    public int wordOffset(int delay) {
        return slot(delay) * wordsPerRow;
    }

    @Override
    public int spikesOf(long iteration, int[] out) {
        if (iteration > newest) {
            // the axon did not run in that iteration (disabled): no spikes were recorded
            return 0;
        }
        int row = row(iteration);
        int c = counts[row];
        System.arraycopy(lists, row * n, out, 0, c);
        return c;
    }

    @Override
    public int spikingAt(int delay, int[] out) {
        int slot = slot(delay);
        int c = counts[slot];
        System.arraycopy(lists, slot * n, out, 0, c);
        return c;
    }

    @Override
    public int depth() {
        return maxDelay;
    }

    @Override
    public void read(int[] delays, boolean[] out) {
        if (rowStartNewest != newest) {
            for (int d = 0; d < maxDelay; d++) {
                rowStart[d] = slot(d) * n;
            }
            rowStartNewest = newest;
        }
        kernels.gatherDelayed(history, rowStart, delays, out);
    }

    @Override
    public void read(int delay, boolean[] out) {
        System.arraycopy(history, slot(delay) * n, out, 0, n);
    }

    /**
     * Restores the history (for loading) from CoNeX's ring of {@code maxDelay} rows: the flags of every row and the
     * row of the newest iteration, which is taken to be the network's current iteration (the one the axon last ran
     * in); row {@code head - d} (cyclically) holds the spikes of {@code d} iterations before.
     *
     * @throws IllegalStateException before the network is initialized
     * @throws IllegalArgumentException for a head outside {@code [0, maxDelay)} or a ring of another size
     */
    public void restore(boolean[] ring, int head) {
        if (owner == null) {
            throw new IllegalStateException("NeuronAxon: restore needs an initialized axon (its depth and group);"
                    + " initialize the network first");
        }
        if (head < 0 || head >= maxDelay) {
            throw new IllegalArgumentException("NeuronAxon: head (" + head + ") must be in [0, " + maxDelay + ")");
        }
        if (ring.length != (long) maxDelay * n) {
            throw new IllegalArgumentException("NeuronAxon: ring of " + ring.length + " flags, expected "
                    + (long) maxDelay * n);
        }
        long t = owner.network().iteration();
        for (int d = 0; d < rows; d++) {
            int row = row(t - d);
            if (d < maxDelay) {
                int from = Math.floorMod(head - d, maxDelay) * n;
                System.arraycopy(ring, from, history, row * n, n);
            } else {
                Arrays.fill(history, row * n, row * n + n, false);
            }
            int c = 0;
            for (int i = 0; i < n; i++) {
                if (history[row * n + i]) {
                    lists[row * n + c++] = i;
                }
            }
            counts[row] = c;
            fillWords(row, lists, row * n, c);
        }
        newest = t;
        rowStartNewest = -1;
    }

    /** Saved in CoNeX's layout: a ring of {@code maxDelay} rows with the newest in row 0, row {@code maxDelay - d} d iterations before. */
    @Override
    public void saveState(StateScope scope) {
        boolean[] ring = new boolean[maxDelay * n];
        for (int d = 0; d < maxDelay; d++) {
            System.arraycopy(history, slot(d) * n, ring, Math.floorMod(-d, maxDelay) * n, n);
        }
        scope.put("ring", ring);
        scope.put("head", new int[] {0});
    }

    @Override
    public void restoreState(StateScope scope) {
        int h = scope.ints("head", 1)[0];
        if (h < 0 || h >= maxDelay) {
            throw scope.bad("head", "is " + h + "; must be in [0, " + maxDelay + ")");
        }
        restore(scope.bools("ring", maxDelay * n), h);
    }

    /**
     * The history in CoNeX's layout {@code [maxDelay, size]}, row 0 the newest iteration; a copy.
     */
    public boolean[] historyNewestFirst() {
        boolean[] out = new boolean[maxDelay * n];
        for (int d = 0; d < maxDelay; d++) {
            System.arraycopy(history, slot(d) * n, out, d * n, n);
        }
        return out;
    }

    @Override
    public String toString() {
        return "NeuronAxon(maxDelay=" + (requestedDepth == 0 ? "fitted" : requestedDepth) + ")";
    }
}
