package io.conex4j.core.behaviors.neuron;

import io.conex4j.core.runtime.Behavior;
import io.conex4j.core.runtime.Check;
import io.conex4j.core.runtime.DataFlow;
import io.conex4j.core.runtime.Fill;
import io.conex4j.core.runtime.NeuronGroup;
import io.conex4j.core.runtime.Priorities;
import java.util.Map;
import java.util.Objects;

/**
 * CoNeX's InherentNoise: each iteration adds {@code scale * noise} to every membrane potential (mV), with
 * the noise drawn from a fill (default uniform [0, 1)) on the network's seeded source. Runs right after
 * the dynamics (priority 261), before firing.
 */
public final class InherentNoise extends Behavior<NeuronGroup> {

    private final Fill noise;
    private final float scale;
    private float[] buffer;

    /** Uniform [0, 1) noise times {@code scale} (mV). */
    public InherentNoise(double scale) {
        this(Fill.uniform(), scale);
    }

    /** Noise from {@code noise} times {@code scale} (mV). */
    public InherentNoise(Fill noise, double scale) {
        super(Priorities.NEURON_DYNAMICS + 1);
        this.noise = Objects.requireNonNull(noise, "noise");
        this.scale = Check.finite("InherentNoise", "scale", scale);
    }

    /** The noise fill (as its description) and the scale (mV). */
    @Override
    public Map<String, Object> parameters() {
        return Map.of("noise", noise.toString(), "scale", (double) scale);
    }

    @Override
    public void declare(NeuronGroup g, DataFlow flow) {
        flow.writes(g, NeuronGroup.VOLTAGE);
    }

    @Override
    public void initialize(NeuronGroup g) {
        buffer = new float[g.size()];
    }

    @Override
    public void forward(NeuronGroup g) {
        noise.fill(buffer, 0, buffer.length, g.network().random());
        float[] v = g.voltage();
        for (int i = 0; i < v.length; i++) {
            v[i] += scale * buffer[i];
        }
    }
}
