package io.conex4j.core.behaviors.learning;

import io.conex4j.core.runtime.SynapseGroup;
import io.conex4j.core.storage.Weights;

/**
 * CoNeX's Conv2dRSTDP on shared convolution weights {@code (outCh, inCh, kH, kW)}: the eligibility of
 * {@link RstdpRule} fed by {@link Conv2dSTDP}'s change (summed over output positions and divided by their
 * number). Stride and padding come from the synapse's convolutional dendrite.
 */
public final class Conv2dRSTDP extends ConvRstdpRule {

    /** With the STDP parameters, {@code tauC} in iterations and the initial eligibility. */
    public Conv2dRSTDP(StdpParams params, double tauC, double initC) {
        super(params, tauC, initC);
    }

    /** With the eligibility starting at 0 (CoNeX's default). */
    public Conv2dRSTDP(StdpParams params, double tauC) {
        this(params, tauC, 0.0);
    }

    /** The number of output positions the summed change is divided by (CoNeX's weight divisor), after initialize. */
    public int weightDivisor() {
        return delta.divisor();
    }

    @Override
    protected void checkWeights(SynapseGroup s, Weights w) {
        delta = ConvShapes.shared(name(), s, w);
    }
}
