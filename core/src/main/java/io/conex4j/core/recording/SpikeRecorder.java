package io.conex4j.core.recording;

import io.conex4j.core.runtime.Behavior;
import io.conex4j.core.runtime.NeuronGroup;
import io.conex4j.core.runtime.Priorities;
import io.conex4j.core.runtime.StateScope;
import io.conex4j.core.runtime.Stateful;
import java.lang.System.Logger.Level;
import java.util.Arrays;
import java.util.Objects;

/**
 * Records the spikes of a neuron group as (iteration, neuron index) pairs into buffers allocated once, at
 * most {@code maxSpikes}. When they are full, {@link CapacityPolicy} decides: fail with a clear message, or
 * stop recording and mark the recording {@link #truncated()}. Runs last (priority 1000).
 */
public final class SpikeRecorder extends Behavior<NeuronGroup> implements Stateful {

    private final int maxSpikes;
    private final CapacityPolicy policy;
    private long[] iterations;
    private int[] indices;
    private int count;
    private boolean truncated;
    private String owner = "?";
    private int[] scratch;

    /** Up to {@code maxSpikes} spikes; fails when more come. */
    public SpikeRecorder(int maxSpikes) {
        this(maxSpikes, CapacityPolicy.FAIL);
    }

    /** Up to {@code maxSpikes} (&ge; 1) spikes with the given policy when full. */
    public SpikeRecorder(int maxSpikes, CapacityPolicy policy) {
        super(Priorities.RECORDER, "recorder");
        if (maxSpikes < 1) {
            throw new IllegalArgumentException("SpikeRecorder: maxSpikes (" + maxSpikes + ") must be >= 1");
        }
        this.maxSpikes = maxSpikes;
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    @Override
    public void initialize(NeuronGroup g) {
        iterations = new long[maxSpikes];
        indices = new int[maxSpikes];
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
        long t = g.network().iteration();
        int c = g.network().kernels().spikingIndices(g.spikes(), scratch);
        for (int k = 0; k < c; k++) {
            if (count == maxSpikes) {
                full(t);
                return;
            }
            iterations[count] = t;
            indices[count] = scratch[k];
            count++;
        }
    }

    private void full(long t) {
        String msg = "SpikeRecorder on neurons " + owner + ": capacity of " + maxSpikes
                + " spikes reached at iteration " + t + "; give a larger maxSpikes or record fewer steps";
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

    /** Whether recording stopped early because the buffer was full ({@link CapacityPolicy#STOP}). */
    public boolean truncated() {
        return truncated;
    }

    /** The iteration of each recorded spike; a copy. */
    public long[] iterations() {
        return Arrays.copyOf(iterations, count);
    }

    /** The neuron index of each recorded spike; a copy. */
    public int[] indices() {
        return Arrays.copyOf(indices, count);
    }

    /** The buffer capacity. */
    public int capacity() {
        return maxSpikes;
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
        System.arraycopy(its, 0, iterations, 0, its.length);
        System.arraycopy(idx, 0, indices, 0, idx.length);
        count = its.length;
        truncated = wasTruncated;
    }
}
