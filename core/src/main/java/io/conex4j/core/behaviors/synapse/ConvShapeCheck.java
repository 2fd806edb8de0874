package io.conex4j.core.behaviors.synapse;

import io.conex4j.core.runtime.SynapseGroup;
import io.conex4j.core.storage.ConvGeometry;
import java.util.Arrays;

/** Checks that a convolution or local connection fits the layouts of a synapse's groups. */
public final class ConvShapeCheck {

    private ConvShapeCheck() {
    }

    /**
     * The geometry from the source layout {@code (inCh, h, w)} through a {@code kH x kW} kernel; throws, naming
     * the weights, source and destination shapes, unless it produces exactly the destination layout
     * {@code (outCh, outH, outW)}.
     */
    public static ConvGeometry geometry(String who, SynapseGroup s, int inCh, int outCh, int kH, int kW, int stride,
            int padding, String weightsShape) {
        int[] src = {s.src().depth(), s.src().height(), s.src().width()};
        int[] dst = {s.dst().depth(), s.dst().height(), s.dst().width()};
        String shapes = " (weights " + weightsShape + ", source " + Arrays.toString(src) + ", destination "
                + Arrays.toString(dst) + ", stride " + stride + ", padding " + padding + ")";
        if (inCh != src[0]) {
            throw new IllegalArgumentException(who + " on synapses " + s.name() + ": the weights expect " + inCh
                    + " input channels but the source has " + src[0] + shapes);
        }
        ConvGeometry g;
        try {
            g = new ConvGeometry(src[0], src[1], src[2], outCh, kH, kW, stride, padding);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(who + " on synapses " + s.name() + ": " + e.getMessage() + shapes, e);
        }
        if (outCh != dst[0] || g.outH() != dst[1] || g.outW() != dst[2]) {
            throw new IllegalArgumentException(who + " on synapses " + s.name() + ": the output is [" + outCh + ", "
                    + g.outH() + ", " + g.outW() + "] but the destination is " + Arrays.toString(dst) + shapes);
        }
        return g;
    }
}
