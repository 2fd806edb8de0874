package io.conex4j.core.behaviors.learning;

import io.conex4j.core.runtime.Check;
import io.conex4j.core.behaviors.synapse.PostSpikeCatcher;
import io.conex4j.core.behaviors.synapse.PreSpikeCatcher;
import io.conex4j.core.runtime.Behavior;
import io.conex4j.core.runtime.DataFlow;
import io.conex4j.core.runtime.Priorities;
import io.conex4j.core.runtime.Slot;
import io.conex4j.core.runtime.SpikeList;
import io.conex4j.core.runtime.SynapseGroup;
import io.conex4j.core.storage.WeightOps;
import io.conex4j.core.storage.Weights;
import java.util.Map;

/**
 * Base of the trace STDP rules: {@code W += dwPlus - dwMinus} with
 * {@code dwPlus[i][j] = preTrace[i] * postSpike[j] * aPlus * positiveBound(W[i][j])} and
 * {@code dwMinus[i][j] = preSpike[i] * postTrace[j] * aMinus * negativeBound(W[i][j])}, both from the
 * weights before the update. Event-driven over the caught spikes' index lists. Reads this iteration's
 * caught spikes and traces (the network adds the spike catchers when missing; the traces need their time
 * constants, so they must be added). Priority 500.
 */
public abstract class StdpRule extends Behavior<SynapseGroup> {

    /** The rule's parameters. */
    protected final StdpParams p;
    /** The caught pre-synaptic spikes (flags and index list). */
    protected Slot<boolean[]> preSpike;
    /** The caught post-synaptic spikes. */
    protected Slot<boolean[]> postSpike;
    /** The spiking sources' indices. */
    protected Slot<SpikeList> preSpiking;
    /** The spiking destinations' indices. */
    protected Slot<SpikeList> postSpiking;
    /** The traces. */
    protected float[] preTrace;
    /** The post-synaptic trace. */
    protected float[] postTrace;
    /** The weights (replaced when a load changes a CSC structure). */
    protected Slot<Weights> weights;

    /** A rule with the given parameters at {@code priority}. */
    protected StdpRule(StdpParams params, int priority) {
        super(priority);
        this.p = Check.notNull("StdpRule", "params", params);
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
    public Map<String, Object> parameters() {
        return Map.of("aPlus", (double) p.aPlus(), "aMinus", (double) p.aMinus(), "wMin", (double) p.wMin(), "wMax",
                (double) p.wMax(), "positiveBound", p.positiveBound().name(), "negativeBound", p.negativeBound().name(),
                "clamped", p.clamped());
    }

    @Override
    public void declare(SynapseGroup s, DataFlow flow) {
        flow.reads(s, SynapseGroup.PRE_SPIKE).orAdd(PreSpikeCatcher::new)
                .reads(s, SynapseGroup.PRE_SPIKING).orAdd(PreSpikeCatcher::new)
                .reads(s, SynapseGroup.POST_SPIKE).orAdd(PostSpikeCatcher::new)
                .reads(s, SynapseGroup.POST_SPIKING).orAdd(PostSpikeCatcher::new)
                .reads(s, SynapseGroup.PRE_TRACE)
                .reads(s, SynapseGroup.POST_TRACE)
                .writes(s, SynapseGroup.WEIGHTS);
    }

    @Override
    public void initialize(SynapseGroup s) {
        Weights w = s.requireWeights(name());
        checkWeights(s, w);
        String who = name() + " on synapses " + s.name();
        preTrace = s.require(SynapseGroup.PRE_TRACE, who);
        postTrace = s.require(SynapseGroup.POST_TRACE, who);
        preSpike = s.slot(SynapseGroup.PRE_SPIKE);
        postSpike = s.slot(SynapseGroup.POST_SPIKE);
        preSpiking = s.slot(SynapseGroup.PRE_SPIKING);
        postSpiking = s.slot(SynapseGroup.POST_SPIKING);
        weights = s.slot(SynapseGroup.WEIGHTS);
    }

    /** The matrix and one-to-one rules: {@link WeightOps#traceStdp}. */
    @Override
    public void forward(SynapseGroup s) {
        SpikeList pre = preSpiking.get();
        SpikeList post = postSpiking.get();
        WeightOps.traceStdp(weights.get(), p, preSpike.get(), pre.indices(), pre.count(), postSpike.get(),
                post.indices(), post.count(), preTrace, postTrace);
    }
}
