package io.conex4j.core.behaviors.learning;

import io.conex4j.core.runtime.DataFlow;
import io.conex4j.core.runtime.SynapseGroup;
import java.util.Arrays;

/**
 * Base of the convolutional and local reward rules: the eligibility of {@link RstdpRule} fed by their
 * {@link ConvStdpDelta} (made by the subclass's weight check), zero in iterations in which no neuron spiked.
 */
abstract class ConvRstdpRule extends RstdpRule {

    /** The change, set by {@link #checkWeights}. */
    ConvStdpDelta delta;

    ConvRstdpRule(StdpParams params, double tauC, double initC) {
        super(params, tauC, initC);
    }

    @Override
    public final void declare(SynapseGroup s, DataFlow flow) {
        super.declare(s, flow);
        flow.reads(s, SynapseGroup.GEOMETRY);
    }

    @Override
    protected final void stdpDelta(SynapseGroup s) {
        if (delta.accumulate(preSpiking.get(), postSpiking.get(), preTrace, postTrace)) {
            delta.delta(p, weights.get().values(), dw);
        } else {
            Arrays.fill(dw, 0f);
        }
    }
}
