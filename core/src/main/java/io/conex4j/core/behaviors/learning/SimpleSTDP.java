package io.conex4j.core.behaviors.learning;

import io.conex4j.core.runtime.Priorities;
import io.conex4j.core.runtime.SynapseGroup;
import io.conex4j.core.storage.WeightOps;
import io.conex4j.core.storage.Weights;

/**
 * CoNeX's SimpleSTDP on 2-D {@code [src, dst]} weights, dense or CSC (the stored values change, a CSC
 * structure never does); see {@link StdpRule}.
 */
public class SimpleSTDP extends StdpRule {

    /** At the standard priority (500). */
    public SimpleSTDP(StdpParams params) {
        super(params, Priorities.LEARNING);
    }

    /** At an explicit priority. */
    public SimpleSTDP(StdpParams params, int priority) {
        super(params, priority);
    }

    @Override
    protected final void checkWeights(SynapseGroup s, Weights w) {
        if (!WeightOps.isMatrix(w, s.src().size(), s.dst().size())) {
            throw new IllegalArgumentException(name() + " on synapses " + s.name() + ": weights "
                    + WeightOps.describe(w) + " must be [" + s.src().size() + ", " + s.dst().size() + "]");
        }
    }
}
