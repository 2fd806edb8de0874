package io.conex4j.core.behaviors.synapse;

import io.conex4j.core.runtime.Priorities;
import io.conex4j.core.runtime.SynapseGroup;
import io.conex4j.core.storage.Weights;

/**
 * CoNeX's SimpleDendriticInput: {@code I = currentCoef * currentType * (sum of the weight rows of the
 * spiking sources)}. Dense 2-D weights use the row kernel; CSC weights work too (CoNeX fails on them)
 * through the row index. Priority 180.
 */
public final class SimpleDendriticInput extends DendriticInput {

    /** Coefficient 1. */
    public SimpleDendriticInput() {
        this(1.0);
    }

    /** With {@code currentCoef}. */
    public SimpleDendriticInput(double currentCoef) {
        this(currentCoef, Priorities.DENDRITIC_INPUT);
    }

    /** At an explicit priority. */
    public SimpleDendriticInput(double currentCoef, int priority) {
        super("SimpleDendriticInput", currentCoef, priority);
    }

    @Override
    protected void checkWeights(SynapseGroup s, Weights w) {
        require2d(name(), s, w);
    }
}
