package io.conex4j.demo.models;

import io.conex4j.core.runtime.Behavior;
import io.conex4j.core.runtime.NeuronGroup;
import io.conex4j.core.runtime.Priorities;

/**
 * Adds a constant drive plus Gaussian noise to the input current each iteration:
 * {@code I += offset + std · Normal(0, 1)} (one draw per neuron, seeded), after the dendrites
 * (priority 250). The drive of the Izhikevich benchmark (offset 15, std 1).
 */
public final class NoisyCurrent extends Behavior<NeuronGroup> {

    private final float offset;
    private final float std;
    private float[] noise;

    /** Offset and noise standard deviation, in the current's units. */
    public NoisyCurrent(double offset, double std) {
        super(Priorities.CURRENT_INPUT);
        this.offset = (float) offset;
        this.std = (float) std;
    }

    @Override
    public void initialize(NeuronGroup g) {
        noise = new float[g.size()];
    }

    @Override
    public void forward(NeuronGroup g) {
        g.network().random().normal(noise, 0, noise.length);
        float[] current = g.current();
        for (int i = 0; i < current.length; i++) {
            current[i] += offset + std * noise[i];
        }
    }
}
