package io.conex4j.core.behaviors.neuron;

import io.conex4j.core.runtime.Behavior;
import io.conex4j.core.runtime.NeuronGroup;
import io.conex4j.core.runtime.Priorities;

/**
 * CoNeX's Fire: {@code spikes = v >= threshold}, and spiking neurons are reset to {@code vReset}, both (mV)
 * taken from the group's neuron model. Priority 340, after the dynamics and before the axon.
 */
public final class Fire extends Behavior<NeuronGroup> {

    /** At the standard priority (340). */
    public Fire() {
        super(Priorities.FIRE);
    }

    @Override
    public void initialize(NeuronGroup g) {
        if (Float.isNaN(g.threshold())) {
            throw new IllegalStateException("Fire on neurons " + g.name()
                    + ": no threshold; add a neuron model (LIF, ELIF, AELIF) to the group");
        }
    }

    @Override
    public void forward(NeuronGroup g) {
        float threshold = g.threshold();
        float vReset = g.vReset();
        float[] v = g.voltage();
        boolean[] spikes = g.spikes();
        for (int i = 0; i < v.length; i++) {
            boolean s = v[i] >= threshold;
            spikes[i] = s;
            if (s) {
                v[i] = vReset;
            }
        }
    }
}
