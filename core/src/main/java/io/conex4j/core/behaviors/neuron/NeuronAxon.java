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
    /**
     * The iteration of the newest row, at {@link #NEWEST}, 128 bytes from anything else: it changes every iteration,
     * and readers of {@link #spikesOf} on other threads, which find a row's iteration in the row itself, then keep the
     * cache lines of this object's fields.
     */
    private final long[] newestCell = new long[2 * NEWEST + 1];
    private static final int NEWEST = 16;
    private NeuronGroup owner;
    private boolean[] history;
    /**
     * Per row ({@link #stride} ints): the spike count, the row's iteration (low and high int), then the indices, so
     * that a reader on another thread fetches one cache line for a row of a few spikes, not three.
     */
    private int[] lists;
    private int stride;
    /** Ints ahead of each row's spike indices in {@link #lists}: count, iteration (low int), iteration (high int). */
    private static final int HEAD = 3;
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
        long listCells = ((long) depth + 1) * (group.size() + HEAD);
        String who = "NeuronAxon on neurons " + group.name();
        if (listCells > Check.MAX_ARRAY_LENGTH) {
            long most = Check.MAX_ARRAY_LENGTH / (group.size() + HEAD) - 1;
            throw new IllegalArgumentException(who + ": maxDelay (" + depth + (requestedDepth > 0 ? ""
                    : ", fitted to the largest delay") + ") x " + group.size() + " neurons, plus one row, = " + cells
                    + " history cells (" + listCells + " with the " + HEAD + " ints that head each row of spike"
                    + " indices), more than one Java array holds; at most " + Check.MAX_ARRAY_LENGTH + " fit ("
                    + (most >= 1 ? "maxDelay <= " + most + " for this group" : "no maxDelay fits a group this large")
                    + ")");
        }
        // flags (1 byte) and index lists (4 bytes) per cell, bit words (1/8 byte) per cell
        Check.fitsInHeap(who, "a spike history of maxDelay " + depth + " + 1 rows x " + group.size() + " neurons",
                5 * cells + cells / 8 + 4L * HEAD * (depth + 1), 5L * group.size(), "iterations of history");
        maxDelay = depth;
        rows = depth + 1;
        n = group.size();
        history = new boolean[(int) cells];
        stride = n + HEAD;
        lists = new int[(int) listCells];
        scratch = new int[n];
        wordsPerRow = (n + 63) >>> 6;
        words = new long[rows * wordsPerRow];
        owner = group;
        newestCell[NEWEST] = group.network().iteration();
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
        for (long skipped = Math.max(newest() + 1, t - rows + 1); skipped < t; skipped++) {
            int row = row(skipped);
            Arrays.fill(history, row * n, row * n + n, false);
            // the count alone: the row keeps the iteration of an older one, so a reader of iteration skipped on another
            // thread gets no spikes whichever of the writes it sees (a new iteration could pair with the old count)
            lists[row * stride] = 0;
            fillWords(row, scratch, 0, 0);
        }
        int row = row(t);
        boolean[] spikes = group.spikes();
        System.arraycopy(spikes, 0, history, row * n, n);
        int c = kernels.spikingIndices(spikes, scratch);
        System.arraycopy(scratch, 0, lists, row * stride + HEAD, c);
        head(row, t, c);
        fillWords(row, scratch, 0, c);
        newestCell[NEWEST] = t;
    }

    private long newest() {
        return newestCell[NEWEST];
    }

    /** Heads row {@code row} of {@link #lists}: it holds {@code count} spikes of iteration {@code iteration}. */
    private void head(int row, long iteration, int count) {
        int at = row * stride;
        lists[at] = count;
        lists[at + 1] = (int) iteration;
        lists[at + 2] = (int) (iteration >>> 32);
    }

    /** Whether the row headed at {@code at} in {@link #lists} holds the spikes of iteration {@code iteration}. */
    private boolean holds(int at, long iteration) {
        return lists[at + 1] == (int) iteration && lists[at + 2] == (int) (iteration >>> 32);
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
        return row(newest() - delay);
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
        int at = row(iteration) * stride;
        if (!holds(at, iteration)) {
            // the row holds another iteration: the axon did not run in this one (disabled), no spikes were recorded
            return 0;
        }
        int c = lists[at];
        System.arraycopy(lists, at + HEAD, out, 0, c);
        return c;
    }

    @Override
    public long readAheadSpikesOf(long iteration) {
        int at = row(iteration) * stride;
        return lists[at] + lists[at + HEAD];
    }

    @Override
    public int spikingAt(int delay, int[] out) {
        int at = slot(delay) * stride;
        int c = lists[at];
        System.arraycopy(lists, at + HEAD, out, 0, c);
        return c;
    }

    @Override
    public int depth() {
        return maxDelay;
    }

    @Override
    public void read(int[] delays, boolean[] out) {
        long newest = newest();
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
                    lists[row * stride + HEAD + c++] = i;
                }
            }
            head(row, t - d, c);
            fillWords(row, lists, row * stride + HEAD, c);
        }
        newestCell[NEWEST] = t;
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
