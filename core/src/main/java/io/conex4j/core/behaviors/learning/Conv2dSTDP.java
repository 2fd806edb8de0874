package io.conex4j.core.behaviors.learning;

import io.conex4j.core.runtime.SynapseGroup;
import io.conex4j.core.storage.Weights;

/**
 * CoNeX's Conv2dSTDP on shared convolution weights {@code (outCh, inCh, kH, kW)}: the trace rule summed over
 * every output position that uses a weight, divided by the number of output positions
 * ({@code outH * outW}):
 * {@code dW[o,c,ky,kx] = (aPlus * pb(W) * sum_pos postSpike[o,pos] * preTrace[in(pos,c,ky,kx)]
 * - aMinus * nb(W) * sum_pos postTrace[o,pos] * preSpike[in(pos,c,ky,kx)]) / (outH * outW)}.
 * Stride and padding come from the synapse (set by its convolutional dendrite). Event-driven.
 */
public final class Conv2dSTDP extends ConvStdpRule {

    /** At the standard priority (500). */
    public Conv2dSTDP(StdpParams params) {
        super(params);
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
