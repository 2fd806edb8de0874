package io.conex4j.core.behaviors.neuron;

import io.conex4j.core.runtime.Behavior;
import io.conex4j.core.runtime.Check;
import io.conex4j.core.runtime.DataFlow;
import io.conex4j.core.runtime.NeuronGroup;
import io.conex4j.core.runtime.Priorities;
import io.conex4j.core.runtime.Slot;
import io.conex4j.core.runtime.SynapseGroup;
import io.conex4j.core.runtime.SynapticCurrent;
import java.util.Arrays;
import java.util.Map;

/**
 * Sums the currents {@code I} of every synapse group ending at this group into the neuron input current
 * (nA) each iteration, after the dendritic inputs and current normalization. Synapses tagged
 * {@code "Proximal"} (or untagged) add their current; {@code "Distal"} and {@code "Apical"} synapses are
 * weighted by {@link #distal} and {@link #apical} (default 1). Priority 220.
 */
public final class SimpleDendriteStructure extends Behavior<NeuronGroup> {

    private final float distal;
    private final float apical;
    private SynapseGroup[] afferents;
    private Slot<SynapticCurrent>[] inputs;
    private float[] weights;

    /** All afferent currents added with weight 1. */
    public SimpleDendriteStructure() {
        this(1, 1);
    }

    /** Distal and apical currents scaled by the given factors. */
    public SimpleDendriteStructure(double distal, double apical) {
        super(Priorities.DENDRITE_STRUCTURE);
        this.distal = Check.finite("SimpleDendriteStructure", "distal", distal);
        this.apical = Check.finite("SimpleDendriteStructure", "apical", apical);
    }

    @Override
    public Map<String, Object> parameters() {
        return Map.of("distal", (double) distal, "apical", (double) apical);
    }

    @Override
    public void declare(NeuronGroup g, DataFlow flow) {
        for (SynapseGroup s : g.afferents()) {
            flow.readsLatest(s, SynapseGroup.CURRENT).optional();
        }
        flow.writes(g, NeuronGroup.CURRENT);
    }

    @Override
    @SuppressWarnings("unchecked")
    public void initialize(NeuronGroup g) {
        afferents = g.afferents().toArray(new SynapseGroup[0]);
        inputs = new Slot[afferents.length];
        weights = new float[afferents.length];
        for (int k = 0; k < afferents.length; k++) {
            SynapseGroup s = afferents[k];
            weights[k] = s.hasTag("Distal") ? distal : s.hasTag("Apical") ? apical : 1f;
            inputs[k] = s.slot(SynapseGroup.CURRENT);
        }
    }

    @Override
    public void forward(NeuronGroup g) {
        float[] current = g.current();
        Arrays.fill(current, 0f);
        for (int k = 0; k < afferents.length; k++) {
            SynapticCurrent in = inputs[k].get();
            if (in == null || in.isZero()) {
                continue;
            }
            float[] values = in.values();
            float w = weights[k];
            for (int i = 0; i < current.length; i++) {
                current[i] += w * values[i];
            }
        }
    }
}
