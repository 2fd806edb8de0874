package io.conex4j.core.behaviors.synapse;

import io.conex4j.core.runtime.SynapseGroup;
import io.conex4j.core.storage.ConvGeometry;
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
        if (w.isSparse() || shape.length != 3) {
            throw new IllegalArgumentException(name() + " on synapses " + s.name() + ": weights " + w
                    + " must be dense 3-D (outCh, outH*outW, inCh*kH*kW)");
        }
        int[] k = s.kernelShape;
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
        s.stride = geometry.stride();
        s.padding = geometry.padding();
    }

    @Override
    protected void deliver(SynapseGroup s, Weights weights, int[] spiking, int count, float[] current,
            float factor) {
        ConvGeometry g = geometry;
        float[] w = weights.values();
        int hw = g.h() * g.w();
        int outH = g.outH();
        int outW = g.outW();
        int outSize = outH * outW;
        int kSize = g.kH() * g.kW();
        int conn = g.connSize();
        for (int k = 0; k < count; k++) {
            int idx = spiking[k];
            int c = idx / hw;
            int y = (idx / g.w()) % g.h();
            int x = idx % g.w();
            int oy1 = Math.min(g.lastOut(y), outH - 1);
            int ox1 = Math.min(g.lastOut(x), outW - 1);
            for (int oy = g.firstOut(y, g.kH()); oy <= oy1; oy++) {
                int ky = y + g.padding() - oy * g.stride();
                for (int ox = g.firstOut(x, g.kW()); ox <= ox1; ox++) {
                    int kx = x + g.padding() - ox * g.stride();
                    int pos = oy * outW + ox;
                    int ci = c * kSize + ky * g.kW() + kx;
                    for (int o = 0; o < g.outCh(); o++) {
                        int row = o * outSize + pos;
                        current[row] += factor * w[row * conn + ci];
                    }
                }
            }
        }
    }
}
