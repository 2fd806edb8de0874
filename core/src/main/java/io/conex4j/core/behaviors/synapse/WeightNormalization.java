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
 * CoNeX's WeightNormalization: each iteration (not at initialize) scales the weights so that every
 * destination's weights sum to {@code norm}: per column for 2-D and CSC, per {@code (outCh, outSize)} for
 * 3-D Local2d, per output channel for 4-D Conv2d, over everything for 1-D (as CoNeX does). A zero sum
 * counts as 1. In place; works on CSC weights (where CoNeX fails).
 */
public final class WeightNormalization extends Behavior<SynapseGroup> {

    private final float norm;
    private float[] factors;
    private Kernels kernels;
    private Slot<Weights> weights;

    /** Normalizes to {@code norm} (finite) at the standard priority (520). */
    public WeightNormalization(double norm) {
        this(norm, Priorities.WEIGHT_NORMALIZATION);
    }

    /** At an explicit priority. */
    public WeightNormalization(double norm, int priority) {
        super(priority);
        this.norm = Check.finite("WeightNormalization", "norm", norm);
    }

    /** The target sum. */
    public float norm() {
        return norm;
    }

    @Override
    public Map<String, Object> parameters() {
        return Map.of("norm", (double) norm);
    }

    @Override
    public void declare(SynapseGroup s, DataFlow flow) {
        flow.writes(s, SynapseGroup.WEIGHTS);
    }

    @Override
    public void initialize(SynapseGroup s) {
        Weights w = s.requireWeights("WeightNormalization");
        factors = new float[WeightOps.targetCount(w)];
        kernels = s.network().kernels();
        weights = s.slot(SynapseGroup.WEIGHTS);
    }

    @Override
    public void forward(SynapseGroup s) {
        Weights w = weights.get();
        WeightOps.normalizationFactors(kernels, w, norm, factors);
        WeightOps.scaleTargets(kernels, w, factors);
    }
}
