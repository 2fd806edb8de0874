package io.conex4j.core.behaviors.synapse;

import io.conex4j.core.runtime.Behavior;
import io.conex4j.core.runtime.NeuronGroup;
import io.conex4j.core.runtime.Priorities;
import io.conex4j.core.runtime.SynapseGroup;

/**
 * CoNeX's SynapseInit: records the source and destination layouts {@code (depth, height, width)} and
 * sets every source and destination delay to 0 iterations. Initialize only.
 */
public final class SynapseInit extends Behavior<SynapseGroup> {

    /** At the standard priority (2). */
    public SynapseInit() {
        this(Priorities.SYNAPSE_INIT);
    }

    /** At an explicit priority. */
    public SynapseInit(int priority) {
        super(priority);
    }

    @Override
    public void initialize(SynapseGroup s) {
        s.srcShape = layout(s.src());
        s.dstShape = layout(s.dst());
        s.srcDelay = new int[s.src().size()];
        s.dstDelay = new int[s.dst().size()];
    }

    private static int[] layout(NeuronGroup g) {
        return new int[] {g.depth(), g.height(), g.width()};
    }
}
