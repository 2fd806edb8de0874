package io.conex4j.core.recording;

import io.conex4j.core.runtime.Check;
import io.conex4j.core.runtime.StateScope;
import io.conex4j.core.runtime.Stateful;
import io.conex4j.core.runtime.Behavior;
import io.conex4j.core.runtime.NeuronGroup;
import io.conex4j.core.runtime.WholeGroupPartitioned;
import io.conex4j.core.runtime.Priorities;
import java.lang.System.Logger.Level;
import java.util.Arrays;

/**
 * Records the spikes of a neuron group as (iteration, neuron index) pairs. The buffers start small and double
 * when full, so a recorder needs no size in advance and a steady run allocates only on the rare growth. An
 * optional bound {@code maxSpikes} caps the recording; when it is reached, {@link CapacityPolicy} decides: fail
 * with a clear message, or stop recording and mark the recording {@link #truncated()}. Runs last (priority
 * 1000). Before any spike (or before initialize) the readers return empty arrays. On several threads a group's
 * recorder runs on the thread that owns the whole group ({@link WholeGroupPartitioned}).
 */
public final class SpikeRecorder extends Behavior<NeuronGroup> implements Stateful, WholeGroupPartitioned {

    /** The most spikes one recorder holds (the longest Java array): the limit of a recorder without a bound. */
    public static final int MAX_SPIKES = Growth.MAX_LENGTH;

    private final int maxSpikes;
    private final CapacityPolicy policy;
    private final boolean bounded;
    private long[] iterations = new long[0];
    private int[] indices = new int[0];
    private int count;
    private boolean truncated;
    private String owner = "?";
    private int[] scratch = new int[0];

    /**
     * The spike recorder of {@code group}.
     *
     * @throws IllegalStateException naming the group and how to record its spikes when it has none
     */
    public static SpikeRecorder of(NeuronGroup group) {
        SpikeRecorder r = group.behavior(SpikeRecorder.class);
        if (r == null) {
            throw new IllegalStateException("neurons " + group.name() + " have no SpikeRecorder; record their spikes"
                    + " with .recordSpikes() in the DSL, or add a new SpikeRecorder() to the group before initialize");
        }
        return r;
    }

    /** Records every spike, growing as needed (up to {@link #MAX_SPIKES} spikes, then fails). */
    public SpikeRecorder() {
        this(MAX_SPIKES, CapacityPolicy.FAIL, false);
    }

    /** Up to {@code maxSpikes} (&ge; 1; above {@link #MAX_SPIKES} means {@link #MAX_SPIKES}) spikes; fails when more come. */
    public SpikeRecorder(int maxSpikes) {
        this(maxSpikes, CapacityPolicy.FAIL);
    }

    /** Up to {@code maxSpikes} (&ge; 1) spikes, with the given policy when more come. */
    public SpikeRecorder(int maxSpikes, CapacityPolicy policy) {
        this(maxSpikes, policy, true);
    }

    private SpikeRecorder(int maxSpikes, CapacityPolicy policy, boolean bounded) {
        super(Priorities.RECORDER, "recorder");
        if (maxSpikes < 1) {
            throw new IllegalArgumentException("SpikeRecorder: maxSpikes (" + maxSpikes + ") must be >= 1");
        }
        this.maxSpikes = Math.min(maxSpikes, MAX_SPIKES);
        this.policy = Check.notNull("SpikeRecorder", "policy", policy);
        this.bounded = bounded;
    }

    @Override
    public void initialize(NeuronGroup g) {
        int initial = Growth.initial(maxSpikes);
        iterations = new long[initial];
        indices = new int[initial];
        count = 0;
        truncated = false;
        owner = g.name();
        scratch = new int[g.size()];
    }

    @Override
    public void forward(NeuronGroup g) {
        if (truncated) {
            return;
        }
        int c = g.network().kernels().spikingIndices(g.spikes(), scratch);
        if (c == 0) {
            return;
        }
        record(g.network().iteration(), c);
    }

    private void record(long t, int c) {
        int n = count;
        if ((long) n + c > iterations.length) {
            int length = Growth.next(iterations.length, (long) n + c, maxSpikes);
            iterations = Arrays.copyOf(iterations, length);
            indices = Arrays.copyOf(indices, length);
        }
        long[] its = iterations;
        int[] idx = indices;
        int fit = Math.min(c, its.length - n);
        Arrays.fill(its, n, n + fit, t);
        System.arraycopy(scratch, 0, idx, n, fit);
        count = n + fit;
        if (fit < c) {
            full(t);
        }
    }

    private void full(long t) {
        String msg = bounded
                ? "SpikeRecorder on neurons " + owner + ": capacity of " + maxSpikes + " spikes reached at iteration "
                        + t + "; give a larger maxSpikes or record fewer steps"
                : "SpikeRecorder on neurons " + owner + ": " + maxSpikes + " spikes, the most one Java array holds,"
                        + " reached at iteration " + t + "; record fewer steps or fewer neurons";
        if (policy == CapacityPolicy.FAIL) {
            throw new IllegalStateException(msg);
        }
        truncated = true;
        System.getLogger("io.conex4j.recording").log(Level.WARNING, msg + "; recording stopped");
    }

    /** Number of recorded spikes. */
    public int count() {
        return count;
    }

    /** Whether recording stopped early because the bound was reached ({@link CapacityPolicy#STOP}). */
    public boolean truncated() {
        return truncated;
    }

    /** The iteration of each recorded spike; a copy, empty when there is none. */
    public long[] iterations() {
        return Arrays.copyOf(iterations, count);
    }

    /** The neuron index of each recorded spike; a copy, empty when there is none. */
    public int[] indices() {
        return Arrays.copyOf(indices, count);
    }

    /** The most spikes this recorder keeps: its bound, or {@link #MAX_SPIKES} when it has none. */
    public int capacity() {
        return maxSpikes;
    }

    /** Whether this recorder was given a bound ({@link #SpikeRecorder(int)}) rather than growing freely. */
    public boolean bounded() {
        return bounded;
    }

    @Override
    public void saveState(StateScope scope) {
        scope.put("iterations", iterations());
        scope.put("indices", indices());
        scope.put("truncated", new boolean[] {truncated});
    }

    @Override
    public void restoreState(StateScope scope) {
        long[] its = scope.longs("iterations", -1);
        int[] idx = scope.ints("indices", its.length);
        boolean wasTruncated = scope.bools("truncated", 1)[0];
        if (its.length > maxSpikes) {
            throw scope.bad("iterations", "holds " + its.length + " spikes, more than the capacity " + maxSpikes);
        }
        for (int k = 0; k < idx.length; k++) {
            if (idx[k] < 0 || idx[k] >= scratch.length) {
                throw scope.bad("indices", "has neuron " + idx[k] + " outside the group");
            }
        }
        int length = Math.max(Growth.initial(maxSpikes), its.length);
        iterations = Arrays.copyOf(its, length);
        indices = Arrays.copyOf(idx, length);
        count = its.length;
        truncated = wasTruncated;
    }
}
