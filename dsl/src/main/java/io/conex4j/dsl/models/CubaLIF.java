package io.conex4j.dsl.models;

import io.conex4j.core.runtime.Behavior;
import io.conex4j.core.runtime.NeuronGroup;
import io.conex4j.core.runtime.Priorities;
import io.conex4j.core.runtime.SynapseGroup;
import java.util.ArrayList;
import java.util.List;

/**
 * The LIF neuron of the CUBA benchmark (Brette et al. 2007; Vogels and Abbott 2005), in mV and ms:
 * {@code taum·dv/dt = ge + gi − (v − El)}, {@code taue·dge/dt = −ge}, {@code taui·dgi/dt = −gi}, solved
 * exactly over each step; threshold {@code v > vt}, reset {@code vr}, {@code refractory} ms during which v is
 * held (the conductances keep decaying). Each iteration the currents of the afferent synapses (delivered for
 * the previous iteration's spikes) are added to {@code ge}, or to {@code gi} when the source is tagged
 * {@code inh}. Initial {@code v} uniform in [vr, vt). Priority 340.
 */
public final class CubaLIF extends Behavior<NeuronGroup> {

    private final double taum;
    private final double taue;
    private final double taui;
    private final float el;
    private final float vt;
    private final float vr;
    private final float refractory;
    private float em;
    private float ee;
    private float ei;
    private float ce;
    private float ci;
    private float[] ge;
    private float[] gi;
    private float[] lastSpike;
    private SynapseGroup[] excIn;
    private SynapseGroup[] inhIn;

    /** The benchmark uses taum 20, taue 5, taui 10 ms, El −49, Vt −50, Vr −60 mV, refractory 5 ms. */
    public CubaLIF(double taum, double taue, double taui, double el, double vt, double vr, double refractory) {
        super(Priorities.FIRE);
        if (taue == taum || taui == taum) {
            throw new IllegalArgumentException("CubaLIF: taue (" + taue + ") and taui (" + taui
                    + ") must differ from taum (" + taum + ") for the exact solution");
        }
        this.taum = taum;
        this.taue = taue;
        this.taui = taui;
        this.el = (float) el;
        this.vt = (float) vt;
        this.vr = (float) vr;
        this.refractory = (float) refractory;
    }

    @Override
    public void initialize(NeuronGroup g) {
        double dt = g.network().dt();
        double m = StrictMath.exp(-dt / taum);
        double e = StrictMath.exp(-dt / taue);
        double i = StrictMath.exp(-dt / taui);
        em = (float) m;
        ee = (float) e;
        ei = (float) i;
        ce = (float) (taue / (taue - taum) * (e - m));
        ci = (float) (taui / (taui - taum) * (i - m));
        int n = g.size();
        ge = new float[n];
        gi = new float[n];
        lastSpike = new float[n];
        java.util.Arrays.fill(lastSpike, Float.NEGATIVE_INFINITY);
        float[] v = g.voltage();
        g.network().random().uniform(v, 0, n);
        for (int k = 0; k < n; k++) {
            v[k] = vr + v[k] * (vt - vr);
        }
        List<SynapseGroup> exc = new ArrayList<>();
        List<SynapseGroup> inh = new ArrayList<>();
        for (SynapseGroup s : g.network().synapseGroups()) {
            if (s.dst() == g) {
                (s.src().hasTag("inh") ? inh : exc).add(s);
            }
        }
        excIn = exc.toArray(new SynapseGroup[0]);
        inhIn = inh.toArray(new SynapseGroup[0]);
    }

    @Override
    public void forward(NeuronGroup g) {
        for (SynapseGroup s : excIn) {
            add(ge, s.current);
        }
        for (SynapseGroup s : inhIn) {
            add(gi, s.current);
        }
        float now = (float) (g.network().iteration() * (double) g.network().dt());
        float[] v = g.voltage();
        boolean[] spikes = g.spikes();
        for (int k = 0; k < v.length; k++) {
            float e = ge[k];
            float i = gi[k];
            if (now - lastSpike[k] > refractory) {
                v[k] = el + (v[k] - el) * em + e * ce + i * ci;
            }
            ge[k] = e * ee;
            gi[k] = i * ei;
            boolean s = v[k] > vt;
            spikes[k] = s;
            if (s) {
                v[k] = vr;
                lastSpike[k] = now;
            }
        }
    }

    private static void add(float[] g, float[] current) {
        if (current == null) {
            return;
        }
        for (int k = 0; k < g.length; k++) {
            g[k] += current[k];
        }
    }
}
