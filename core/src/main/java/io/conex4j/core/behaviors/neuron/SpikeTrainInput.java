package io.conex4j.core.behaviors.neuron;

import io.conex4j.core.runtime.Behavior;
import io.conex4j.core.runtime.DataFlow;
import io.conex4j.core.runtime.NeuronGroup;
import io.conex4j.core.runtime.Priorities;
import java.util.Arrays;

/**
 * Replays a recorded spike train: neuron {@code indices[k]} spikes in the iteration whose time window
 * {@code [(t-1)·dt, t·dt)} contains {@code timesMs[k]}. Times need not be sorted. Priority 340.
 */
public final class SpikeTrainInput extends Behavior<NeuronGroup> {

    private final float[] times;
    private final int[] indices;
    private int[] order;
    private int next;
    private long[] iterationOf;

    /** Spike times in ms (finite, &ge; 0) and the neuron index of each. */
    public SpikeTrainInput(float[] timesMs, int[] indices) {
        super(Priorities.FIRE);
        if (timesMs.length != indices.length) {
            throw new IllegalArgumentException("SpikeTrainInput: " + timesMs.length + " times but " + indices.length
                    + " indices");
        }
        for (int k = 0; k < timesMs.length; k++) {
            if (!(timesMs[k] >= 0) || !Float.isFinite(timesMs[k])) {
                throw new IllegalArgumentException("SpikeTrainInput: time[" + k + "] (" + timesMs[k]
                        + " ms) must be finite and >= 0");
            }
        }
        this.times = timesMs.clone();
        this.indices = indices.clone();
    }

    @Override
    public void declare(NeuronGroup g, DataFlow flow) {
        flow.writes(g, NeuronGroup.SPIKES);
    }

    @Override
    public void initialize(NeuronGroup g) {
        for (int k = 0; k < indices.length; k++) {
            if (indices[k] < 0 || indices[k] >= g.size()) {
                throw new IllegalArgumentException("SpikeTrainInput on neurons " + g.name() + ": index[" + k + "] ("
                        + indices[k] + ") must be in [0, " + g.size() + ")");
            }
        }
        double dt = g.network().dt();
        Integer[] boxed = new Integer[times.length];
        for (int k = 0; k < boxed.length; k++) {
            boxed[k] = k;
        }
        Arrays.sort(boxed, (x, y) -> Float.compare(times[x], times[y]));
        order = new int[boxed.length];
        iterationOf = new long[boxed.length];
        for (int k = 0; k < boxed.length; k++) {
            order[k] = boxed[k];
            iterationOf[k] = (long) Math.floor(times[order[k]] / dt) + 1;
        }
        next = 0;
    }

    @Override
    public void forward(NeuronGroup g) {
        boolean[] spikes = g.spikes();
        Arrays.fill(spikes, false);
        long t = g.network().iteration();
        while (next < order.length && iterationOf[next] < t) {
            next++;
        }
        while (next < order.length && iterationOf[next] == t) {
            spikes[indices[order[next]]] = true;
            next++;
        }
    }
}
