package io.conex4j.core.behaviors.synapse;

import io.conex4j.core.kernels.Kernels;
import io.conex4j.core.runtime.Behavior;
import io.conex4j.core.runtime.Check;
import io.conex4j.core.runtime.Priorities;
import io.conex4j.core.runtime.SynapseGroup;

/**
 * CoNeX's WeightClip: each iteration clamps every stored weight into {@code [wMin, wMax]}, in place,
 * dense or CSC (for CSC the implicit zeros are absent synapses and stay absent). Any finite
 * {@code wMin < wMax} is allowed, negative bounds included (inhibitory weights); CoNeX additionally
 * asserted {@code 0 <= wMin}.
 */
public final class WeightClip extends Behavior<SynapseGroup> {

    private final float wMin;
    private final float wMax;
    private Kernels kernels;

    /** Clips into {@code [wMin, wMax]} at the standard priority (540). */
    public WeightClip(double wMin, double wMax) {
        this(wMin, wMax, Priorities.WEIGHT_CLIP);
    }

    /** At an explicit priority. */
    public WeightClip(double wMin, double wMax, int priority) {
        super(priority);
        Check.interval("WeightClip", "wMin", wMin, "wMax", wMax);
        this.wMin = (float) wMin;
        this.wMax = (float) wMax;
        if (!(this.wMin < this.wMax)) {
            throw new IllegalArgumentException("WeightClip: wMin (" + wMin + ") must be < wMax (" + wMax
                    + ") in float32");
        }
    }

    /** The lower bound. */
    public float wMin() {
        return wMin;
    }

    /** The upper bound. */
    public float wMax() {
        return wMax;
    }

    @Override
    public java.util.Map<String, Object> parameters() {
        return java.util.Map.of("wMin", (double) wMin, "wMax", (double) wMax);
    }

    @Override
    public void initialize(SynapseGroup s) {
        s.requireWeights("WeightClip");
        kernels = s.network().kernels();
    }

    @Override
    public void forward(SynapseGroup s) {
        float[] v = s.weights.values();
        kernels.clip(v, 0, v.length, wMin, wMax);
    }
}
