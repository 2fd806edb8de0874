package io.conex4j.core.behaviors.neuron;

import io.conex4j.core.runtime.Behavior;
import io.conex4j.core.runtime.DataFlow;
import io.conex4j.core.runtime.NeuronGroup;
import io.conex4j.core.runtime.Priorities;

/**
 * CoNeX's Fire: {@code spikes = v >= threshold}, and spiking neurons are reset to {@code vReset}, both (mV)
 * taken from the group's neuron model. Priority 340, after the dynamics and before the axon.
 */
public final class Fire extends Behavior<NeuronGroup> {

    private int[] scratch;

    /** At the standard priority (340). */
    public Fire() {
        super(Priorities.FIRE);
    }

    @Override
    public void declare(NeuronGroup g, DataFlow flow) {
        flow.reads(g, NeuronGroup.VOLTAGE).writes(g, NeuronGroup.SPIKES).writes(g, NeuronGroup.VOLTAGE);
    }

    @Override
    public void initialize(NeuronGroup g) {
        if (Float.isNaN(g.threshold())) {
            throw new IllegalStateException("Fire on neurons " + g.name()
                    + ": no threshold; add a neuron model (LIF, ELIF, AELIF) to the group");
        }
        scratch = new int[g.size()];
    }

    @Override
    public void forward(NeuronGroup g) {
        g.network().kernels().fire(g.voltage(), g.threshold(), false, g.vReset(), g.spikes(), scratch);
    }
}
