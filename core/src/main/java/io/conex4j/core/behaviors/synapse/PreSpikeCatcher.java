package io.conex4j.core.behaviors.synapse;

import io.conex4j.core.runtime.Priorities;

/**
 * CoNeX's PreSpikeCatcher: each iteration sets {@code preSpike[i]} to source neuron i's spike from
 * {@code srcDelay[i]} iterations ago. Priority 420, initialized last. The source group needs an axon.
 */
public final class PreSpikeCatcher extends SpikeCatcher {

    /** At the standard priority (420). */
    public PreSpikeCatcher() {
        this(Priorities.PRE_SPIKE_CATCHER);
    }

    /** At an explicit priority. */
    public PreSpikeCatcher(int priority) {
        super(priority);
    }

    @Override
    boolean pre() {
        return true;
    }
}
