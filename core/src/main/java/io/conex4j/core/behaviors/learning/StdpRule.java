package io.conex4j.core.behaviors.learning;

import io.conex4j.core.behaviors.synapse.PostSpikeCatcher;
import io.conex4j.core.behaviors.synapse.PostTrace;
import io.conex4j.core.behaviors.synapse.PreSpikeCatcher;
import io.conex4j.core.behaviors.synapse.PreTrace;
import io.conex4j.core.runtime.Behavior;
import io.conex4j.core.runtime.Priorities;
import io.conex4j.core.runtime.SynapseGroup;
import io.conex4j.core.storage.Weights;

/**
 * Base of the trace STDP rules: {@code W += dwPlus - dwMinus} with
 * {@code dwPlus[i][j] = preTrace[i] * postSpike[j] * aPlus * positiveBound(W[i][j])} and
 * {@code dwMinus[i][j] = preSpike[i] * postTrace[j] * aMinus * negativeBound(W[i][j])}, both from the
 * weights before the update. Event-driven: only rows of spiking sources and columns of spiking
 * destinations are touched. Needs both spike catchers and both traces on the same synapses. Priority 500.
 */
public abstract class StdpRule extends Behavior<SynapseGroup> {

    /** The rule's parameters. */
    protected final StdpParams p;
    /** Indices of this iteration's spiking sources / destinations (buffers sized at initialize). */
    protected int[] preIdx;
    /** Indices of this iteration's spiking destinations. */
    protected int[] postIdx;
    private io.conex4j.core.kernels.Kernels kernels;

    /** A rule with the given parameters at {@code priority}. */
    protected StdpRule(StdpParams params, int priority) {
        super(priority);
        this.p = java.util.Objects.requireNonNull(params, "params");
    }

    /** A rule at the standard priority (500). */
    protected StdpRule(StdpParams params) {
        this(params, Priorities.LEARNING);
    }

    /** The parameters. */
    public final StdpParams params() {
        return p;
    }

    /** Throws (naming the synapse and shape) unless this rule can update {@code w}. */
    protected abstract void checkWeights(SynapseGroup s, Weights w);

    @Override
    public java.util.Map<String, Object> parameters() {
        return java.util.Map.of("aPlus", (double) p.aPlus(), "aMinus", (double) p.aMinus(), "wMin", (double) p.wMin(), "wMax",
                (double) p.wMax(), "positiveBound", p.positiveBound().name(), "negativeBound", p.negativeBound().name());
    }

    @Override
    public final void initialize(SynapseGroup s) {
        Weights w = s.requireWeights(name());
        checkWeights(s, w);
        for (Class<?> needed : new Class<?>[] {PreSpikeCatcher.class, PostSpikeCatcher.class, PreTrace.class,
                PostTrace.class}) {
            @SuppressWarnings("unchecked")
            Class<Object> c = (Class<Object>) needed;
            if (s.behavior(c) == null) {
                throw new IllegalStateException(name() + " on synapses " + s.name() + ": needs a "
                        + needed.getSimpleName() + " on the same synapses");
            }
        }
        preIdx = new int[s.src().size()];
        postIdx = new int[s.dst().size()];
        kernels = s.network().kernels();
    }

    /** Collects the indices of true flags into {@code out}; returns how many. */
    protected final int spikingIndices(boolean[] flags, int[] out) {
        return kernels.spikingIndices(flags, out);
    }
}
