package io.conex4j.core.behaviors.learning;

import io.conex4j.core.runtime.Priorities;
import io.conex4j.core.runtime.SynapseGroup;
import io.conex4j.core.storage.WeightOps;
import io.conex4j.core.storage.Weights;

/** CoNeX's One2OneSTDP on 1-D weights (neuron i to neuron i); see {@link StdpRule}. */
public final class One2OneSTDP extends StdpRule {

    /** At the standard priority (500). */
    public One2OneSTDP(StdpParams params) {
        super(params, Priorities.LEARNING);
    }

    /** At an explicit priority. */
    public One2OneSTDP(StdpParams params, int priority) {
        super(params, priority);
    }

    @Override
    protected void checkWeights(SynapseGroup s, Weights w) {
        if (!WeightOps.isOneToOne(w, s.dst().size()) || s.src().size() != s.dst().size()) {
            throw new IllegalArgumentException(name() + " on synapses " + s.name() + ": weights "
                    + WeightOps.describe(w) + " must be dense 1-D [" + s.dst().size()
                    + "] with equal source and destination sizes");
        }
    }
}
