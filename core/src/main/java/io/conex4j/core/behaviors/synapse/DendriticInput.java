package io.conex4j.core.behaviors.synapse;

import io.conex4j.core.behaviors.neuron.SimpleDendriteStructure;
import io.conex4j.core.kernels.Kernels;
import io.conex4j.core.runtime.Behavior;
import io.conex4j.core.runtime.Check;
import io.conex4j.core.runtime.DataFlow;
import io.conex4j.core.runtime.Slot;
import io.conex4j.core.runtime.SpikeList;
import io.conex4j.core.runtime.SynapseGroup;
import io.conex4j.core.runtime.SynapticCurrent;
import io.conex4j.core.storage.WeightOps;
import io.conex4j.core.storage.Weights;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Base of the dendritic inputs: each iteration computes the synapse current
 * {@code I = currentCoef * currentType * input}, where {@code input} is what the caught pre-synaptic
 * spikes deliver through the weights and {@code currentType} is -1 when the source group or the synapse is
 * tagged {@code "inh"} or {@code "GABA"}, +1 otherwise. It reads the newest caught spikes: with CoNeX's priorities
 * (180, before the spike catcher at 420) those of the previous iteration. Delivery is event-driven: only
 * the weights of spiking sources are read ({@link WeightOps#addRows} by default). The network adds a
 * {@link PreSpikeCatcher} when the synapse has none, and a {@link SimpleDendriteStructure} to the destination
 * when nothing reads the current.
 */
public abstract class DendriticInput extends Behavior<SynapseGroup> {

    private final float currentCoef;
    private float factor;
    private int currentType;
    private Slot<SpikeList> spiking;
    private Slot<Weights> weights;
    private SynapticCurrent current;
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

    /** The current's sign, CoNeX's {@code current_type}: -1 for an inhibitory source or synapse, else +1 (after initialize). */
    public final int currentType() {
        return currentType;
    }

    /** Checks the weights' layout; throws naming the synapse and the shape if this input cannot use it. */
    protected abstract void checkWeights(SynapseGroup s, Weights w);

    /** currentCoef; subclasses add theirs to the returned (modifiable) map. */
    @Override
    public Map<String, Object> parameters() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("currentCoef", (double) currentCoef);
        return m;
    }

    @Override
    public void declare(SynapseGroup s, DataFlow flow) {
        flow.readsLatest(s, SynapseGroup.WEIGHTS)
                .readsLatest(s, SynapseGroup.PRE_SPIKING).orAdd(PreSpikeCatcher::new)
                .creates(s, SynapseGroup.CURRENT)
                .writes(s, SynapseGroup.CURRENT).unlessRead(s.dst(), SimpleDendriteStructure::new);
    }

    @Override
    public void initialize(SynapseGroup s) {
        Weights w = s.requireWeights(name());
        checkWeights(s, w);
        currentType = inhibitory(s) ? -1 : 1;
        factor = currentCoef * currentType;
        kernels = s.network().kernels();
        spiking = s.slot(SynapseGroup.PRE_SPIKING);
        weights = s.slot(SynapseGroup.WEIGHTS);
        current = new SynapticCurrent(s.dst().size());
        s.put(SynapseGroup.CURRENT, current);
    }

    @Override
    public void forward(SynapseGroup s) {
        current.clear();
        SpikeList list = spiking.get();
        int count = list.count();
        if (count > 0) {
            deliver(s, weights.get(), list.indices(), count, current.accumulate(), factor);
        }
    }

    /**
     * Adds {@code factor} times the input of the {@code count} spiking sources listed in {@code spikingSources}
     * into {@code out} (the factor is {@code currentCoef} with the inhibitory sign).
     */
    protected void deliver(SynapseGroup s, Weights w, int[] spikingSources, int count, float[] out, float factor) {
        WeightOps.addRows(kernels, w, spikingSources, count, factor, out);
    }

    /** Whether the current is negative: by default {@link SynapseGroup#inhibitory()}. */
    protected boolean inhibitory(SynapseGroup s) {
        return s.inhibitory();
    }

    /** Throws unless {@code w} is a 2-D {@code [src, dst]} matrix, dense or CSC. */
    static void require2d(String who, SynapseGroup s, Weights w) {
        if (!WeightOps.isMatrix(w, s.src().size(), s.dst().size())) {
            throw new IllegalArgumentException(who + " on synapses " + s.name() + ": weights of shape "
                    + Arrays.toString(w.shape()) + " must be [source, destination] = [" + s.src().size() + ", "
                    + s.dst().size() + "]");
        }
    }
}
