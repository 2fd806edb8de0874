package io.conex4j.core.behaviors.neuron;

import io.conex4j.core.runtime.StateKey;

/**
 * The membrane constants a neuron model publishes on its group under {@link #KEY} (the LIF family does) for the
 * behaviors that scale currents to the model, such as {@link SimpleDendriteComputation}.
 *
 * @param tau membrane time constant, ms
 * @param r membrane resistance, MOhm
 * @param vRest resting potential, mV
 */
public record MembraneConstants(float tau, float r, float vRest) {

    /** Where the model keeps them; rebuilt at initialize, not saved. */
    public static final StateKey<MembraneConstants> KEY = StateKey.structural("membrane", MembraneConstants.class,
            "add a neuron model with a membrane (LIF, ELIF or AELIF) to the group");
}
