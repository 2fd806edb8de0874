package io.conex4j.core.behaviors.neuron;

import io.conex4j.core.runtime.Behavior;
import io.conex4j.core.runtime.Check;
import io.conex4j.core.runtime.DataFlow;
import io.conex4j.core.runtime.Fill;
import io.conex4j.core.runtime.NeuronGroup;
import io.conex4j.core.runtime.Priorities;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * CoNeX's InherentNoise (priority 280, after the dynamics, before KWTA and firing): each iteration
 * {@code v <- v + ((noise * scale) + offset)} (mV) for every neuron, with a fresh draw of {@code noise} from its
 * fill on the network's random source: CoNeX's modes {@code "rand"} (uniform [0, 1), the default), {@code "randn"}
 * (standard normal) or a number (a constant, no draw). The noise is not scaled by dt.
 */
public final class InherentNoise extends Behavior<NeuronGroup> {

    private final Fill noise;
    private final float scale;
    private final float offset;
    private float[] buffer;

    /** Uniform [0, 1) noise times {@code scale} (mV). */
    public InherentNoise(double scale) {
        this(Fill.uniform(), scale);
    }

    /** Noise from {@code noise} times {@code scale} (mV). */
    public InherentNoise(Fill noise, double scale) {
        this(noise, scale, 0);
    }

    /**
     * Noise from {@code noise} (a {@link Fill}, or a CoNeX mode: {@code "rand"}, {@code "randn"}, a number, ...)
     * times {@code scale}, plus {@code offset} (mV).
     */
    public InherentNoise(Object noise, double scale, double offset) {
        super(Priorities.NOISE);
        this.noise = Fill.of(Check.notNull("InherentNoise", "noise", noise));
        this.scale = Check.finite("InherentNoise", "scale", scale);
        this.offset = Check.finite("InherentNoise", "offset", offset);
    }

    /** The noise fill (as its description), the scale and the offset (mV). */
    @Override
    public Map<String, Object> parameters() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("noise", noise.toString());
        m.put("scale", (double) scale);
        m.put("offset", (double) offset);
        return m;
    }

    /** The noise fill. */
    public Fill noise() {
        return noise;
    }

    /** The scale, mV. */
    public float scale() {
        return scale;
    }

    /** The offset, mV. */
    public float offset() {
        return offset;
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
            v[i] += (buffer[i] * scale) + offset;
        }
    }
}
