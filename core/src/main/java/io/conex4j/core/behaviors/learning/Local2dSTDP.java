package io.conex4j.core.behaviors.learning;

import io.conex4j.core.runtime.SynapseGroup;
import io.conex4j.core.storage.WeightOps;
import io.conex4j.core.storage.Weights;
import java.util.Arrays;

/**
 * CoNeX's Local2dSTDP on locally connected weights {@code (outCh, outH*outW, inCh*kH*kW)}:
 * {@code dW[o,pos,conn] = aPlus * pb(W) * postSpike[o,pos] * preTrace[in(pos,conn)]
 * - aMinus * nb(W) * postTrace[o,pos] * preSpike[in(pos,conn)]}. CoNeX builds the post-synaptic spikes of
 * this rule from the pre-synaptic ones (a bug); conex4j uses the post-synaptic spikes. The kernel comes from
 * the synapse's {@code kernelShape}, stride and padding from its local dendrite. Event-driven.
 */
public final class Local2dSTDP extends ConvStdpRule {

    /** At the standard priority (500). */
    public Local2dSTDP(StdpParams params) {
        super(params);
    }

    @Override
    protected void checkWeights(SynapseGroup s, Weights w) {
        int[] shape = w.shape();
        int[] k = s.get(SynapseGroup.KERNEL_SHAPE);
        if (!WeightOps.isDense(w, 3) || k == null || k.length < 2) {
            throw new IllegalArgumentException(name() + " on synapses " + s.name() + ": weights " + w
                    + " must be dense 3-D (outCh, outH*outW, inCh*kH*kW) with a kernelShape");
        }
        g = ConvShapes.geometry(name(), s, s.src().depth(), shape[0], k[k.length - 2], k[k.length - 1],
                Arrays.toString(shape));
        if (shape[1] != g.outSize() || shape[2] != g.connSize()) {
            throw new IllegalArgumentException(name() + " on synapses " + s.name() + ": weights "
                    + Arrays.toString(shape) + " must be [" + shape[0] + ", " + g.outSize() + ", " + g.connSize() + "]");
        }
        allocate(w.storedCount());
    }

    @Override
    int weightIndex(int o, int pos, int conn) {
        return (o * g.outSize() + pos) * g.connSize() + conn;
    }

    @Override
    int divisor() {
        return 1;
    }
}
