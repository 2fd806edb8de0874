package io.conex4j.core.behaviors.synapse;

import io.conex4j.core.kernels.Kernels;
import io.conex4j.core.runtime.Behavior;
import io.conex4j.core.runtime.Check;
import io.conex4j.core.runtime.DataFlow;
import io.conex4j.core.runtime.Slot;
import io.conex4j.core.runtime.StateKey;
import io.conex4j.core.runtime.SynapseGroup;
import java.util.Map;

/**
 * An exponentially decaying spike trace of one side of a synapse, CoNeX's explicit Euler step in float32:
 * {@code x = x + (spike ? spikeScale : 0); x = x - (x / tauS) * dt}, with {@code dt} the network's step, read on
 * every step. Magnitudes below 1e-30 are flushed to 0 so that the trace never becomes subnormal (slow).
 */
abstract sealed class SpikeTrace extends Behavior<SynapseGroup> permits PreTrace, PostTrace {

    private final float tauS;
    private final float spikeScale;
    private Kernels kernels;
    private float[] trace;
    private Slot<boolean[]> spikes;

    SpikeTrace(String who, double tauS, double spikeScale, int priority) {
        super(priority);
        this.tauS = Check.positive(who, "tauS", tauS);
        this.spikeScale = Check.finite(who, "spikeScale", spikeScale);
    }

    abstract boolean pre();

    /** The decay time constant in ms. */
    public final float tauS() {
        return tauS;
    }

    /** The jump per spike. */
    public final float spikeScale() {
        return spikeScale;
    }

    @Override
    public Map<String, Object> parameters() {
        return Map.of("tauS", (double) tauS, "spikeScale", (double) spikeScale);
    }

    private StateKey<float[]> traceKey() {
        return pre() ? SynapseGroup.PRE_TRACE : SynapseGroup.POST_TRACE;
    }

    @Override
    public final void declare(SynapseGroup s, DataFlow flow) {
        if (pre()) {
            flow.reads(s, SynapseGroup.PRE_SPIKE).orAdd(PreSpikeCatcher::new);
        } else {
            flow.reads(s, SynapseGroup.POST_SPIKE).orAdd(PostSpikeCatcher::new);
        }
        flow.creates(s, traceKey()).writes(s, traceKey());
    }

    @Override
    public final void initialize(SynapseGroup s) {
        kernels = s.network().kernels();
        trace = new float[pre() ? s.src().size() : s.dst().size()];
        spikes = s.slot(pre() ? SynapseGroup.PRE_SPIKE : SynapseGroup.POST_SPIKE);
        s.put(traceKey(), trace);
    }

    @Override
    public final void forward(SynapseGroup s) {
        kernels.traceUpdate(trace, spikes.get(), spikeScale, tauS, s.network().dt());
    }
}
