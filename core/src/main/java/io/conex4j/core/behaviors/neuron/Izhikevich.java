package io.conex4j.core.behaviors.neuron;

import io.conex4j.core.runtime.Behavior;
import io.conex4j.core.runtime.Check;
import io.conex4j.core.runtime.DataFlow;
import io.conex4j.core.runtime.Fill;
import io.conex4j.core.runtime.NeuronGroup;
import io.conex4j.core.runtime.Priorities;
import io.conex4j.core.runtime.StateKey;
import io.conex4j.core.runtime.StateScope;
import io.conex4j.core.runtime.Stateful;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Izhikevich neurons (units: ms, mV): each iteration first fires ({@code spikes = v >= 30}; spiking neurons
 * get {@code v = c, u += d}), then integrates one Euler step from the post-reset state:
 * {@code dv = 0.04 v² + 5 v + 140 − u + I}, {@code du = a (b v − u)}. Being its own spike source it runs at
 * the firing priority (340). Initial {@code v} and {@code u} come from fills (default {@code v = c},
 * {@code u = b·c}). The recovery variable is kept under {@link #RECOVERY}.
 */
public final class Izhikevich extends Behavior<NeuronGroup> implements Stateful {

    /** The recovery variable {@code u} of each neuron. */
    public static final StateKey<float[]> RECOVERY = StateKey.of("recovery", float[].class);
    /** Spike peak, mV. */
    public static final float PEAK = 30f;

    private final float a;
    private final float b;
    private final float c;
    private final float d;
    private final Fill initV;
    private final Fill initU;
    private float[] u;

    /** Izhikevich's a, b, c (mV), d with the default initial state. */
    public Izhikevich(double a, double b, double c, double d) {
        this(a, b, c, d, null, null);
    }

    /** With initial voltage and recovery fills (null for the defaults). */
    public Izhikevich(double a, double b, double c, double d, Fill initV, Fill initU) {
        super(Priorities.FIRE);
        this.a = Check.finite("Izhikevich", "a", a);
        this.b = Check.finite("Izhikevich", "b", b);
        this.c = Check.finite("Izhikevich", "c", c);
        this.d = Check.finite("Izhikevich", "d", d);
        if (!(this.c < PEAK)) {
            throw new IllegalArgumentException("Izhikevich: c (" + c + " mV) must be below the peak " + PEAK + " mV");
        }
        if (initU == null && !Float.isFinite(this.b * this.c)) {
            throw new IllegalArgumentException("Izhikevich: the default initial recovery b * c (" + b + " * " + c
                    + ") overflows float32; allowed: |b * c| <= " + Float.MAX_VALUE + ", or give an initU fill");
        }
        this.initV = initV;
        this.initU = initU;
    }

    /** a, b, c (mV), d, and the initial fills (their descriptions, {@code "default"} when not given). */
    @Override
    public Map<String, Object> parameters() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("a", (double) a);
        m.put("b", (double) b);
        m.put("c", (double) c);
        m.put("d", (double) d);
        m.put("initV", initV == null ? "default" : initV.toString());
        m.put("initU", initU == null ? "default" : initU.toString());
        return m;
    }

    @Override
    public void declare(NeuronGroup g, DataFlow flow) {
        flow.reads(g, NeuronGroup.CURRENT).writes(g, NeuronGroup.VOLTAGE).writes(g, NeuronGroup.SPIKES)
                .creates(g, NeuronGroup.THRESHOLD);
    }

    @Override
    public void initialize(NeuronGroup g) {
        float[] v = g.voltage();
        u = new float[g.size()];
        if (initV != null) {
            initV.fill(v, 0, v.length, g.network().random());
        } else {
            Arrays.fill(v, c);
        }
        if (initU != null) {
            initU.fill(u, 0, u.length, g.network().random());
        } else {
            Arrays.fill(u, b * c);
        }
        g.setFiring(PEAK, c);
        g.put(RECOVERY, u);
    }

    @Override
    public void saveState(StateScope scope) {
        scope.put("recovery", u);
    }

    @Override
    public void restoreState(StateScope scope) {
        float[] r = scope.floats("recovery", u.length);
        System.arraycopy(r, 0, u, 0, r.length);
    }

    @Override
    public void forward(NeuronGroup g) {
        float dt = g.network().dt();
        float[] v = g.voltage();
        float[] current = g.current();
        boolean[] spikes = g.spikes();
        for (int i = 0; i < v.length; i++) {
            float vi = v[i];
            float ui = u[i];
            boolean s = vi >= PEAK;
            spikes[i] = s;
            if (s) {
                vi = c;
                ui += d;
            }
            float dv = 0.04f * vi * vi + 5f * vi + 140f - ui + current[i];
            float du = a * (b * vi - ui);
            v[i] = vi + dv * dt;
            u[i] = ui + du * dt;
        }
    }
}
