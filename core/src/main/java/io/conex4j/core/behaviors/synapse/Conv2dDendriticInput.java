package io.conex4j.core.behaviors.synapse;

import io.conex4j.core.runtime.DataFlow;
import io.conex4j.core.runtime.Priorities;
import io.conex4j.core.runtime.SynapseGroup;
import io.conex4j.core.storage.ConvGeometry;
import io.conex4j.core.storage.WeightOps;
import io.conex4j.core.storage.Weights;
import java.util.Arrays;
import java.util.Map;

/**
 * CoNeX's Conv2dDendriticInput: {@code I = currentCoef * currentType * conv2d(preSpike, W)} with weights
 * {@code (outCh, inCh, kH, kW)}, a stride and zero padding; the source layout {@code (inCh, h, w)} and the
 * destination layout {@code (outCh, outH, outW)} must match the convolution. Event-driven: each spiking
 * source adds its weights to the outputs whose receptive field holds it. Priority 180.
 */
public class Conv2dDendriticInput extends DendriticInput {

    private final int stride;
    private final int padding;
    /** The convolution geometry, set at initialize. */
    protected ConvGeometry geometry;
    private final Delivery delivery = new Delivery();

    /** Coefficient, stride (&ge; 1) and padding (&ge; 0). */
    public Conv2dDendriticInput(double currentCoef, int stride, int padding) {
        this("Conv2dDendriticInput", currentCoef, stride, padding);
    }

    /** For subclasses. */
    protected Conv2dDendriticInput(String who, double currentCoef, int stride, int padding) {
        super(who, currentCoef, Priorities.DENDRITIC_INPUT);
        if (stride < 1) {
            throw new IllegalArgumentException(who + ": stride (" + stride + ") must be >= 1");
        }
        if (padding < 0) {
            throw new IllegalArgumentException(who + ": padding (" + padding + ") must be >= 0");
        }
        this.stride = stride;
        this.padding = padding;
    }

    /** currentCoef, stride and padding. */
    @Override
    public Map<String, Object> parameters() {
        Map<String, Object> m = super.parameters();
        m.put("stride", (long) stride);
        m.put("padding", (long) padding);
        return m;
    }

    /** The flat index of the weight linking output channel {@code o} at position {@code pos} to connection {@code conn}. */
    protected int weightIndex(int o, int pos, int conn) {
        return o * geometry.connSize() + conn;
    }

    /** The checked geometry of {@code s} with this input's stride and padding. */
    protected ConvGeometry geometry(SynapseGroup s, int inCh, int outCh, int kH, int kW, String weightsShape) {
        return ConvShapeCheck.geometry(name(), s, inCh, outCh, kH, kW, stride, padding, weightsShape);
    }

    @Override
    protected void checkWeights(SynapseGroup s, Weights w) {
        int[] shape = w.shape();
        if (!WeightOps.isDense(w, 4)) {
            throw new IllegalArgumentException(name() + " on synapses " + s.name() + ": weights " + w
                    + " must be dense 4-D (outCh, inCh, kH, kW)");
        }
        geometry = geometry(s, shape[1], shape[0], shape[2], shape[3], Arrays.toString(shape));
    }

    @Override
    public void declare(SynapseGroup s, DataFlow flow) {
        super.declare(s, flow);
        flow.creates(s, SynapseGroup.GEOMETRY);
    }

    @Override
    public void initialize(SynapseGroup s) {
        super.initialize(s);
        s.put(SynapseGroup.GEOMETRY, geometry);
    }

    @Override
    protected void deliver(SynapseGroup s, Weights weights, int[] spiking, int count, float[] current,
            float factor) {
        delivery.set(weights.values(), current, factor);
        for (int k = 0; k < count; k++) {
            geometry.forEachCovering(spiking[k], delivery);
        }
    }

    /**
     * Adds the weights of one covering (output position, connection) pair to the current of every output
     * channel; set up once per delivery, so nothing is allocated per spike.
     */
    private final class Delivery implements ConvGeometry.Visitor {
        private float[] w;
        private float[] current;
        private float factor;

        void set(float[] weights, float[] out, float f) {
            w = weights;
            current = out;
            factor = f;
        }

        @Override
        public void visit(int pos, int conn, int input) {
            int outSize = geometry.outSize();
            for (int o = 0; o < geometry.outCh(); o++) {
                current[o * outSize + pos] += factor * w[weightIndex(o, pos, conn)];
            }
        }
    }
}
