package io.conex4j.core.behaviors.synapse;

import io.conex4j.core.runtime.DataFlow;
import io.conex4j.core.runtime.SynapseGroup;
import io.conex4j.core.storage.WeightOps;
import io.conex4j.core.storage.Weights;
import java.util.Arrays;

/**
 * CoNeX's Local2dDendriticInput: a locally connected layer (a convolution without weight sharing) with
 * weights {@code (outCh, outH*outW, inCh*kH*kW)}; the kernel {@code kH x kW} comes from the synapse's
 * {@code kernelShape} (its last two entries, as CoNeX's {@code kernel_shape[-2:]}). Event-driven. Priority 180.
 */
public final class Local2dDendriticInput extends Conv2dDendriticInput {

    /** Coefficient, stride (&ge; 1) and padding (&ge; 0). */
    public Local2dDendriticInput(double currentCoef, int stride, int padding) {
        super("Local2dDendriticInput", currentCoef, stride, padding);
    }

    @Override
    protected void checkWeights(SynapseGroup s, Weights w) {
        int[] shape = w.shape();
        if (!WeightOps.isDense(w, 3)) {
            throw new IllegalArgumentException(name() + " on synapses " + s.name() + ": weights " + w
                    + " must be dense 3-D (outCh, outH*outW, inCh*kH*kW)");
        }
        int[] k = s.get(SynapseGroup.KERNEL_SHAPE);
        if (k == null || k.length < 2) {
            throw new IllegalArgumentException(name() + " on synapses " + s.name()
                    + ": needs the WeightInitializer's kernelShape (..., kH, kW)");
        }
        int kH = k[k.length - 2];
        int kW = k[k.length - 1];
        int inCh = s.src().depth();
        geometry = geometry(s, inCh, shape[0], kH, kW, Arrays.toString(shape));
        if (shape[1] != geometry.outSize() || shape[2] != geometry.connSize()) {
            throw new IllegalArgumentException(name() + " on synapses " + s.name() + ": weights "
                    + Arrays.toString(shape) + " must be [" + shape[0] + ", " + geometry.outSize() + ", "
                    + geometry.connSize() + "] for kernel " + kH + "x" + kW + " over source "
                    + Arrays.toString(new int[] {inCh, s.src().height(), s.src().width()}));
        }
    }

    @Override
    public void declare(SynapseGroup s, DataFlow flow) {
        super.declare(s, flow);
        flow.reads(s, SynapseGroup.KERNEL_SHAPE);
    }

    /** Local weights are not shared: one row of connections per output channel and position. */
    @Override
    protected int weightIndex(int o, int pos, int conn) {
        return (o * geometry.outSize() + pos) * geometry.connSize() + conn;
    }

}
