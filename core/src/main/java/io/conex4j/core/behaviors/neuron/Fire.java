package io.conex4j.core.behaviors.neuron;

import io.conex4j.core.runtime.Behavior;
import io.conex4j.core.runtime.DataFlow;
import io.conex4j.core.runtime.NeuronGroup;
import io.conex4j.core.runtime.Priorities;

/**
 * CoNeX's Fire: {@code spikes = v >= threshold} with each neuron's {@link NeuronGroup#THRESHOLD threshold}, and
 * spiking neurons are reset to the group's {@code vReset} (mV), both set by the neuron model; then the model's
 * {@link NeuronGroup#AFTER_FIRE step after firing}, if it has one (AELIF's adaptation). Priority 340, after the
 * dynamics and before the axon.
 */
public final class Fire extends Behavior<NeuronGroup> {

    private int[] scratch;
    private float[] thresholds;
    private NeuronGroup.AfterFire afterFire;

    /** At the standard priority (340). */
    public Fire() {
        super(Priorities.FIRE);
    }

    @Override
    public void declare(NeuronGroup g, DataFlow flow) {
        flow.reads(g, NeuronGroup.VOLTAGE).readsLatest(g, NeuronGroup.THRESHOLD)
                .readsLatest(g, NeuronGroup.AFTER_FIRE).optional()
                .writes(g, NeuronGroup.SPIKES).writes(g, NeuronGroup.VOLTAGE);
    }

    @Override
    public void initialize(NeuronGroup g) {
        float[] t = g.thresholds();
        if (t == null || Float.isNaN(g.vReset())) {
            throw new IllegalStateException("Fire on neurons " + g.name()
                    + ": no threshold; add a neuron model (LIF, ELIF, AELIF) to the group");
        }
        scratch = new int[g.size()];
        thresholds = t;
        afterFire = g.get(NeuronGroup.AFTER_FIRE);
    }

    @Override
    public void forward(NeuronGroup g) {
        g.network().kernels().fire(g.voltage(), thresholds, false, g.vReset(), g.spikes(), scratch);
        if (afterFire != null) {
            afterFire.afterFire(g);
        }
    }
}
