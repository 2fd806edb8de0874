package io.conex4j.core.behaviors.neuron;

import io.conex4j.core.runtime.Behavior;
import io.conex4j.core.runtime.Check;
import io.conex4j.core.runtime.NeuronGroup;
import io.conex4j.core.runtime.Priorities;

/**
 * CoNeX's Fire: {@code spikes = v >= threshold}, and spiking neurons are reset to {@code vReset} (mV).
 * Priority 340, after the dynamics and before the axon.
 */
public final class Fire extends Behavior<NeuronGroup> {

    private final float threshold;
    private final float vReset;

    /** Threshold and reset potential in mV; the threshold must be above the reset. */
    public Fire(double threshold, double vReset) {
        super(Priorities.FIRE);
        Check.interval("Fire", "vReset", vReset, "threshold", threshold);
        this.threshold = (float) threshold;
        this.vReset = (float) vReset;
    }

    @Override
    public void forward(NeuronGroup g) {
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
