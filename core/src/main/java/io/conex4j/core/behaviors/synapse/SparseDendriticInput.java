package io.conex4j.core.behaviors.synapse;

import io.conex4j.core.runtime.Priorities;

/**
 * CoNeX's SparseDendriticInput, {@code I = currentCoef * currentType * (preSpike @ W)}: the same input as
 * {@link SimpleDendriticInput} (which takes dense and CSC weights alike), under the name CoNeX uses for CSC
 * weights. Priority 180.
 */
public final class SparseDendriticInput extends SimpleDendriticInput {

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
}
