package io.conex4j.core.behaviors.synapse;

import io.conex4j.core.runtime.Priorities;
import io.conex4j.core.runtime.SynapseGroup;
import io.conex4j.core.storage.WeightOps;
import io.conex4j.core.storage.Weights;

/**
 * CoNeX's One2OneDendriticInput: neuron i of the source drives neuron i of the destination,
 * {@code I[i] = currentCoef * currentType * w[i] * preSpike[i]}, with 1-D weights of the groups' common
 * size. Priority 180.
 */
public final class One2OneDendriticInput extends DendriticInput {

    /** Coefficient 1. */
    public One2OneDendriticInput() {
        this(1.0);
    }

    /** With {@code currentCoef}. */
    public One2OneDendriticInput(double currentCoef) {
        this(currentCoef, Priorities.DENDRITIC_INPUT);
    }

    /** At an explicit priority. */
    public One2OneDendriticInput(double currentCoef, int priority) {
        super("One2OneDendriticInput", currentCoef, priority);
    }

    @Override
    protected void checkWeights(SynapseGroup s, Weights w) {
        if (!WeightOps.isOneToOne(w, s.dst().size()) || s.src().size() != s.dst().size()) {
            throw new IllegalArgumentException(name() + " on synapses " + s.name() + ": weights "
                    + WeightOps.describe(w) + " must be dense 1-D [" + s.dst().size()
                    + "] with equal source and destination sizes (source " + s.src().size() + ")");
        }
    }
}
