package io.conex4j.core.behaviors.psc;

import io.conex4j.core.runtime.StateKey;
import io.conex4j.core.storage.DelayedSynapses;
import io.conex4j.core.storage.InputRing;

/**
 * The state of synapses with per-synapse delays: the {@link #SYNAPSES} of a synapse group (made by a
 * {@link DelayedConnection}) and the {@link #RING} of future input of a neuron group (made by its neuron model, e.g.
 * {@link IafPscExp}), into which a {@link DelayedDelivery} adds each spike's weights at each synapse's delay.
 */
public final class DelayedInput {

    /** The synapses of a synapse group, each with its own delay (on the synapse group). */
    public static final StateKey<DelayedSynapses> SYNAPSES = StateKey.structural("delayedSynapses",
            DelayedSynapses.class, "add a DelayedConnection (in the DSL: s.connect(...))");

    /** The input a neuron group receives in the coming iterations (on the neuron group). */
    public static final StateKey<InputRing> RING = StateKey.structural("inputRing", InputRing.class,
            "give the destination a neuron model that takes delayed input, such as IafPscExp"
                    + " (in the DSL: g.iafPscExp(...))");

    private DelayedInput() {
    }
}
