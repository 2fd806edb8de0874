package io.conex4j.core.behaviors.neuron;

import io.conex4j.core.behaviors.synapse.DendriticInput;
import io.conex4j.core.runtime.Behavior;
import io.conex4j.core.runtime.NeuronGroup;
import io.conex4j.core.runtime.Priorities;
import io.conex4j.core.runtime.SynapseGroup;
import java.util.ArrayList;
import java.util.List;

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
    private DendriticInput[] inputs;
    private float[] weights;

    /** All afferent currents added with weight 1. */
    public SimpleDendriteStructure() {
        this(1, 1);
    }

    /** Distal and apical currents scaled by the given factors. */
    public SimpleDendriteStructure(double distal, double apical) {
        super(Priorities.DENDRITE_STRUCTURE);
        this.distal = io.conex4j.core.runtime.Check.finite("SimpleDendriteStructure", "distal", distal);
        this.apical = io.conex4j.core.runtime.Check.finite("SimpleDendriteStructure", "apical", apical);
    }

    @Override
    public void initialize(NeuronGroup g) {
        List<SynapseGroup> in = new ArrayList<>();
        for (SynapseGroup s : g.network().synapseGroups()) {
            if (s.dst() == g) {
                in.add(s);
            }
        }
        afferents = in.toArray(new SynapseGroup[0]);
        inputs = new DendriticInput[afferents.length];
        weights = new float[afferents.length];
        for (int k = 0; k < afferents.length; k++) {
            SynapseGroup s = afferents[k];
            weights[k] = s.hasTag("Distal") ? distal : s.hasTag("Apical") ? apical : 1f;
            inputs[k] = s.behavior(DendriticInput.class);
        }
    }

    @Override
    public void forward(NeuronGroup g) {
        float[] current = g.current();
        java.util.Arrays.fill(current, 0f);
        for (int k = 0; k < afferents.length; k++) {
            float[] in = afferents[k].current;
            if (in == null || (inputs[k] != null && inputs[k].delivered() == 0)) {
                continue;
            }
            float w = weights[k];
            for (int i = 0; i < current.length; i++) {
                current[i] += w * in[i];
            }
        }
    }
}
