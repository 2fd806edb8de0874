package io.conex4j.core.behaviors.neuron;

import io.conex4j.core.runtime.Behavior;
import io.conex4j.core.runtime.Check;
import io.conex4j.core.runtime.DataFlow;
import io.conex4j.core.runtime.NeuronGroup;
import io.conex4j.core.runtime.Priorities;
import java.util.Arrays;
import java.util.Map;

/**
 * Replays a recorded spike train: neuron {@code indices[k]} spikes in the iteration whose time window
 * {@code [(t-1)·dt, t·dt)} contains {@code timesMs[k]}. Times need not be sorted. Priority 340.
 */
public final class SpikeTrainInput extends Behavior<NeuronGroup> {

    /** The last iteration a spike may fall in. */
    private static final double MAX_ITERATION = 0x1p62;

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

    /** The number of spikes and the time of the last one (ms); not the spikes. */
    @Override
    public Map<String, Object> parameters() {
        float last = 0f;
        for (float t : times) {
            last = Math.max(last, t);
        }
        return Map.of("spikes", (long) times.length, "lastTimeMs", (double) last);
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
        float stepMs = g.network().dt();
        double dt = stepMs;
        for (int k = 0; k < times.length; k++) {
            if (times[k] / dt >= MAX_ITERATION) {
                throw new IllegalArgumentException("SpikeTrainInput on neurons " + g.name() + ": time[" + k + "] ("
                        + times[k] + " ms) falls in iteration " + Math.floor(times[k] / dt) + " at dt " + stepMs
                        + " ms; allowed: times below " + (float) (MAX_ITERATION * dt) + " ms (2^62 iterations)");
            }
        }
        // the sort order boxed (about 20 bytes), the order and the iterations (12 bytes) per spike
        Check.fitsInHeap("SpikeTrainInput on neurons " + g.name(), "the order of " + times.length + " spikes",
                32L * times.length, 32, "spikes");
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
