package io.conex4j.core.behaviors.synapse;

import io.conex4j.core.runtime.Priorities;

/** CoNeX's PreTrace: the trace of the caught source spikes ({@code preTrace}), see {@link SpikeTrace}. Priority 460. */
public final class PreTrace extends SpikeTrace {

    /** Time constant {@code tauS} in ms (&gt; 0), spike scale 1. */
    public PreTrace(double tauS) {
        this(tauS, 1.0);
    }

    /** Time constant {@code tauS} in ms (&gt; 0) and the jump per spike. */
    public PreTrace(double tauS, double spikeScale) {
        this(tauS, spikeScale, Priorities.PRE_TRACE);
    }

    /** At an explicit priority. */
    public PreTrace(double tauS, double spikeScale, int priority) {
        super("PreTrace", tauS, spikeScale, priority);
    }

    @Override
    boolean pre() {
        return true;
    }
}
