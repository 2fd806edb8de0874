package io.conex4j.core.behaviors.synapse;

import io.conex4j.core.kernels.Kernels;
import io.conex4j.core.runtime.Behavior;
import io.conex4j.core.runtime.Check;
import io.conex4j.core.runtime.DataFlow;
import io.conex4j.core.runtime.Priorities;
import io.conex4j.core.runtime.Slot;
import io.conex4j.core.runtime.SynapseGroup;
import io.conex4j.core.storage.WeightOps;
import io.conex4j.core.storage.Weights;
import java.util.Map;

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
    private Slot<Weights> weights;

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
    public Map<String, Object> parameters() {
        return Map.of("wMin", (double) wMin, "wMax", (double) wMax);
    }

    @Override
    public void declare(SynapseGroup s, DataFlow flow) {
        flow.writes(s, SynapseGroup.WEIGHTS);
    }

    @Override
    public void initialize(SynapseGroup s) {
        s.requireWeights("WeightClip");
        kernels = s.network().kernels();
        weights = s.slot(SynapseGroup.WEIGHTS);
    }

    @Override
    public void forward(SynapseGroup s) {
        WeightOps.clip(kernels, weights.get(), wMin, wMax);
    }
}
