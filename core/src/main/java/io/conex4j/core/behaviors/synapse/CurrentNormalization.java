package io.conex4j.core.behaviors.synapse;

import io.conex4j.core.kernels.Kernels;
import io.conex4j.core.runtime.Behavior;
import io.conex4j.core.runtime.Check;
import io.conex4j.core.runtime.DataFlow;
import io.conex4j.core.runtime.Priorities;
import io.conex4j.core.runtime.Slot;
import io.conex4j.core.runtime.SynapseGroup;
import io.conex4j.core.runtime.SynapticCurrent;
import io.conex4j.core.storage.WeightOps;
import io.conex4j.core.storage.Weights;
import java.util.Map;

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
    private Slot<Weights> weights;
    private SynapticCurrent current;

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
    public Map<String, Object> parameters() {
        return Map.of("norm", (double) norm);
    }

    @Override
    public void declare(SynapseGroup s, DataFlow flow) {
        flow.readsLatest(s, SynapseGroup.WEIGHTS).writes(s, SynapseGroup.CURRENT);
    }

    @Override
    public void initialize(SynapseGroup s) {
        Weights w = s.requireWeights("CurrentNormalization");
        SynapticCurrent c = s.require(SynapseGroup.CURRENT, "CurrentNormalization on synapses " + s.name());
        int n = c.values().length;
        int groups = WeightOps.targetCount(w);
        if (n % groups != 0) {
            throw new IllegalArgumentException("CurrentNormalization: synapses " + s.name() + " have "
                    + n + " currents, not a multiple of the " + groups + " weight sums");
        }
        factors = new float[groups];
        repeat = n / groups;
        kernels = s.network().kernels();
        weights = s.slot(SynapseGroup.WEIGHTS);
        current = c;
    }

    @Override
    public void forward(SynapseGroup s) {
        WeightOps.normalizationFactors(kernels, weights.get(), norm, factors);
        float[] values = current.accumulate();
        if (repeat == 1) {
            kernels.multiply(values, 0, factors, 0, values.length);
        } else {
            for (int g = 0; g < factors.length; g++) {
                kernels.scale(values, g * repeat, (g + 1) * repeat, factors[g]);
            }
        }
    }
}
