package io.conex4j.core.behaviors.learning;

import io.conex4j.core.behaviors.synapse.ConvShapeCheck;
import io.conex4j.core.runtime.SynapseGroup;
import io.conex4j.core.storage.ConvGeometry;
import io.conex4j.core.storage.WeightOps;
import io.conex4j.core.storage.Weights;
import java.util.Arrays;

/** The weight checks of the convolutional and local (R)STDP rules, which make their {@link ConvStdpDelta}. */
final class ConvShapes {

    private ConvShapes() {
    }

    private static ConvGeometry geometry(String who, SynapseGroup s, int inCh, int outCh, int kH, int kW,
            String weights) {
        ConvGeometry input = s.require(SynapseGroup.GEOMETRY, who + " on synapses " + s.name());
        return ConvShapeCheck.geometry(who, s, inCh, outCh, kH, kW, input.stride(), input.padding(), weights);
    }

    /** Shared convolution weights {@code (outCh, inCh, kH, kW)} with the stride and padding of the synapse's input. */
    static ConvStdpDelta shared(String who, SynapseGroup s, Weights w) {
        int[] shape = w.shape();
        if (!WeightOps.isDense(w, 4)) {
            throw new IllegalArgumentException(who + " on synapses " + s.name() + ": weights " + w
                    + " must be dense 4-D (outCh, inCh, kH, kW)");
        }
        ConvGeometry g = geometry(who, s, shape[1], shape[0], shape[2], shape[3], Arrays.toString(shape));
        return new ConvStdpDelta(g, true, 0);
    }

    /**
     * Local weights {@code (outCh, outH*outW, inCh*kH*kW)} with the synapse's kernelShape; with {@code preSpikeQuirk}
     * the source must hold {@code outCh} or {@code outCh * outH * outW} neurons (CoNeX crashes otherwise).
     */
    static ConvStdpDelta local(String who, SynapseGroup s, Weights w, boolean preSpikeQuirk) {
        int[] shape = w.shape();
        int[] k = s.get(SynapseGroup.KERNEL_SHAPE);
        if (!WeightOps.isDense(w, 3) || k == null || k.length < 2) {
            throw new IllegalArgumentException(who + " on synapses " + s.name() + ": weights " + w
                    + " must be dense 3-D (outCh, outH*outW, inCh*kH*kW) with a kernelShape");
        }
        ConvGeometry g = geometry(who, s, s.src().depth(), shape[0], k[k.length - 2], k[k.length - 1],
                Arrays.toString(shape));
        if (shape[1] != g.outSize() || shape[2] != g.connSize()) {
            throw new IllegalArgumentException(who + " on synapses " + s.name() + ": weights "
                    + Arrays.toString(shape) + " must be [" + shape[0] + ", " + g.outSize() + ", " + g.connSize() + "]");
        }
        int rows = 0;
        if (preSpikeQuirk) {
            int src = s.src().size();
            rows = src % g.outCh() == 0 ? src / g.outCh() : -1;
            if (rows != 1 && rows != g.outSize()) {
                throw new IllegalArgumentException(who + " on synapses " + s.name() + ": CoNeX's pre-spike quirk views"
                        + " the " + src + " source spikes as (outCh " + g.outCh() + ", rows), which works only with"
                        + " " + g.outCh() + " or " + g.outCh() * g.outSize() + " source neurons (outCh x outH*outW);"
                        + " use the rule without the quirk");
            }
        }
        return new ConvStdpDelta(g, false, rows);
    }
}
