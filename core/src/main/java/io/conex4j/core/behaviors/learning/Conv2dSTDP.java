package io.conex4j.core.behaviors.learning;

import io.conex4j.core.runtime.SynapseGroup;
import io.conex4j.core.storage.WeightOps;
import io.conex4j.core.storage.Weights;
import java.util.Arrays;

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

    @Override
    protected void checkWeights(SynapseGroup s, Weights w) {
        int[] shape = w.shape();
        if (!WeightOps.isDense(w, 4)) {
            throw new IllegalArgumentException(name() + " on synapses " + s.name() + ": weights " + w
                    + " must be dense 4-D (outCh, inCh, kH, kW)");
        }
        g = ConvShapes.geometry(name(), s, shape[1], shape[0], shape[2], shape[3], Arrays.toString(shape));
        allocate(w.storedCount());
    }

    @Override
    int weightIndex(int o, int pos, int conn) {
        return o * g.connSize() + conn;
    }

    @Override
    int divisor() {
        return g.outSize();
    }
}
