package io.conex4j.core.behaviors.synapse;

import io.conex4j.core.runtime.Priorities;

/**
 * CoNeX's PostSpikeCatcher: each iteration sets {@code postSpike[j]} to destination neuron j's spike from
 * {@code dstDelay[j]} iterations ago. Priority 440, initialized last. The destination group needs an axon.
 */
public final class PostSpikeCatcher extends SpikeCatcher {

    /** At the standard priority (440). */
    public PostSpikeCatcher() {
        this(Priorities.POST_SPIKE_CATCHER);
    }

    /** At an explicit priority. */
    public PostSpikeCatcher(int priority) {
        super(priority);
    }

    @Override
    boolean pre() {
        return false;
    }
}
