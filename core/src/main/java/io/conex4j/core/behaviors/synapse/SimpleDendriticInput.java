package io.conex4j.core.behaviors.synapse;

import io.conex4j.core.runtime.Priorities;
import io.conex4j.core.runtime.SynapseGroup;
import io.conex4j.core.storage.Weights;

/**
 * CoNeX's SimpleDendriticInput: {@code I = currentCoef * currentType * (sum of the weight rows of the
 * spiking sources)}, for 2-D {@code [src, dst]} weights, dense or CSC (CoNeX fails on CSC). Dense rows go
 * through the row kernel, CSC through its row index. Priority 180.
 */
public class SimpleDendriticInput extends DendriticInput {

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
        this("SimpleDendriticInput", currentCoef, priority);
    }

    /** For the CoNeX names of the same input; {@code who} names it in messages. */
    SimpleDendriticInput(String who, double currentCoef, int priority) {
        super(who, currentCoef, priority);
    }

    @Override
    protected final void checkWeights(SynapseGroup s, Weights w) {
        require2d(name(), s, w);
    }
}
