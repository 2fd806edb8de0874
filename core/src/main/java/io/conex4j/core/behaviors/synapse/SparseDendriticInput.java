package io.conex4j.core.behaviors.synapse;

import io.conex4j.core.runtime.Priorities;
import io.conex4j.core.runtime.SynapseGroup;
import io.conex4j.core.storage.Weights;

/**
 * CoNeX's SparseDendriticInput: {@code I = currentCoef * currentType * (preSpike @ W)} for CSC (or dense)
 * 2-D weights. Event-driven: a row index built once lets each spiking source push its own entries, instead
 * of a pull over every column. Priority 180.
 */
public final class SparseDendriticInput extends DendriticInput {

    /** Coefficient 1. */
    public SparseDendriticInput() {
        this(1.0);
    }

    /** With {@code currentCoef}. */
    public SparseDendriticInput(double currentCoef) {
        this(currentCoef, Priorities.DENDRITIC_INPUT);
    }

    /** At an explicit priority. */
    public SparseDendriticInput(double currentCoef, int priority) {
        super("SparseDendriticInput", currentCoef, priority);
    }

    @Override
    protected void checkWeights(SynapseGroup s, Weights w) {
        require2d(name(), s, w);
    }
}
