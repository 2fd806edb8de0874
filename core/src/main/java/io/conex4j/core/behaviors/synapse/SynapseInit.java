package io.conex4j.core.behaviors.synapse;

import io.conex4j.core.runtime.Behavior;
import io.conex4j.core.runtime.DataFlow;
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
    public void declare(SynapseGroup s, DataFlow flow) {
        flow.creates(s, SynapseGroup.SRC_SHAPE).creates(s, SynapseGroup.DST_SHAPE)
                .creates(s, SynapseGroup.SRC_DELAY).creates(s, SynapseGroup.DST_DELAY);
    }

    @Override
    public void initialize(SynapseGroup s) {
        s.put(SynapseGroup.SRC_SHAPE, layout(s.src()));
        s.put(SynapseGroup.DST_SHAPE, layout(s.dst()));
        s.put(SynapseGroup.SRC_DELAY, new int[s.src().size()]);
        s.put(SynapseGroup.DST_DELAY, new int[s.dst().size()]);
    }

    private static int[] layout(NeuronGroup g) {
        return new int[] {g.depth(), g.height(), g.width()};
    }
}
