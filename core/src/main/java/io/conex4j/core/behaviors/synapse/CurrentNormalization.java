package io.conex4j.core.behaviors.synapse;

import io.conex4j.core.kernels.Kernels;
import io.conex4j.core.runtime.Behavior;
import io.conex4j.core.runtime.Check;
import io.conex4j.core.runtime.Priorities;
import io.conex4j.core.runtime.SynapseGroup;
import io.conex4j.core.storage.Weights;

/**
 * CoNeX's CurrentNormalization: after the dendritic input (priority 200), scales the synapse current of
 * each destination by {@code norm / (its total afferent weight)}, whether or not its inputs spiked. The
 * weight sums are grouped as in {@link WeightNormalization}; each factor is repeated over
 * {@code I.length / groups} consecutive neurons (once per neuron for 2-D, 3-D and CSC, per channel for
 * Conv2d). A zero sum counts as 1.
 */
public final class CurrentNormalization extends Behavior<SynapseGroup> {

    private final float norm;
    private float[] factors;
    private int repeat;
    private Kernels kernels;

    /** Normalizes to {@code norm} (finite) at the standard priority (200). */
    public CurrentNormalization(double norm) {
        this(norm, Priorities.CURRENT_NORMALIZATION);
    }

    /** At an explicit priority. */
    public CurrentNormalization(double norm, int priority) {
        super(priority);
        this.norm = Check.finite("CurrentNormalization", "norm", norm);
    }

    @Override
    public java.util.Map<String, Object> parameters() {
        return java.util.Map.of("norm", (double) norm);
    }

    @Override
    public void initialize(SynapseGroup s) {
        Weights w = s.requireWeights("CurrentNormalization");
        if (s.current == null) {
            throw new IllegalStateException("CurrentNormalization: synapses " + s.name()
                    + " have no current I; add a dendritic input at a lower priority");
        }
        int groups = WeightSums.count(w);
        if (s.current.length % groups != 0) {
            throw new IllegalArgumentException("CurrentNormalization: synapses " + s.name() + " have "
                    + s.current.length + " currents, not a multiple of the " + groups + " weight sums");
        }
        factors = new float[groups];
        repeat = s.current.length / groups;
        kernels = s.network().kernels();
    }

    @Override
    public void forward(SynapseGroup s) {
        WeightSums.factors(kernels, s.weights, norm, factors);
        float[] current = s.current;
        if (repeat == 1) {
            kernels.multiply(current, 0, factors, 0, current.length);
        } else {
            for (int g = 0; g < factors.length; g++) {
                kernels.scale(current, g * repeat, (g + 1) * repeat, factors[g]);
            }
        }
    }
}
