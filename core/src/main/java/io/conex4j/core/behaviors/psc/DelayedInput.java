package io.conex4j.core.behaviors.psc;

import io.conex4j.core.runtime.StateKey;
import io.conex4j.core.storage.DelayedSynapses;
import io.conex4j.core.storage.FutureInput;

/**
 * The state of synapses with per-synapse delays: the {@link #SYNAPSES} of a synapse group (made by a
 * {@link DelayedConnection}) and the {@link #INPUT} of future input of a neuron group (made by its neuron model, e.g.
 * {@link IafPscExp}), to which a {@link DelayedDelivery} appends each spike's weights at each synapse's arrival.
 */
public final class DelayedInput {

    /** The synapses of a synapse group, each with its own delay (on the synapse group). */
    public static final StateKey<DelayedSynapses> SYNAPSES = StateKey.structural("delayedSynapses",
            DelayedSynapses.class, "add a DelayedConnection (in the DSL: s.connect(...))");

    /** The input a neuron group receives in the coming iterations (on the neuron group). */
    public static final StateKey<FutureInput> INPUT = StateKey.structural("futureInput", FutureInput.class,
            "give the destination a neuron model that takes delayed input, such as IafPscExp"
                    + " (in the DSL: g.iafPscExp(...))");

    private DelayedInput() {
    }
}
