package io.conex4j.core.behaviors.synapse;

import io.conex4j.core.runtime.Priorities;

/** CoNeX's PostTrace: the trace of the caught destination spikes ({@code postTrace}), see {@link SpikeTrace}. Priority 480. */
public final class PostTrace extends SpikeTrace {

    /** Time constant {@code tauS} in ms (&gt; 0), spike scale 1. */
    public PostTrace(double tauS) {
        this(tauS, 1.0);
    }

    /** Time constant {@code tauS} in ms (&gt; 0) and the jump per spike. */
    public PostTrace(double tauS, double spikeScale) {
        this(tauS, spikeScale, Priorities.POST_TRACE);
    }

    /** At an explicit priority. */
    public PostTrace(double tauS, double spikeScale, int priority) {
        super("PostTrace", tauS, spikeScale, priority);
    }

    @Override
    boolean pre() {
        return false;
    }
}
