package io.conex4j.core.behaviors.learning;

import io.conex4j.core.runtime.DataFlow;
import io.conex4j.core.runtime.SynapseGroup;

/**
 * Base of the convolutional and local STDP rules: their {@link ConvStdpDelta} (made by the subclass's weight
 * check) added to the weights each iteration in which a neuron spiked.
 */
abstract class ConvStdpRule extends StdpRule {

    /** The change, set by {@link #checkWeights}. */
    ConvStdpDelta delta;

    ConvStdpRule(StdpParams params) {
        super(params);
    }

    @Override
    public final void declare(SynapseGroup s, DataFlow flow) {
        super.declare(s, flow);
        flow.reads(s, SynapseGroup.GEOMETRY);
    }

    @Override
    public final void forward(SynapseGroup s) {
        if (delta.accumulate(preSpiking.get(), postSpiking.get(), preTrace, postTrace)) {
            delta.apply(p, weights.get().values());
        }
    }
}
