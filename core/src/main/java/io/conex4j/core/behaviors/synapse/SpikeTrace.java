package io.conex4j.core.behaviors.synapse;

import io.conex4j.core.kernels.Kernels;
import io.conex4j.core.runtime.Behavior;
import io.conex4j.core.runtime.Check;
import io.conex4j.core.runtime.SynapseGroup;

/**
 * An exponentially decaying spike trace of one side of a synapse, CoNeX's explicit Euler step in float32:
 * {@code x = x + (spike ? spikeScale : 0); x = x - (x / tauS) * dt}, with {@code dt} the network's step.
 * Magnitudes below 1e-30 are flushed to 0 so that the trace never becomes subnormal (slow).
 */
abstract sealed class SpikeTrace extends Behavior<SynapseGroup> permits PreTrace, PostTrace {

    private final float tauS;
    private final float spikeScale;
    private float dt;
    private Kernels kernels;

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
    public java.util.Map<String, Object> parameters() {
        return java.util.Map.of("tauS", (double) tauS, "spikeScale", (double) spikeScale);
    }

    @Override
    public final void initialize(SynapseGroup s) {
        Class<? extends SpikeCatcher> catcher = pre() ? PreSpikeCatcher.class : PostSpikeCatcher.class;
        if (s.behavior(catcher) == null) {
            throw new IllegalStateException(name() + " on synapses " + s.name() + ": needs a "
                    + catcher.getSimpleName() + " on the same synapses");
        }
        float step = s.network().dt();
        Check.positive(name(), "dt", step);
        dt = step;
        kernels = s.network().kernels();
        float[] trace = new float[pre() ? s.src().size() : s.dst().size()];
        if (pre()) {
            s.preTrace = trace;
        } else {
            s.postTrace = trace;
        }
    }

    @Override
    public final void forward(SynapseGroup s) {
        if (pre()) {
            kernels.traceUpdate(s.preTrace, s.preSpike, spikeScale, tauS, dt);
        } else {
            kernels.traceUpdate(s.postTrace, s.postSpike, spikeScale, tauS, dt);
        }
    }
}
