package io.conex4j.core.behaviors.synapse;

import io.conex4j.core.runtime.Behavior;
import io.conex4j.core.runtime.Check;
import io.conex4j.core.runtime.DataFlow;
import io.conex4j.core.runtime.Fill;
import io.conex4j.core.runtime.NeuronGroup;
import io.conex4j.core.runtime.Priorities;
import io.conex4j.core.runtime.SynapseGroup;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * CoNeX's DelayInitializer: sets the per-neuron delays (in iterations) of the source neurons, or of the
 * destination neurons with {@link #destination()}.
 *
 * <p>With a mode the arithmetic is CoNeX's: the fill in float32, {@code *= scale}, {@code += offset},
 * then truncation toward zero. Explicit delays are used as given (float delays truncated toward zero);
 * scale and offset do not apply to them. A negative delay is an error here; a delay beyond the axon's
 * depth is reported by the spike catcher, which knows the axon.
 */
public final class DelayInitializer extends Behavior<SynapseGroup> {

    private final Fill mode;
    private final float scale;
    private final float offset;
    private final float[] explicitFloat;
    private final int[] explicitInt;
    private final int constant;
    private final boolean destination;

    private DelayInitializer(int priority, Fill mode, float scale, float offset, float[] explicitFloat,
            int[] explicitInt, int constant, boolean destination) {
        super(priority);
        this.mode = mode;
        this.scale = scale;
        this.offset = offset;
        this.explicitFloat = explicitFloat;
        this.explicitInt = explicitInt;
        this.constant = constant;
        this.destination = destination;
    }

    /**
     * The same delay (&ge; 0 iterations) for every neuron, kept as an int (a constant mode goes through float32,
     * which rounds delays above 2^24); scale and offset do not apply.
     */
    public static DelayInitializer constant(int delay) {
        if (delay < 0) {
            throw new IllegalArgumentException("DelayInitializer: delay (" + delay + ") must be >= 0");
        }
        return new DelayInitializer(Priorities.DELAY_INIT, null, 1f, 0f, null, null, delay, false);
    }

    /** Delays filled by {@code mode} (a {@link Fill}, a number or a CoNeX mode string), scale 1, offset 0. */
    public static DelayInitializer of(Object mode) {
        return new DelayInitializer(Priorities.DELAY_INIT, Fill.of(Check.notNull("DelayInitializer", "mode", mode)), 1f, 0f,
                null, null, -1, false);
    }

    /** Explicit integer delays, one per neuron. */
    public static DelayInitializer explicit(int... delays) {
        int[] d = delays.clone();
        for (int i = 0; i < d.length; i++) {
            if (d[i] < 0) {
                throw new IllegalArgumentException("DelayInitializer: delays[" + i + "] (" + d[i] + ") must be >= 0");
            }
        }
        return new DelayInitializer(Priorities.DELAY_INIT, null, 1f, 0f, null, d, -1, false);
    }

    /** Explicit float delays, truncated toward zero as CoNeX does ({@code .to(torch.long)}). */
    public static DelayInitializer explicit(float... delays) {
        float[] d = delays.clone();
        Check.allFinite("DelayInitializer", "delays", d);
        return new DelayInitializer(Priorities.DELAY_INIT, null, 1f, 0f, d, null, -1, false);
    }

    /** Multiplies the mode's values (float32); ignored for explicit delays, as in CoNeX. */
    public DelayInitializer scale(double s) {
        return new DelayInitializer(priority(), mode, Check.finite("DelayInitializer", "scale", s), offset,
                explicitFloat, explicitInt, constant, destination);
    }

    /** Added after the scale (float32); ignored for explicit delays, as in CoNeX. */
    public DelayInitializer offset(double o) {
        return new DelayInitializer(priority(), mode, scale, Check.finite("DelayInitializer", "offset", o),
                explicitFloat, explicitInt, constant, destination);
    }

    /** Applies to the destination neurons instead of the source neurons. */
    public DelayInitializer destination() {
        return new DelayInitializer(priority(), mode, scale, offset, explicitFloat, explicitInt, constant, true);
    }

    /** The same initializer at another priority. */
    public DelayInitializer priority(int p) {
        return new DelayInitializer(p, mode, scale, offset, explicitFloat, explicitInt, constant, destination);
    }

    /**
     * The side ({@code "src"} or {@code "dst"}) and the mode with scale and offset, or the constant delay, or the
     * number of explicit delays (not the delays).
     */
    @Override
    public Map<String, Object> parameters() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("side", destination ? "dst" : "src");
        if (mode != null) {
            m.put("mode", mode.toString());
            m.put("scale", (double) scale);
            m.put("offset", (double) offset);
        } else if (constant >= 0) {
            m.put("delay", (long) constant);
        } else {
            m.put("explicitDelays", (long) (explicitInt != null ? explicitInt.length : explicitFloat.length));
        }
        return m;
    }

    @Override
    public void declare(SynapseGroup s, DataFlow flow) {
        flow.creates(s, destination ? SynapseGroup.DST_DELAY : SynapseGroup.SRC_DELAY);
    }

    @Override
    public void initialize(SynapseGroup s) {
        NeuronGroup g = destination ? s.dst() : s.src();
        String side = destination ? "dst" : "src";
        int n = g.size();
        // the delays, and the mode's values when a mode gives them
        Check.fitsInHeap("DelayInitializer on synapses " + s.name(), side + " delays of " + n + " neurons", 8L * n,
                8, "neurons");
        int[] out = new int[n];
        if (constant >= 0) {
            Arrays.fill(out, constant);
        } else if (explicitInt != null || explicitFloat != null) {
            int given = explicitInt != null ? explicitInt.length : explicitFloat.length;
            if (given != n) {
                throw new IllegalArgumentException("DelayInitializer on synapses " + s.name() + ": " + given
                        + " explicit " + side + " delays given but neurons " + g.name() + " has " + n);
            }
            for (int i = 0; i < n; i++) {
                out[i] = explicitInt != null ? explicitInt[i] : truncate(s, side, i, explicitFloat[i]);
            }
        } else {
            float[] v = mode.array(n, s.network().random());
            for (int i = 0; i < n; i++) {
                float scaled = v[i] * scale;
                out[i] = truncate(s, side, i, scaled + offset);
            }
        }
        for (int i = 0; i < n; i++) {
            if (out[i] < 0) {
                throw new IllegalArgumentException("DelayInitializer on synapses " + s.name() + ": " + side
                        + " delay of neuron " + i + " is " + out[i] + "; delays must be >= 0");
            }
        }
        if (destination) {
            s.put(SynapseGroup.DST_DELAY, out);
        } else {
            s.put(SynapseGroup.SRC_DELAY, out);
        }
    }

    private static int truncate(SynapseGroup s, String side, int i, float v) {
        if (!Float.isFinite(v) || v >= Check.MAX_ARRAY_LENGTH || v <= Integer.MIN_VALUE) {
            throw new IllegalArgumentException("DelayInitializer on synapses " + s.name() + ": " + side
                    + " delay of neuron " + i + " is " + v + " iterations; allowed: finite, 0 to "
                    + Check.MAX_ARRAY_LENGTH);
        }
        return (int) v;
    }
}
