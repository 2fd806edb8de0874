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
 *
 * <p>{@link #every(double, int)} normalizes once per block of {@code every} iterations instead, at the first
 * iteration of each block (iterations 1, 1 + every, 1 + 2 every, ...): once per presentation when {@code every}
 * is the period of a dataset input that starts with the network (Diehl and Cook normalize before each image),
 * which costs {@code every} times less than normalizing at every iteration.
 */
public final class WeightNormalization extends Behavior<SynapseGroup> {

    private final float norm;
    private final int every;
    private float[] factors;
    private Kernels kernels;
    private Slot<Weights> weights;

    /** Normalizes to {@code norm} (finite) at the standard priority (520). */
    public WeightNormalization(double norm) {
        this(norm, Priorities.WEIGHT_NORMALIZATION);
    }

    /** At an explicit priority. */
    public WeightNormalization(double norm, int priority) {
        this(norm, priority, 1);
    }

    /**
     * At an explicit priority, once per block of {@code every} (&ge; 1) iterations, at the block's first iteration.
     *
     * @throws IllegalArgumentException if {@code norm} is not finite as a float32 or {@code every} is below 1
     */
    public WeightNormalization(double norm, int priority, int every) {
        super(priority);
        this.norm = Check.finite("WeightNormalization", "norm", norm);
        if (every < 1) {
            throw new IllegalArgumentException("WeightNormalization: every (" + every
                    + ") must be >= 1 iteration (1: every iteration)");
        }
        this.every = every;
    }

    /**
     * Normalizes to {@code norm} at the standard priority (520) at iterations 1, 1 + every, 1 + 2 every, ...
     *
     * @throws IllegalArgumentException if {@code norm} is not finite as a float32 or {@code every} is below 1
     */
    public static WeightNormalization every(double norm, int every) {
        return new WeightNormalization(norm, Priorities.WEIGHT_NORMALIZATION, every);
    }

    /** The target sum. */
    public float norm() {
        return norm;
    }

    /** Iterations per normalization (1: every iteration). */
    public int every() {
        return every;
    }

    @Override
    public Map<String, Object> parameters() {
        return Map.of("norm", (double) norm, "every", (long) every);
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
        if (every != 1 && (s.network().iteration() - 1) % every != 0) {
            return;
        }
        Weights w = weights.get();
        WeightOps.normalizationFactors(kernels, w, norm, factors);
        WeightOps.scaleTargets(kernels, w, factors);
    }
}
