package io.conex4j.core.behaviors.synapse;

import io.conex4j.core.runtime.Priorities;
import io.conex4j.core.runtime.SynapseGroup;
import io.conex4j.core.storage.WeightOps;
import io.conex4j.core.storage.Weights;
import java.util.Arrays;
import java.util.Map;

/**
 * CoNeX's LateralDendriticInput: a "same" 3-D convolution over a layer's {@code (depth, height, width)} volume,
 * typically from a group to itself (lateral excitation or inhibition), with one kernel {@code (1, 1, kD, kH, kW)}
 * of odd sides and zero padding {@code (k - 1) / 2} on each axis:
 * {@code I[z,y,x] = currentCoef * currentType * sum W[a,b,c] * preSpike[z+a-pD, y+b-pH, x+c-pW]}. The kernel
 * centre is the neuron's own previous spike. The sign comes from the tags, or is forced by {@code inhibitory}.
 * Source and destination must have the same layout. Event-driven. Priority 180.
 */
public final class LateralDendriticInput extends DendriticInput {

    private final Boolean inhibitory;
    private int depth;
    private int height;
    private int width;
    private final int[] kernel = new int[3];
    private final int[] padding = new int[3];

    /** With {@code currentCoef}; the sign from the source's or the synapse's tags. */
    public LateralDendriticInput(double currentCoef) {
        this(currentCoef, null);
    }

    /** With {@code currentCoef} and a forced sign: negative when {@code inhibitory}, positive otherwise. */
    public LateralDendriticInput(double currentCoef, boolean inhibitory) {
        this(currentCoef, Boolean.valueOf(inhibitory));
    }

    private LateralDendriticInput(double currentCoef, Boolean inhibitory) {
        super("LateralDendriticInput", currentCoef, Priorities.DENDRITIC_INPUT);
        this.inhibitory = inhibitory;
    }

    /** currentCoef, and {@code inhibitory} when the sign is forced. */
    @Override
    public Map<String, Object> parameters() {
        Map<String, Object> m = super.parameters();
        if (inhibitory != null) {
            m.put("inhibitory", inhibitory);
        }
        return m;
    }

    /** The zero padding {@code (pD, pH, pW)} the kernel gives, known after initialize. */
    public int[] padding() {
        return padding.clone();
    }

    @Override
    protected boolean inhibitory(SynapseGroup s) {
        return inhibitory != null ? inhibitory : super.inhibitory(s);
    }

    @Override
    protected void checkWeights(SynapseGroup s, Weights w) {
        int[] shape = w.shape();
        int[] src = {s.src().depth(), s.src().height(), s.src().width()};
        int[] dst = {s.dst().depth(), s.dst().height(), s.dst().width()};
        if (!WeightOps.isDense(w, 5) || shape[0] != 1 || shape[1] != 1 || shape[2] % 2 == 0 || shape[3] % 2 == 0
                || shape[4] % 2 == 0) {
            throw new IllegalArgumentException(name() + " on synapses " + s.name() + ": weights "
                    + WeightOps.describe(w) + " must be dense (1, 1, kD, kH, kW) with odd kD, kH and kW");
        }
        if (!Arrays.equals(src, dst)) {
            throw new IllegalArgumentException(name() + " on synapses " + s.name() + ": source "
                    + Arrays.toString(src) + " and destination " + Arrays.toString(dst)
                    + " must have the same layout (a lateral input stays within a layer)");
        }
        depth = src[0];
        height = src[1];
        width = src[2];
        for (int a = 0; a < 3; a++) {
            kernel[a] = shape[2 + a];
            padding[a] = (kernel[a] - 1) / 2;
        }
    }

    /** Each spiking neuron {@code (z, y, x)} adds {@code W[a,b,c]} to output {@code (z-a+pD, y-b+pH, x-c+pW)}. */
    @Override
    protected void deliver(SynapseGroup s, Weights weights, int[] spiking, int count, float[] current, float factor) {
        float[] w = weights.values();
        int kd = kernel[0];
        int kh = kernel[1];
        int kw = kernel[2];
        for (int k = 0; k < count; k++) {
            int i = spiking[k];
            int z = i / (height * width);
            int y = (i / width) % height;
            int x = i % width;
            for (int a = 0; a < kd; a++) {
                int oz = z - a + padding[0];
                if (oz < 0 || oz >= depth) {
                    continue;
                }
                for (int b = 0; b < kh; b++) {
                    int oy = y - b + padding[1];
                    if (oy < 0 || oy >= height) {
                        continue;
                    }
                    for (int c = 0; c < kw; c++) {
                        int ox = x - c + padding[2];
                        if (ox >= 0 && ox < width) {
                            current[(oz * height + oy) * width + ox] += factor * w[(a * kh + b) * kw + c];
                        }
                    }
                }
            }
        }
    }
}
