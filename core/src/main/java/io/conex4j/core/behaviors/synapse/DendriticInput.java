package io.conex4j.core.behaviors.synapse;

import io.conex4j.core.io.StateScope;
import io.conex4j.core.io.Stateful;
import io.conex4j.core.kernels.Kernels;
import io.conex4j.core.runtime.Behavior;
import io.conex4j.core.runtime.Check;
import io.conex4j.core.runtime.SynapseGroup;
import io.conex4j.core.storage.CscWeights;
import io.conex4j.core.storage.Weights;
import java.util.Arrays;

/**
 * Base of the dendritic inputs: each iteration computes the synapse current
 * {@code I = currentCoef * currentType * input}, where {@code input} is what the caught pre-synaptic
 * spikes deliver through the weights and {@code currentType} is -1 when the source group is tagged
 * {@code "inh"} or {@code "GABA"}, +1 otherwise. With CoNeX's priorities (180, before the spike catcher at
 * 420) the spikes are those caught in the previous iteration. Delivery is event-driven: only the weights
 * of spiking sources are read.
 */
public abstract class DendriticInput extends Behavior<SynapseGroup> implements Stateful {

    private final float currentCoef;
    private float factor;
    private PreSpikeCatcher catcher;
    private boolean dirty;
    private int delivered;
    /** The network's kernels, set at initialize. */
    protected Kernels kernels;

    /** A dendritic input with the given coefficient (finite) at {@code priority}. */
    protected DendriticInput(String who, double currentCoef, int priority) {
        super(priority);
        this.currentCoef = Check.finite(who, "currentCoef", currentCoef);
    }

    /** The coefficient multiplying the delivered input. */
    public final float currentCoef() {
        return currentCoef;
    }

    /** Checks the weights' layout; throws naming the synapse and the shape if this input cannot use it. */
    protected abstract void checkWeights(SynapseGroup s, Weights w);

    @Override
    public java.util.Map<String, Object> parameters() {
        return java.util.Map.of("currentCoef", (double) currentCoef);
    }

    @Override
    public void initialize(SynapseGroup s) {
        Weights w = s.requireWeights(name());
        checkWeights(s, w);
        catcher = s.behavior(PreSpikeCatcher.class);
        if (catcher == null) {
            throw new IllegalStateException(name() + " on synapses " + s.name()
                    + ": needs a PreSpikeCatcher on the same synapses");
        }
        factor = currentCoef * (inhibitory(s) ? -1 : 1);
        dirty = false;
        delivered = 0;
        kernels = s.network().kernels();
        s.current = new float[s.dst().size()];
    }

    @Override
    public void forward(SynapseGroup s) {
        float[] current = s.current;
        if (dirty) {
            Arrays.fill(current, 0f);
            dirty = false;
        }
        int count = catcher.count();
        delivered = count;
        if (count == 0) {
            return;
        }
        deliver(s, s.weights, catcher.indices(), count, current, factor);
        dirty = true;
    }

    /** Nothing of its own: the current lives on the synapse. */
    @Override
    public void saveState(StateScope scope) {
    }

    /** The restored current may be non-zero: clear it before the next delivery. */
    @Override
    public void restoreState(StateScope scope) {
        dirty = true;
    }

    /** How many spiking sources delivered current this iteration (0 means the current is all zero). */
    public final int delivered() {
        return delivered;
    }

    /**
     * Adds {@code factor} times the input of the {@code count} spiking sources listed in {@code spiking} into
     * {@code current} (the factor is {@code currentCoef} with the inhibitory sign).
     */
    protected void deliver(SynapseGroup s, Weights w, int[] spiking, int count, float[] current, float factor) {
        if (w instanceof CscWeights c) {
            int[] rowPtr = c.rowPtr();
            int[] entries = c.rowEntries();
            int[] dst = c.dstIdx();
            float[] v = c.values();
            for (int k = 0; k < count; k++) {
                int r = spiking[k];
                for (int e = rowPtr[r]; e < rowPtr[r + 1]; e++) {
                    int at = entries[e];
                    current[dst[at]] += factor * v[at];
                }
            }
        } else if (factor == 1f) {
            kernels.addRows(w.values(), current.length, spiking, count, current);
        } else {
            for (int k = 0; k < count; k++) {
                kernels.axpyRow(factor, w.values(), spiking[k], current.length, current);
            }
        }
    }

    /** Whether the current is negative: by default when the source is tagged {@code inh} or {@code GABA}. */
    protected boolean inhibitory(SynapseGroup s) {
        return s.src().hasTag("inh") || s.src().hasTag("GABA");
    }

    /** Throws unless {@code w} is a 2-D {@code [src, dst]} matrix, dense or CSC. */
    static void require2d(String who, SynapseGroup s, Weights w) {
        int[] shape = w.shape();
        if (shape.length != 2 || shape[0] != s.src().size() || shape[1] != s.dst().size()) {
            throw new IllegalArgumentException(who + " on synapses " + s.name() + ": weights of shape "
                    + Arrays.toString(shape) + " must be [source, destination] = [" + s.src().size() + ", "
                    + s.dst().size() + "]");
        }
    }
}
